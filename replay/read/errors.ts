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

/** A file of 0 bytes: the download or the save wrote nothing. */
export function emptyFileError(file: string): SnapshotError {
    const hint = file.endsWith('.csv')
        ? 'save the sheet again as CSV, headers in the first row'
        : file === 'events.json'
          ? 'write the events again (a file without events holds [])'
          : 'export the table again (a table without rows is {"result":[]})'
    return new SnapshotError(file, null, `is empty (0 bytes): the download or save wrote nothing; ${hint}`)
}
