import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SnapshotError } from '../../replay/read/errors.ts'
import { CHUNK_BYTES, jsonArrayElements } from '../../replay/read/events/stream.ts'
import { demoEvents, demoVariant, runCli } from './helpers.ts'
jest.setTimeout(300_000)

let dir: string
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'itpartner-stream-test-'))))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function elements(content: string | Buffer): unknown[] {
    writeFileSync(join(dir, 'events.json'), content)
    return [...jsonArrayElements(dir, 'events.json')]
}

function failure(content: string | Buffer): string {
    try {
        elements(content)
    } catch (error) {
        expect(error).toBeInstanceOf(SnapshotError)
        return (error as Error).message
    }
    throw new Error('no error')
}

/** Values whose text has what a naive scanner trips on. */
const tricky = [
    { table: 'incident', record: { short_description: 'brackets ] } [ { and a comma, "quoted"' } },
    { text: 'escapes \\ \\" \n \t \u0000 \u001f end\\' },
    { text: 'unicode é 中文 😀 \u2028', 'key with "quote"': ['[', ']', '{', '}', ','] },
    'a string element with ]',
    12.5e3,
    true,
    null,
    [[], {}, [{ nested: [1, 2, { deep: '}' }] }]],
    {},
]

describe('events.json is read one element at a time', () => {
    test.each([
        ['compact', JSON.stringify(tricky)],
        ['pretty-printed', JSON.stringify(tricky, null, 4)],
        ['with CRLF line ends', JSON.stringify(tricky, null, 2).replace(/\n/g, '\r\n')],
        ['as a Table API object with other keys', JSON.stringify({ before: { result: [0] }, result: tricky, after: '[' })],
    ])('%s: the same values as JSON.parse, in order', (_, text) => {
        expect(elements(text)).toEqual(tricky)
    })

    test('UTF-8 with a byte order mark, and UTF-16 both ways', () => {
        const text = JSON.stringify(tricky, null, 1)
        expect(elements(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toEqual(tricky)
        expect(elements(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual(tricky)
        expect(elements(Buffer.from(text, 'utf16le'))).toEqual(tricky)
        expect(elements(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))).toEqual(tricky)
    })

    test('an empty array, and whitespace around it', () => {
        expect(elements('[]')).toEqual([])
        expect(elements(' \n[ \n ] \n')).toEqual([])
        expect(elements('{"result": []}')).toEqual([])
    })

    // The file is read in chunks: an escape, a multi-byte character and a number cut by the chunk end still read whole.
    test.each([
        ['a backslash escape', '\\"', 1],
        ['a four-byte character', '😀', 2],
        ['a three-byte character', '中', 1],
    ])('%s across two reads', (_, piece, cut) => {
        const head = '[{"a":"'
        const pad = 'x'.repeat(CHUNK_BYTES - Buffer.byteLength(head) - cut)
        const text = `${head}${pad}${piece}"},\n12345,"${piece}"]`
        expect(Buffer.byteLength(text.slice(0, head.length + pad.length))).toBe(CHUNK_BYTES - cut)
        expect(elements(text)).toEqual(JSON.parse(text))
    })

    // ASCII reads take a shortcut past the UTF-8 decoder: the first read that is not ASCII hands over to it.
    test.each([
        ['a whole character', 0],
        ['a four-byte character cut by the second read', 2],
    ])('an ASCII first read, then %s', (_, cut) => {
        const head = '[{"a":"'
        const pad = 'x'.repeat(2 * CHUNK_BYTES - Buffer.byteLength(head) - cut)
        const text = `${head}${pad}😀é"},"中"]`
        expect(elements(text)).toEqual(JSON.parse(text))
    })

    test('a number element cut by the chunk end', () => {
        const head = '["' + 'y'.repeat(CHUNK_BYTES - 6) + '",'
        const text = `${head}123456789]`
        expect(elements(text)).toEqual(JSON.parse(text))
    })

    test.each([
        ['an empty file', '', /events\.json: is empty \(0 bytes\)/],
        ['a file cut inside an event', '[{"a": "b"}, {"c": "d', /events\.json: not valid JSON: the file ends inside event 2 \(after 1 event\); it looks cut off/],
        ['a file cut between events', '[{"a": "b"},\n', /not valid JSON: the file ends before the array closes \(after 1 event\); it looks cut off/],
        ['a bad event', '[{"a": 1}, {"a": tru}]', /^events\.json: event 2: not valid JSON: /],
        ['a missing comma', '[{"a": 1} {"a": 2}]', /not valid JSON: expected "," or "\]" after event 1, found "\{"/],
        ['a trailing comma', '[{"a": 1},]', /not valid JSON: a comma before the closing "\]" after event 1/],
        ['text after the array', '[] x', /not valid JSON: unexpected text after the end: "x"/],
        ['a number at the top', '42', /events\.json: wrong shape: expected a JSON array of events/],
        ['an object without result', '{"records": [1]}', /events\.json: wrong shape: expected a JSON array of events/],
        ['an object key without a colon', '{"result" []}', /not valid JSON: expected ":" after the key "result"/],
    ])('%s is refused with a clear message', (_, text, message) => {
        expect(failure(text)).toMatch(message)
    })
})

describe('a cut-off events.json through the CLI', () => {
    test('exit 2 and one line naming the file, before any output', () => {
        const text = JSON.stringify(demoEvents(), null, 2)
        const run = runCli([demoVariant({ 'events.json': text.slice(0, Math.floor(text.length / 2)) }), '--json'])
        expect(run.status).toBe(2)
        expect(run.stdout).toBe('')
        expect(run.stderr).toMatch(/^replay: bad snapshot: events\.json: not valid JSON: the file ends inside event \d+ \(after \d+ events\); it looks cut off\n$/)
    })
})
