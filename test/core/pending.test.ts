import type { Decision } from '../../src/server/core/model.ts'
import { addPending, pendingRow, readPending } from '../../src/server/core/pending.ts'
import { HELP_CENTER, MET, NETWORK, route } from './fixtures.ts'

const decision = (outcome: Decision['outcome'], reason = 'why'): Decision => ({
    outcome,
    signal: 'red_flag',
    partner: MET,
    fromGroup: HELP_CENTER,
    toGroup: NETWORK,
    route: route('Network', NETWORK, 200),
    reason,
})

describe('decisions carried from the before rules to the after rule', () => {
    test('a decision becomes the row the decision table stores: sys_ids, the reason cut to 1000 characters', () => {
        expect(pendingRow(decision('rerouted', 'x'.repeat(1200)))).toEqual({
            partner: MET.id,
            signal: 'red_flag',
            outcome: 'rerouted',
            from_group: HELP_CENTER.id,
            to_group: NETWORK.id,
            route: 'rte_network',
            reason: 'x'.repeat(1000),
        })
    })

    test('empty parts are empty strings', () => {
        const none: Decision = { outcome: 'error', signal: null, partner: null, fromGroup: null, toGroup: null, route: null, reason: 'failed' }
        expect(pendingRow(none)).toEqual({ partner: '', signal: '', outcome: 'error', from_group: '', to_group: '', route: '', reason: 'failed' })
    })

    test('two decisions of one save are both kept, in order', () => {
        const column = addPending(addPending('', '4', decision('rerouted')), '4', decision('boomerang_warned'))
        expect(readPending(column)!.rows.map((row) => row.outcome)).toEqual(['rerouted', 'boomerang_warned'])
    })

    test('a decision of an earlier save is replaced, not carried again', () => {
        const column = addPending(addPending('', '3', decision('rerouted')), '4', decision('boomerang_blocked'))
        expect(readPending(column)).toEqual({ save: '4', rows: [expect.objectContaining({ outcome: 'boomerang_blocked' })] })
    })

    test('the same decision in two saves gives two different column values (the after rule sees the change)', () => {
        expect(addPending('', '1', decision('rerouted'))).not.toBe(addPending(addPending('', '1', decision('rerouted')), '2', decision('rerouted')))
    })

    test.each([
        ['empty', ''],
        ['null', null],
        ['not JSON', '{oops'],
        ['JSON null', 'null'],
        ['no save token', JSON.stringify({ rows: [] })],
        ['rows not a list', JSON.stringify({ save: '1', rows: 'x' })],
        ['a row missing a field', JSON.stringify({ save: '1', rows: [{ outcome: 'rerouted' }] })],
        ['a row with a number', JSON.stringify({ save: '1', rows: [{ ...pendingRow(decision('rerouted')), reason: 5 }] })],
        ['a null row', JSON.stringify({ save: '1', rows: [null] })],
        ['a good row and a bad one', JSON.stringify({ save: '1', rows: [pendingRow(decision('rerouted')), { outcome: 'rerouted' }] })],
    ])('a column that is %s reads as nothing', (_case, column) => {
        expect(readPending(column)).toBeNull()
    })

    test('an unreadable column is overwritten by the next decision', () => {
        expect(readPending(addPending('{oops', '2', decision('rerouted')))!.rows).toHaveLength(1)
    })
})
