/**
 * Fix 8 on the built app: every text the server shows an agent or admin goes through gs.getMessage with a key that
 * ships as a sys_ui_message record (English), so an instance can translate it.
 */
import { ModuleLoader } from '../../emulator/app/modules.ts'
import { built } from '../support/dist.ts'

const modules = built('sys_module').filter((record) => record.fields.path.includes('/src/server/'))
const source = (suffix: string) => modules.find((record) => record.fields.path.endsWith(suffix))!
const loader = new ModuleLoader(new Map(modules.map((record) => [record.fields.path, record.fields.content])), {})
const MESSAGES = loader.require(source('/src/server/core/messages.ts').fields.path).MESSAGES as Record<string, string>
const keys = Object.values(MESSAGES)

describe('server messages (sys_ui_message)', () => {
    test('every key the server code passes to gs.getMessage ships in English, with the key as its text', () => {
        const shipped = built('sys_ui_message')
        expect(keys.length).toBeGreaterThan(10)
        for (const key of keys) {
            expect(shipped.filter((record) => record.fields.key === key).map((record) => [record.fields.language, record.fields.message])).toEqual([['en', key]])
        }
        expect(shipped.map((record) => record.fields.key).sort()).toEqual([...keys].sort())
    })

    test('gs.getMessage is called in one place only, which takes its keys from the shipped list', () => {
        const callers = modules.filter((record) => /\bgetMessage\(/.test(record.fields.content)).map((record) => record.fields.path)
        expect(callers).toEqual([expect.stringMatching(/\/src\/server\/glide\/messages\.ts$/)])
    })

    test('every message shown to a person (addErrorMessage, addInfoMessage) is translated', () => {
        const shown = modules.flatMap((record) => record.fields.content.match(/\badd(?:Error|Info)Message\([^)]{0,20}/g) ?? [])
        expect(shown.length).toBeGreaterThanOrEqual(8)
        for (const call of shown) expect(call).toMatch(/^add(?:Error|Info)Message\(translate\(/)
    })

    test("no key has an ASCII apostrophe (java.text.MessageFormat would take it for a quote and drop what follows)", () => {
        for (const key of keys) expect(key).not.toContain("'")
    })
})
