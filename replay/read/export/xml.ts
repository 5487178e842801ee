/**
 * A reader for the flat XML a ServiceNow export writes: a root (`<xml>` from a list's Export > XML, `<unload>` from a
 * record export), one element per record, one element per field holding text (entities or CDATA) with optional
 * attributes (`display_value`), or empty (`<field/>`). Several times faster than a general XML parser on a
 * 100,000-row export, which is what this shape allows. Anything else is reported with its offset.
 */

export interface ExportXml {
    root: string
    /** Records by element name (the table's rows, and e.g. an unload's other elements), fields as text. */
    records: { name: string; fields: [string, string][]; action?: string }[]
}

export class XmlError extends Error {}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function parseExportXml(text: string): ExportXml {
    let pos = 0
    const fail = (what: string): never => {
        throw new XmlError(`${what} at offset ${pos}`)
    }
    const skipMisc = () => {
        for (;;) {
            while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++
            if (text.startsWith('<?', pos)) pos = after('?>', 'an unterminated <? ?>')
            else if (text.startsWith('<!--', pos)) pos = after('-->', 'an unterminated comment')
            else if (text.startsWith('<!DOCTYPE', pos)) pos = after('>', 'an unterminated DOCTYPE')
            else return
        }
    }
    const after = (marker: string, what: string): number => {
        const end = text.indexOf(marker, pos)
        if (end < 0) fail(what)
        return end + marker.length
    }
    /** Reads `<name attrs>` or `<name attrs/>` at pos; returns the name, whether it closed itself, and its attributes. */
    const openTag = (): { name: string; empty: boolean; attributes: string | undefined } => {
        if (text.charCodeAt(pos) !== 60 /* < */) fail('expected an element')
        const end = text.indexOf('>', pos)
        if (end < 0) fail('an unterminated tag')
        const empty = text.charCodeAt(end - 1) === 47 /* / */
        const inner = text.slice(pos + 1, empty ? end - 1 : end)
        const match = /^([A-Za-z_][\w.:-]*)(\s[^]*)?$/.exec(inner)
        if (!match) fail(`a malformed tag <${inner.slice(0, 40)}>`)
        if (match![2] && !/^(\s+[\w.:-]+\s*=\s*("[^"<]*"|'[^'<]*'))*\s*$/.test(match![2])) fail(`malformed attributes in <${match![1]}>`)
        pos = end + 1
        return { name: match![1], empty, attributes: match![2] }
    }
    const closeTag = (name: string) => {
        const expected = `</${name}`
        if (!text.startsWith(expected, pos)) fail(`expected </${name}>`)
        pos += expected.length
        while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++
        if (text.charCodeAt(pos) !== 62 /* > */) fail(`expected </${name}>`)
        pos++
    }
    /** A field's content up to its end tag: text, entities, CDATA and comments; no child elements. */
    const content = (name: string): string => {
        let value = ''
        for (;;) {
            const lt = text.indexOf('<', pos)
            if (lt < 0) fail(`an unterminated <${name}>`)
            if (lt > pos) value += decode(text.slice(pos, lt), fail)
            pos = lt
            if (text.startsWith('<![CDATA[', pos)) {
                const end = text.indexOf(']]>', pos)
                if (end < 0) fail('an unterminated CDATA section')
                value += text.slice(pos + 9, end)
                pos = end + 3
            } else if (text.startsWith('<!--', pos)) {
                pos = after('-->', 'an unterminated comment')
            } else if (text.startsWith('</', pos)) {
                closeTag(name)
                return value
            } else {
                fail(`an element inside the field <${name}>`)
            }
        }
    }

    /** Reads the children of the element `name` just opened, one `each` call per child, then its end tag. */
    const children = (name: string, each: () => void) => {
        for (;;) {
            skipMisc()
            if (pos >= text.length) fail(`an unterminated <${name}>`)
            if (text.startsWith('</', pos)) return closeTag(name)
            each()
        }
    }

    skipMisc()
    const root = openTag()
    const records: ExportXml['records'] = []
    if (!root.empty) {
        children(root.name, () => {
            const record = openTag()
            const fields: [string, string][] = []
            // An unload marks each record with action="INSERT_OR_UPDATE" or action="DELETE".
            const action = record.attributes ? /\saction\s*=\s*["']([^"']*)["']/.exec(record.attributes)?.[1] : undefined
            records.push(action === undefined ? { name: record.name, fields } : { name: record.name, fields, action })
            if (record.empty) return
            children(record.name, () => {
                const field = openTag()
                fields.push([field.name, field.empty ? '' : content(field.name)])
            })
        })
    }
    skipMisc()
    if (pos < text.length) fail('text after the root element')
    return { root: root.name, records }
}

function isSpace(code: number): boolean {
    return code === 32 || code === 10 || code === 13 || code === 9
}

function decode(raw: string, fail: (what: string) => never): string {
    if (!raw.includes('&')) return raw
    return raw.replace(/&([^;&\s]{1,10});|&/g, (whole, entity: string | undefined) => {
        if (!entity) return fail('a bare & (write &amp;)')
        if (entity[0] === '#') {
            const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
            if (!Number.isFinite(code)) return fail(`an unknown character reference ${whole}`)
            return String.fromCodePoint(code)
        }
        const known = ENTITIES[entity]
        return known ?? fail(`an unknown entity ${whole}`)
    })
}
