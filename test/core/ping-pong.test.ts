import { countMove, type GroupMove } from '../../src/server/core/ping-pong.ts'

const move = (over: Partial<GroupMove>): GroupMove => ({ wasEscalation: true, groupChanged: true, handoff: false, boomerang: false, hops: 0, boomerangs: 0, ...over })

describe('countMove: hops and boomerangs tried of one save', () => {
    test.each([
        ['an escalation changes group: one hop', move({}), { hops: 1, boomerangs: 0, pingPong: false }],
        ['the save that makes a ticket an escalation is no hop', move({ wasEscalation: false }), null],
        ['a Partner hands its own ticket over (stamped while in its queue): the escalation starts, no hop', move({ handoff: true }), null],
        ['a boomerang in the hand-off save still counts as tried', move({ handoff: true, boomerang: true }), { hops: 0, boomerangs: 1, pingPong: false }],
        ['a blocked boomerang: no hop (the group is back), one boomerang tried', move({ groupChanged: false, boomerang: true }), { hops: 0, boomerangs: 1, pingPong: false }],
        ['a warned boomerang: the ticket moved and bounced, both counted', move({ boomerang: true }), { hops: 1, boomerangs: 1, pingPong: false }],
        ['no escalation, no boomerang: nothing changes', move({ wasEscalation: false, groupChanged: true }), null],
        ['an escalation whose group stays: nothing changes', move({ groupChanged: false }), null],
        ['counts add to what the ticket has', move({ hops: 4, boomerangs: 2 }), { hops: 5, boomerangs: 2, pingPong: true }],
        ['the threshold counts hops and boomerangs together', move({ hops: 1, boomerangs: 1 }), { hops: 2, boomerangs: 1, pingPong: true }],
        ['one below the threshold is no ping-pong', move({ hops: 1 }), { hops: 2, boomerangs: 0, pingPong: false }],
        ['a counter edited to garbage counts as 0', move({ hops: Number.NaN, boomerangs: -3 }), { hops: 1, boomerangs: 0, pingPong: false }],
        ['a fractional counter counts as 0', move({ hops: 1.5 }), { hops: 1, boomerangs: 0, pingPong: false }],
    ])('%s', (_case, given, expected) => {
        expect(countMove(given, 3)).toEqual(expected)
    })

    test('threshold 1: the first hop is ping-pong', () => {
        expect(countMove(move({}), 1)).toEqual({ hops: 1, boomerangs: 0, pingPong: true })
    })
})
