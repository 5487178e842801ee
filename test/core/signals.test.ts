import { SIGNAL_PRECEDENCE, type Signal } from '../../src/server/core/model.ts'
import { escalates, isProvenEscalation, outranks, strongest } from '../../src/server/core/signals.ts'
import { evidence, LAW, MET } from './fixtures.ts'

// The design's order, written out here so that a change to SIGNAL_PRECEDENCE is a conscious one.
const ORDER: Signal[] = ['red_flag', 'partner_handoff', 'partner_opener', 'department']

/** Every pair of different signals, the stronger one first. */
const PAIRS = ORDER.flatMap((stronger, index) => ORDER.slice(index + 1).map((weaker) => [stronger, weaker] as const))

describe('signal precedence: red_flag > partner_handoff > partner_opener > department', () => {
    test('the shipped precedence list is the design order', () => {
        expect(SIGNAL_PRECEDENCE).toEqual(ORDER)
    })

    test.each(PAIRS)('%s beats %s, listed first or last', (stronger, weaker) => {
        expect(strongest([evidence(stronger), evidence(weaker)])?.signal).toBe(stronger)
        expect(strongest([evidence(weaker), evidence(stronger)])?.signal).toBe(stronger)
    })

    test.each(ORDER)('%s wins among all four in every rotation', (winner) => {
        const rest = ORDER.filter((signal) => signal !== winner && ORDER.indexOf(signal) > ORDER.indexOf(winner))
        const weaker = rest.map((signal) => evidence(signal, LAW))
        expect(strongest([evidence(winner, MET), ...weaker])).toEqual(evidence(winner, MET))
        expect(strongest([...weaker, evidence(winner, MET)])).toEqual(evidence(winner, MET))
    })

    test('two pieces of evidence of the same signal: the first found is kept', () => {
        expect(strongest([evidence('red_flag', MET), evidence('red_flag', LAW)])?.partner).toBe(MET)
        expect(strongest([evidence('red_flag', LAW), evidence('red_flag', MET)])?.partner).toBe(LAW)
    })

    test('gaps (nothing found) are skipped wherever they are', () => {
        expect(strongest([null, evidence('partner_opener'), undefined])?.signal).toBe('partner_opener')
        expect(strongest([])).toBeNull()
    })

    test.each(PAIRS)('found %s outranks %s, never the other way round', (stronger, weaker) => {
        expect(outranks(evidence(stronger), weaker)).toBe(true)
        expect(outranks(evidence(weaker), stronger)).toBe(false)
    })

    test.each(ORDER)('%s does not outrank itself; nothing found outranks nothing', (signal) => {
        expect(outranks(evidence(signal), signal)).toBe(false)
        expect(outranks(null, signal)).toBe(false)
    })

    test.each([
        ['red_flag', true],
        ['partner_handoff', true],
        ['partner_opener', true],
        ['department', false],
    ] as const)('%s is a proven escalation: %p', (signal, proven) => {
        expect(isProvenEscalation(evidence(signal))).toBe(proven)
        expect(escalates(signal, 'review')).toBe(proven)
        expect(escalates(signal, 'escalate')).toBe(true)
    })

    test('no evidence is no escalation', () => {
        expect(isProvenEscalation(null)).toBe(false)
    })
})
