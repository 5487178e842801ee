import { Batch } from '../../replay/batch.ts'

describe('output batching', () => {
    test('joins small texts into writes of about the batch size, in order, and flush writes the rest', () => {
        const writes: string[] = []
        const batch = new Batch((text) => writes.push(text), 10)
        for (const text of ['abc', 'def', 'ghij', 'k', 'lmnopqrstuvwxyz', 'end']) batch.add(text)
        expect(writes).toEqual(['abcdefghij', 'klmnopqrstuvwxyz'])
        batch.flush()
        expect(writes).toEqual(['abcdefghij', 'klmnopqrstuvwxyz', 'end'])
        batch.flush()
        expect(writes).toHaveLength(3)
    })
})
