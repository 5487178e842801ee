/** The value's files: `--summary FILE` (one JSON object) and `--tickets FILE` (JSON Lines, one object per ticket). */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import type { ValueTracker } from './value.ts'

/** A file written beside itself and renamed when complete; opened before the replay runs, so a bad path fails first. */
export class OutputFile {
    private readonly partial: string
    private readonly fd: number
    private buffer = ''

    constructor(readonly path: string) {
        this.partial = `${path}.partial-${process.pid}`
        this.fd = openSync(this.partial, 'w')
    }

    write(text: string): void {
        this.buffer += text
        if (this.buffer.length >= 1 << 16) this.flush()
    }

    finish(ok: boolean): void {
        if (ok) this.flush()
        closeSync(this.fd)
        if (ok) renameSync(this.partial, this.path)
        else rmSync(this.partial, { force: true })
    }

    private flush(): void {
        if (this.buffer) writeSync(this.fd, this.buffer)
        this.buffer = ''
    }
}

/** The summary object: the value's figures (other keys may join them). */
export function writeSummary(file: OutputFile, tracker: ValueTracker, snapshot: string): void {
    file.write(JSON.stringify({ snapshot, ...tracker.summary() }, null, 2) + '\n')
}

/** One line per ticket, in the order of its first event, written as it goes (never the whole file in memory). */
export function writeTickets(file: OutputFile, tracker: ValueTracker): void {
    for (const ticket of tracker.ticketValues()) file.write(JSON.stringify(ticket) + '\n')
}
