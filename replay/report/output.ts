/**
 * Where the replay's output goes: stdout, or a file written beside itself and renamed when complete. Writes in chunks
 * and waits for a slow reader ('drain'), so output of any size pipes into `less` or a parser; a reader that stops
 * early (`| head`) ends the replay quietly.
 */
import { createWriteStream, existsSync, openSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs'
import { dirname } from 'node:path'
import type { Writable } from 'node:stream'

/** Text is handed to the stream in chunks of about this many bytes, not per event. */
export const CHUNK = 64 * 1024

/** The reader closed stdout (EPIPE): not a replay failure, the CLI exits 0. */
export class ReaderClosed extends Error {
    constructor() {
        super('the reader closed the output')
    }
}

/** An output path that cannot be written: the CLI says so in one line and exits 2 before replaying. */
export class OutputPathError extends Error {}

/**
 * Refuses, before anything runs, an output path that is a folder or whose folder is missing or not a folder.
 * `what` names the option in the message (`--out`, `--html`).
 */
export function checkOutputPath(what: string, path: string): void {
    if (existsSync(path) && statSync(path).isDirectory()) throw new OutputPathError(`${what} ${path} is a folder; give a file name`)
    const folder = dirname(path)
    if (!existsSync(folder)) throw new OutputPathError(`${what} ${path}: the folder ${folder} does not exist`)
    if (!statSync(folder).isDirectory()) throw new OutputPathError(`${what} ${path}: ${folder} is not a folder`)
}

/**
 * A file written in full or not at all: the text goes to `<file>.partial-<pid>`, renamed over the file on success,
 * removed otherwise. The partial file is created at once, so an unwritable path fails before the replay runs.
 */
const WHY: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    ENOENT: 'the folder does not allow new files',
}

export function openPartial(what: string, file: string): { partial: string; stream: WriteStream } {
    checkOutputPath(what, file)
    const partial = `${file}.partial-${process.pid}`
    let fd: number
    try {
        fd = openSync(partial, 'w')
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? ''
        throw new OutputPathError(`${what} ${file} cannot be written: ${WHY[code] ?? (code || (error as Error).message)}`)
    }
    return { partial, stream: createWriteStream('', { fd }) }
}

export class Sink {
    /**
     * The current chunk, encoded as it arrives: a string grown by `+=` is flattened and encoded in one go at the end,
     * which cost about 5% of a text replay (profiled); small writes into a buffer do not.
     */
    private chunk = Buffer.allocUnsafe(CHUNK)
    private used = 0
    private failure: Error | null = null
    private finished = false
    private readonly stream: Writable
    private readonly partial: string | null

    /** `what` names the option in messages (`--out`, `--html`). */
    constructor(
        private readonly file: string | null,
        what = '--out',
    ) {
        if (file) {
            const opened = openPartial(what, file)
            this.partial = opened.partial
            this.stream = opened.stream
        } else {
            this.partial = null
            this.stream = process.stdout
        }
        this.stream.on('error', (error: NodeJS.ErrnoException) => {
            // A reader that stopped early (`| head`) is not a replay failure.
            this.failure = !file && error.code === 'EPIPE' ? new ReaderClosed() : error
        })
    }

    /**
     * Adds text to the current chunk. Returns a promise only when a full chunk found the reader behind: await it
     * before writing more (the replay then waits instead of holding the whole output in memory). The promise never
     * rejects, so one left unawaited cannot crash the process: a failed stream throws from the next write or finish.
     */
    write(text: string): Promise<void> | undefined {
        if (this.failure) throw this.failure
        // UTF-8 takes at most 3 bytes per UTF-16 unit: text of that size surely fits.
        if (text.length * 3 <= CHUNK - this.used) {
            this.used += this.chunk.write(text, this.used)
            return undefined
        }
        const flushed = this.flush()
        if (text.length * 3 <= CHUNK) {
            this.used = this.chunk.write(text)
            return flushed
        }
        const wrote = this.stream.write(text)
        return flushed ?? (wrote ? undefined : this.drained())
    }

    private flush(): Promise<void> | undefined {
        if (this.used === 0) return undefined
        // The stream keeps the buffer until written: hand it over and start a new one.
        const chunk = this.chunk.subarray(0, this.used)
        this.chunk = Buffer.allocUnsafe(CHUNK)
        this.used = 0
        return this.stream.write(chunk) ? undefined : this.drained()
    }

    private drained(): Promise<void> {
        return new Promise<void>((resolve) => {
            const done = () => {
                this.stream.off('drain', done)
                this.stream.off('error', done)
                this.stream.off('close', done)
                resolve()
            }
            this.stream.on('drain', done)
            this.stream.on('error', done)
            this.stream.on('close', done)
        })
    }

    /** Writes what is left; a file is closed, then renamed when `ok`, else removed. Throws the stream's failure. */
    async finish(ok: boolean): Promise<void> {
        if (this.finished) return
        this.finished = true
        if (ok && !this.failure) await this.flush()
        if (this.partial) {
            const stream = this.stream as WriteStream
            if (ok && !this.failure) {
                try {
                    await new Promise<void>((resolve, reject) => {
                        stream.once('error', reject)
                        stream.end(() => resolve())
                    })
                    renameSync(this.partial, this.file!)
                    return
                } catch (error) {
                    this.failure = error as Error
                }
            }
            stream.destroy()
            rmSync(this.partial, { force: true })
        }
        if (ok && this.failure) throw this.failure
    }
}
