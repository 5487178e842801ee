/** A snapshot the replay cannot use. The CLI prints the message and exits with code 2. */
export class SnapshotError extends Error {
    constructor(
        readonly file: string,
        readonly row: number | null,
        detail: string,
        unit: 'row' | 'event' = 'row',
    ) {
        super(`${file}${row === null ? '' : `: ${unit} ${row + 1}`}: ${detail}`)
        this.name = 'SnapshotError'
    }
}
