/** Progress lines on stderr, shown only once the work has taken longer than `after` ms (a quick load stays silent). */
export class Progress {
    private readonly start: number

    constructor(
        private readonly write: (line: string) => void = (line) => process.stderr.write(line + '\n'),
        private readonly after = 2000,
        private readonly now: () => number = Date.now,
    ) {
        this.start = now()
    }

    /** Reports a step when the work is already slow; returns whether it was shown. */
    step(message: string): boolean {
        const elapsed = this.now() - this.start
        if (elapsed < this.after) return false
        this.write(`replay: ${message} (${(elapsed / 1000).toFixed(1)} s)`)
        return true
    }

    /** For loops: reports every `every`th item once slow. */
    every(index: number, total: number, every: number, what: string): void {
        if (index > 0 && index % every === 0) this.step(`${index.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${what}`)
    }
}
