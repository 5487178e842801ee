import { parseExportXml, XmlError } from '../../replay/read/export/xml.ts'

/** The export XML reader: what ServiceNow's list and record exports write, and what it refuses. */
describe('export XML', () => {
    test('records with text, entities, character references, CDATA, empty fields and attributes', () => {
        const text = `\ufeff<?xml version="1.0" encoding="UTF-8"?>
<!-- exported -->
<unload unload_date="2026-11-01 10:00:00">
  <sys_user action='INSERT_OR_UPDATE'>
    <name>Ann &amp; Bo &lt;IT&gt; &#233;&#x2013;</name>
    <department display_value="Metropolitan College">5d30</department>
    <note><![CDATA[if (a < b && c) {}]]></note>
    <empty/>
    <spaced>  keep  </spaced >
  </sys_user>
  <sys_translated_text action="delete_multiple" query="documentkey=x"/>
</unload>`
        const parsed = parseExportXml(text.replace(/^\ufeff/, ''))
        expect(parsed.root).toBe('unload')
        expect(parsed.records).toEqual([
            {
                name: 'sys_user',
                action: 'INSERT_OR_UPDATE',
                fields: [
                    ['name', 'Ann & Bo <IT> é–'],
                    ['department', '5d30'],
                    ['note', 'if (a < b && c) {}'],
                    ['empty', ''],
                    ['spaced', '  keep  '],
                ],
            },
            { name: 'sys_translated_text', action: 'delete_multiple', fields: [] },
        ])
    })

    test.each([
        ['<xml><sys_user><name>a</sys_user></xml>', /expected <\/name> at offset 22/],
        ['<xml><sys_user><name><b>x</b></name></sys_user></xml>', /an element inside the field <name>/],
        ['<xml><sys_user><name>a & b</name></sys_user></xml>', /a bare &/],
        ['<xml><sys_user><name>&nbsp;</name></sys_user></xml>', /an unknown entity &nbsp;/],
        ['<xml><sys_user><name>a</name>', /an unterminated <sys_user>/],
        ['<xml></xml>trailing', /text after the root element/],
        ['<xml><sys_user <name/></sys_user></xml>', /malformed/],
    ])('refuses %s', (text, message) => {
        expect(() => parseExportXml(text)).toThrow(XmlError)
        expect(() => parseExportXml(text)).toThrow(message)
    })
})
