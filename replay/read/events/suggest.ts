/** The field an admin probably meant, for the message that refuses a field the table does not have. */

/** " (did you mean x?)" for a field one or two edits or a swap away from a known one. */
export function suggest(field: string, known: ReadonlySet<string>): string {
    let best: string | null = null
    let bestDistance = 3
    for (const candidate of known) {
        const distance = editDistance(field, candidate)
        if (distance < bestDistance) {
            best = candidate
            bestDistance = distance
        }
    }
    return best ? ` (did you mean ${best}?)` : ''
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
    if (Math.abs(a.length - b.length) > 2) return 3
    const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
    for (let j = 1; j <= b.length; j++) rows[0][j] = j
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1
            rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1)
        }
    }
    return rows[a.length][b.length]
}
