/** A snapshot the replay cannot use. The CLI prints the message and exits with code 2. */
export class SnapshotError extends Error {
    constructor(
        readonly file: string,
        readonly row: number | null,
        detail: string,
    ) {
        super(`${file}${row === null ? '' : `: row ${row + 1}`}: ${detail}`)
        this.name = 'SnapshotError'
    }
}
