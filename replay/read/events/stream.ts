/**
 * Reads the elements of a large JSON array one at a time from a file (events.json: a top-level array, or the
 * "result" array of a Table API object), so that neither the file's text nor all its elements are in memory at once.
 * Each element's text is parsed with JSON.parse; the text around the elements is checked by the scanner.
 */
import { isAscii } from 'node:buffer'
import { closeSync, openSync, readSync } from 'node:fs'
import { join } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { emptyFileError, SnapshotError } from '../errors.ts'

/** Bytes read at a time (exported for tests that put an element across two reads). */
export const CHUNK_BYTES = 1 << 20

const enum C {
    Tab = 9,
    LF = 10,
    CR = 13,
    Space = 32,
    Quote = 34,
    Comma = 44,
    Colon = 58,
    OpenSquare = 91,
    Backslash = 92,
    CloseSquare = 93,
    OpenCurly = 123,
    CloseCurly = 125,
}

/** Where the scanner is outside a captured value. */
const enum At {
    Start,
    ArrayFirst,
    ArrayNext,
    ArrayAfter,
    ObjectFirst,
    ObjectKey,
    ObjectColon,
    ObjectValue,
    ObjectAfter,
    End,
}

interface Decoder {
    /** Text of the next bytes; a character cut by the end of the chunk is kept for the next call. */
    write(bytes: Buffer): string
    end(): string
}

/** UTF-16 big-endian: swapped to little-endian two bytes at a time (a byte left over waits for the next chunk). */
class Utf16BeDecoder implements Decoder {
    private readonly le = new StringDecoder('utf16le')
    private odd: Buffer = Buffer.alloc(0)

    write(bytes: Buffer): string {
        const all = this.odd.length ? Buffer.concat([this.odd, bytes]) : Buffer.from(bytes)
        const even = all.length - (all.length % 2)
        this.odd = Buffer.from(all.subarray(even))
        return this.le.write(all.subarray(0, even).swap16())
    }

    end(): string {
        return this.le.end()
    }
}

/**
 * UTF-8 read as Latin-1 while every chunk so far is ASCII (the same text; Node's isAscii and latin1 copy take about
 * half the time of UTF-8 decoding), then by the StringDecoder from the first chunk that is not: an ASCII chunk ends
 * no character, so the decoder has nothing pending when it takes over.
 */
class Utf8Decoder implements Decoder {
    private decoder: StringDecoder | null = null

    write(bytes: Buffer): string {
        if (!this.decoder && isAscii(bytes)) return bytes.toString('latin1')
        this.decoder ??= new StringDecoder('utf8')
        return this.decoder.write(bytes)
    }

    end(): string {
        return this.decoder?.end() ?? ''
    }
}

/**
 * Text encoding from the first bytes, as readText decides it (BOM, or UTF-16 detected by a zero byte). StringDecoder
 * rather than TextDecoder: the same streaming of cut characters, several times faster on UTF-8.
 */
function decoderFor(head: Buffer): { decoder: Decoder; skip: number } {
    if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { decoder: new Utf8Decoder(), skip: 3 }
    if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { decoder: new StringDecoder('utf16le'), skip: 2 }
    if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { decoder: new Utf16BeDecoder(), skip: 2 }
    if (head.length >= 2 && head[0] !== 0 && head[1] === 0) return { decoder: new StringDecoder('utf16le'), skip: 0 }
    if (head.length >= 2 && head[0] === 0 && head[1] !== 0) return { decoder: new Utf16BeDecoder(), skip: 0 }
    return { decoder: new Utf8Decoder(), skip: 0 }
}

const isSpace = (code: number) => code === C.Space || code === C.LF || code === C.CR || code === C.Tab

/**
 * The array's elements, parsed, in order. Throws SnapshotError naming `file` for text that is not JSON, a file cut
 * off before the array closes, and a top level that is neither an array nor an object with a "result" array.
 */
export function* jsonArrayElements(dir: string, file: string): Generator<unknown> {
    const fd = openSync(join(dir, file), 'r')
    try {
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
        let read = readSync(fd, buffer, 0, CHUNK_BYTES, null)
        if (!read) throw emptyFileError(file)
        const { decoder, skip } = decoderFor(buffer.subarray(0, read))
        const scanner = new Scanner(file)
        let text = decoder.write(buffer.subarray(skip, read))
        while (true) {
            yield* scanner.feed(text)
            if (read === 0) break
            read = readSync(fd, buffer, 0, CHUNK_BYTES, null)
            text = read ? decoder.write(buffer.subarray(0, read)) : decoder.end()
        }
        scanner.end()
    } finally {
        closeSync(fd)
    }
}

class Scanner {
    private at = At.Start
    /** Depth inside the captured value (0: none captured). */
    private depth = 0
    private inString = false
    private escaped = false
    /** Capturing a number, true, false or null: ends at a delimiter. */
    private scalar = false
    private capturing = false
    /** The captured value is an element (else a key, or a value of the object that is not "result"). */
    private element = false
    private key: string | null = null
    private pieces: string[] = []
    private index = 0
    private foundArray = false

    constructor(private readonly file: string) {}

    private fail(detail: string): never {
        throw new SnapshotError(this.file, null, `not valid JSON: ${detail}`)
    }

    *feed(text: string): Generator<unknown> {
        let start = 0
        const length = text.length
        /** The next backslash at or after i (2^32 - 1 when none is left): found once, not at every string. */
        let backslash = -1
        for (let i = 0; i < length; i++) {
            const code = text.charCodeAt(i)
            if (this.capturing) {
                if (this.inString) {
                    if (this.escaped) {
                        this.escaped = false
                        continue
                    }
                    // Jumps to the next quote or backslash: most of the text is inside strings.
                    const quote = text.indexOf('"', i)
                    if (backslash < i) backslash = text.indexOf('\\', i) >>> 0
                    if (backslash < quote || (quote === -1 && backslash < length)) {
                        i = backslash
                        this.escaped = true
                    } else if (quote === -1) {
                        i = length - 1
                    } else {
                        i = quote
                        this.inString = false
                        if (this.depth === 0) yield* this.complete(text.slice(start, i + 1))
                    }
                    continue
                }
                if (this.scalar) {
                    if (isSpace(code) || code === C.Comma || code === C.CloseSquare || code === C.CloseCurly || code === C.Colon) {
                        yield* this.complete(text.slice(start, i))
                        i--
                    }
                    continue
                }
                if (code === C.Quote) this.inString = true
                else if (code === C.OpenCurly || code === C.OpenSquare) this.depth++
                else if (code === C.CloseCurly || code === C.CloseSquare) {
                    if (--this.depth === 0) yield* this.complete(text.slice(start, i + 1))
                }
                continue
            }
            if (isSpace(code)) continue
            switch (this.at) {
                case At.Start:
                    if (code === C.OpenSquare) {
                        this.at = At.ArrayFirst
                        this.foundArray = true
                    } else if (code === C.OpenCurly) this.at = At.ObjectFirst
                    else this.wrongShape()
                    continue
                case At.ArrayFirst:
                    if (code === C.CloseSquare) {
                        this.closeArray()
                        continue
                    }
                    break
                case At.ArrayNext:
                    if (code === C.CloseSquare) this.fail(`a comma before the closing "]" after event ${this.index}`)
                    break
                case At.ArrayAfter:
                    if (code === C.Comma) this.at = At.ArrayNext
                    else if (code === C.CloseSquare) this.closeArray()
                    else this.fail(`expected "," or "]" after event ${this.index}, found ${JSON.stringify(text[i])}`)
                    continue
                case At.ObjectFirst:
                case At.ObjectKey:
                    if (code === C.CloseCurly && this.at === At.ObjectFirst) {
                        this.closeObject()
                        continue
                    }
                    if (code !== C.Quote) this.fail(`expected a key in the top-level object, found ${JSON.stringify(text[i])}`)
                    break
                case At.ObjectColon:
                    if (code !== C.Colon) this.fail(`expected ":" after the key "${this.key}"`)
                    this.at = At.ObjectValue
                    continue
                case At.ObjectValue:
                    if (this.key === 'result' && code === C.OpenSquare) {
                        this.at = At.ArrayFirst
                        this.foundArray = true
                        continue
                    }
                    break
                case At.ObjectAfter:
                    if (code === C.Comma) this.at = At.ObjectKey
                    else if (code === C.CloseCurly) this.closeObject()
                    else this.fail(`expected "," or "}" in the top-level object, found ${JSON.stringify(text[i])}`)
                    continue
                case At.End:
                    this.fail(`unexpected text after the end: ${JSON.stringify(text.slice(i, i + 20))}`)
            }
            // A value starts here: an element, a key, or another value of the top-level object.
            this.capturing = true
            this.element = this.at === At.ArrayFirst || this.at === At.ArrayNext
            this.pieces = []
            start = i
            if (code === C.Quote) this.inString = true
            else if (code === C.OpenCurly || code === C.OpenSquare) this.depth = 1
            else if (code === C.CloseCurly || code === C.CloseSquare || code === C.Comma || code === C.Colon) {
                this.fail(`unexpected ${JSON.stringify(text[i])}${this.element ? ` where event ${this.index + 1} should start` : ''}`)
            } else this.scalar = true
        }
        if (this.capturing) this.pieces.push(text.slice(start))
    }

    /** The file ended: anything still open means it was cut off. */
    end(): void {
        if (this.at === At.Start) this.fail('the file is empty')
        if (this.at !== At.End) {
            this.fail(
                `the file ends ${this.capturing ? `inside ${this.element ? `event ${this.index + 1}` : 'a value'}` : 'before the array closes'}` +
                    ` (after ${this.index} event${this.index === 1 ? '' : 's'}); it looks cut off`,
            )
        }
    }

    private *complete(last: string): Generator<unknown> {
        this.pieces.push(last)
        const text = this.pieces.length === 1 ? last : this.pieces.join('')
        this.pieces = []
        this.capturing = false
        this.scalar = false
        this.depth = 0
        let value: unknown
        try {
            value = JSON.parse(text)
        } catch (error) {
            if (this.element) throw new SnapshotError(this.file, this.index, `not valid JSON: ${(error as Error).message}`, 'event')
            this.fail((error as Error).message)
        }
        if (this.element) {
            this.index++
            this.at = At.ArrayAfter
            yield value
        } else if (this.at === At.ObjectFirst || this.at === At.ObjectKey) {
            this.key = value as string
            this.at = At.ObjectColon
        } else {
            this.at = At.ObjectAfter
        }
    }

    private closeArray(): void {
        this.at = this.key === null ? At.End : At.ObjectAfter
    }

    private closeObject(): void {
        if (!this.foundArray) this.wrongShape()
        this.at = At.End
    }

    private wrongShape(): never {
        throw new SnapshotError(this.file, null, 'wrong shape: expected a JSON array of events')
    }
}
