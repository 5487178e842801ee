import { workNoteFor } from '../../src/server/core/text.ts'
import { HELP_CENTER, MET } from './fixtures.ts'

describe('workNoteFor: the Partner line needs both a Partner and a signal', () => {
    const base = { outcome: 'no_target', fromGroup: HELP_CENTER, toGroup: HELP_CENTER, route: null, reason: 'Why.' } as const
    test.each([
        ['neither', { partner: null, signal: null }],
        ['a Partner without a signal', { partner: MET, signal: null }],
    ] as const)('%s: no Partner line', (_case, who) => {
        expect(workNoteFor({ ...base, ...who })).toBe('IT Partner Routing\nAssignment group unchanged: IT Help Center.\nWhy.')
    })
})
