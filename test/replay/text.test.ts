import type { EventResult } from '../../replay/run/engine.ts'
import { SummaryBuilder } from '../../replay/report/text/summary.ts'
import { summaryLines } from '../../replay/report/text/report.ts'
import { WIDTH, wrap } from '../../replay/report/text/wrap.ts'

function result(changes: Partial<EventResult>): EventResult {
    return {
        number: 'INC0010001',
        action: 'insert',
        group_before: null,
        group_after: null,
        partner: null,
        signal: null,
        outcome: 'none',
        reason: null,
        banner: null,
        blocked: false,
        work_notes: null,
        warnings: [],
        stamp: null,
        ...changes,
    }
}

describe('wrap', () => {
    // A text that fits on the first line with single spaces comes back as it is; any other spacing is normalised.
    test.each([
        ['one word', 'word', '    reason: ', ['    reason: word']],
        ['single spaces', 'a b c', '  ', ['  a b c']],
        ['a double space', 'a  b', '  ', ['  a b']],
        ['a tab and a newline', 'a\tb\nc', '  ', ['  a b c']],
        ['spaces around', ' a b ', '  ', ['  a b']],
        ['a no-break space', 'a\u00a0b', '  ', ['  a b']],
        ['empty', '', '  ', ['  ']],
        ['exactly the width', 'x'.repeat(WIDTH - 2), '  ', ['  ' + 'x'.repeat(WIDTH - 2)]],
        ['one over the width', 'x '.repeat(59) + 'yy', '  ', ['  ' + 'x '.repeat(58) + 'x', '  yy']],
        ['a word longer than the line', 'y'.repeat(WIDTH), '', ['y'.repeat(WIDTH)]],
        ['a word longer than the line after the prefix', 'y'.repeat(WIDTH), '  ', ['  ' + 'y'.repeat(WIDTH - 2), '  yy']],
    ])('%s', (_, text, first, lines) => {
        expect(wrap(text, first)).toEqual(lines)
    })
})

describe('the summary counts', () => {
    test('by Partner and signal, and group to group, with their texts for no signal and no group', () => {
        const summary = new SummaryBuilder()
        summary.add(result({ partner: 'Acme', signal: 'vip', group_after: 'Network' }), null)
        summary.add(result({ partner: 'Acme', signal: null, group_after: 'Network' }), null)
        summary.add(result({ partner: 'Acme', signal: 'vip', group_after: null, outcome: 'boomerang_blocked' }), 'Network')
        summary.add(result({ partner: 'Beta', signal: 'vip', group_after: 'Network', outcome: 'boomerang_warned' }), 'Network')
        // Two pairs that make the same text count together.
        summary.add(result({ partner: 'Beta', signal: 'no signal', group_after: '-' }), null)
        summary.add(result({ partner: 'Beta', signal: null, group_after: null }), '-')
        expect(summary.result()).toEqual({
            events: 6,
            byOutcome: { none: 4, boomerang_blocked: 1, boomerang_warned: 1 },
            byPartnerSignal: { 'Acme · vip': 2, 'Acme · no signal': 1, 'Beta · vip': 1, 'Beta · no signal': 2 },
            flows: { '- → Network': 2, 'Network → -': 1, '- → -': 2 },
            boomerangsBlocked: 1,
            boomerangsWarned: 1,
        })
        expect(summaryLines(summary.result())).toEqual([
            'Summary (6 events)',
            '  by outcome:',
            '          4  none',
            '          1  boomerang_blocked',
            '          1  boomerang_warned',
            '  by Partner and signal:',
            '          2  Acme · vip',
            '          2  Beta · no signal',
            '          1  Acme · no signal',
            '          1  Beta · vip',
            '  group to group:',
            '          2  - → -',
            '          2  - → Network',
            '          1  Network → -',
            '  boomerangs: 1 blocked, 1 warned',
        ])
    })
})
