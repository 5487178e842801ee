/** The readable report's lines: at most WIDTH columns, longer texts word-wrapped or clipped. */

/** The readable report fits a terminal of this many columns. */
export const WIDTH = 120

export function clip(text: string, width: number): string {
    return text.length > width ? text.slice(0, width - 1) + '…' : text
}

/** Words separated by single spaces, nothing before or after. */
const ONE_LINE = /^\S+(?: \S+)*$/

/** Word-wraps text to WIDTH: the first line starts with `first`, the others with `rest` (default: spaces as wide). */
export function wrap(text: string, first: string, rest = ' '.repeat(first.length)): string[] {
    // Most texts of an event block fit on their first line with single spaces: the loop below would give them back as they are.
    if (first.length + text.length <= WIDTH && ONE_LINE.test(text)) return [first + text]
    const lines: string[] = []
    let line = first
    let empty = true
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (!empty && line.length + 1 + word.length > WIDTH) {
            lines.push(line)
            line = rest
            empty = true
        }
        if (empty && line.length + word.length > WIDTH) {
            // A word longer than the line (a URL): cut it.
            let remaining = word
            while (line.length + remaining.length > WIDTH) {
                const room = WIDTH - line.length
                lines.push(line + remaining.slice(0, room))
                remaining = remaining.slice(room)
                line = rest
            }
            line += remaining
        } else {
            line += (empty ? '' : ' ') + word
        }
        empty = false
    }
    lines.push(line)
    return lines
}
