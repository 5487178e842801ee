import { OPERATORS as APP_OPERATORS, UNARY as APP_UNARY } from '../../../src/server/core/condition.ts'
import { OPERATORS, PLATFORM_ONLY_OPERATORS, UNARY } from '../../../emulator/glide/operators.ts'

/**
 * The encoded-query operators are written twice: in the emulator (emulator/glide/operators.ts) and in the app's condition
 * parser (src/server/core/condition.ts, which ships and so cannot import the emulator, nor the emulator it). This keeps
 * the two lists equal.
 */
describe('the operator lists of the emulator and of the app agree', () => {
    test('every operator either side knows, the other knows too', () => {
        const emulator = [...OPERATORS, ...PLATFORM_ONLY_OPERATORS].sort()
        // The app's parser leaves MATCHES PATTERN to the platform (GlideRecord.isEncodedQueryValid decides on it).
        const app = [...APP_OPERATORS, 'MATCHES PATTERN'].sort()
        expect(emulator).toEqual(app)
    })

    test('the same operators take no value', () => {
        expect([...UNARY].sort()).toEqual([...APP_UNARY].sort())
    })

    test('each list names an operator once', () => {
        for (const list of [[...OPERATORS, ...PLATFORM_ONLY_OPERATORS], APP_OPERATORS]) expect(new Set(list).size).toBe(list.length)
    })
})
