/** Joins small writes into chunks of about `size` characters: one write to the output per chunk, not per event. */
export class Batch {
    private parts: string[] = []
    private length = 0

    constructor(
        private readonly write: (text: string) => void,
        private readonly size = 1 << 16,
    ) {}

    add(text: string): void {
        this.parts.push(text)
        this.length += text.length
        if (this.length >= this.size) this.flush()
    }

    /** Writes what is pending; call once the last text is added. */
    flush(): void {
        if (!this.parts.length) return
        const text = this.parts.join('')
        this.parts = []
        this.length = 0
        this.write(text)
    }
}
