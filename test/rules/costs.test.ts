import type { Instance } from '../../emulator/glide/index.ts'
import { bannerAnswer } from '../../src/server/rules/banner-ajax.ts'
import { guardBoomerang } from '../../src/server/rules/guard-boomerang.ts'
import { canSendToPartner, sendToPartner } from '../../src/server/rules/send-to-partner.ts'
import { showBanner, type BannerScratchpad } from '../../src/server/rules/show-banner.ts'
import { existingIncident, platformSave, steadySession } from '../support/harness.ts'
import { articleWorld, G, P, U } from '../support/world.ts'

// Exact query and write counts per path (the bench reports the same paths against the README's budgets). Exact, not
// "at most": an early exit that saves a query is behaviour, and losing it must fail a test. No path may write a query
// the platform would not understand: it ignores an unknown field's term (and scans the table), the embedded Glide warns.

function cost(prepare: (inst: Instance) => () => void, firstInSession = false, properties: Record<string, string> = {}): [queries: number, writes: number] {
    const inst = articleWorld(properties)
    const run = prepare(inst)
    if (!firstInSession) steadySession(inst)
    inst.resetCounters()
    run()
    expect(inst.queryWarnings).toEqual([])
    return [inst.counters.queries, inst.counters.writes]
}

/** A ticket the routing rule stamped as MET IT's red-flag escalation. */
const STAMPED = { x_bu_itpartner_partner: P.met, x_bu_itpartner_signal: 'red_flag', x_bu_itpartner_escalation: 'true' }

const insert = (values: Record<string, string>) => (inst: Instance) => {
    const current = inst.recordForInsert('incident', { opened_by: U.agent, ...values })
    return () => void platformSave(inst, current, null)
}

const update = (values: Record<string, string>, changes: Record<string, string>) => (inst: Instance) => {
    const ticket = existingIncident(inst, { opened_by: U.agent, ...values })
    const { current, previous } = inst.recordForUpdate('incident', ticket, changes)
    return () => void platformSave(inst, current, previous)
}

const onForm = (values: Record<string, string>, act: (current: ReturnType<Instance['recordForDisplay']>) => void) => (inst: Instance) => {
    const ticket = existingIncident(inst, { opened_by: U.agent, assignment_group: G.helpCenter, ...values })
    inst.setUser(U.agent)
    const current = inst.recordForDisplay('incident', ticket)
    return () => act(current)
}

// Inserts: the stamp costs the department lookup (+1 query) on every insert without a stronger signal,
// against "routing unchanged or better". It stays: the caller's department is on sys_user, and reading it through
// caller_id is itself a query (a reference read, counted here), so "skip when the caller has no department" costs
// what it saves; the joined query reads department and Partner in one; and the other lookups are other tables
// (red flags; the opener's membership, a join to sys_user_grmember) that one GlideRecord query cannot OR with it
// (addJoinQuery adds a filter every row must pass). The stamp repays it on later saves: a stamped escalation's guard
// and form load skip lookups.
test.each([
    ['insert: a group an agent chose outside tier 1, red-flag caller (stamp: red flags)', insert({ caller_id: U.metTech, assignment_group: G.syseng }), 1, 0],
    ['insert: a group an agent chose outside tier 1, no Partner (stamp: red flags, opener membership, department)', insert({ caller_id: U.physicsClient, assignment_group: G.syseng }), 3, 0],
    ['insert: tier 1, no Partner (red flags, opener membership, department)', insert({ caller_id: U.physicsClient, assignment_group: G.helpCenter }), 3, 0],
    ['insert: tier 1, no opener (red flags of the caller, department)', insert({ caller_id: U.physicsClient, opened_by: '', assignment_group: G.helpCenter }), 2, 0],
    ['insert: tier 1, neither caller nor opener (nothing to ask)', insert({ caller_id: '', opened_by: '', assignment_group: G.helpCenter }), 0, 0],
    ['insert: red-flag caller, routed (red flags, routes, decision)', insert({ caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter }), 2, 1],
    ['insert: opener in a Partner group, routed (+ membership)', insert({ caller_id: U.physicsClient, opened_by: U.smgTech, category: 'network' }), 3, 1],
    ['insert: department client under review (red flags, opener membership, department: stamped, not routed)', insert({ caller_id: U.metClient, assignment_group: G.helpCenter }), 3, 0],
    ['update: none of group, caller, opener changed (no rule runs)', update({ caller_id: U.metTech, assignment_group: G.network }, { short_description: 'more' }), 0, 0],
    ['update: boomerang blocked on a stamped escalation (old group’s Partner; guard: old group’s Partner, the stamp instead of red flags and history, specialty routes; decision)', update({ caller_id: U.metTech, category: 'network', assignment_group: G.network, ...STAMPED }, { assignment_group: G.helpCenter }), 3, 1],
    ['update: a stamped escalation moves on, one hop (guard: new group’s Partner)', update({ caller_id: U.metTech, assignment_group: G.network, ...STAMPED }, { assignment_group: G.syseng }), 1, 0],
    ['update: tier 1 to tier 1, no Partner (guard: old group’s Partner, red flags, history, opener membership)', update({ caller_id: U.physicsClient, assignment_group: G.helpCenter }, { assignment_group: G.desktop }), 4, 0],
    ['update: to an escalation group (guard: new group’s Partner)', update({ caller_id: U.metTech, assignment_group: G.helpCenter }, { assignment_group: G.syseng }), 1, 0],
    ['update: Partner hand-off, routed (old group’s Partner, red flags, routes, decision; guard: new group’s Partner)', update({ caller_id: U.physicsClient, category: 'network', assignment_group: G.metGroup }, { assignment_group: G.helpCenter }), 4, 1],
    ['update: caller changed to a red-flagged user, routed (red flags, routes, decision; guard: new group’s Partner)', update({ caller_id: U.physicsClient, category: 'network', assignment_group: G.helpCenter }, { caller_id: U.metTech }), 3, 1],
    ['update: boomerang blocked (old group’s Partner; guard: old group’s Partner, red flags, specialty routes; decision)', update({ caller_id: U.metTech, category: 'network', assignment_group: G.network }, { assignment_group: G.helpCenter }), 4, 1],
    ['update: the Partner’s own hand-off with no route (old group’s Partner, red flags, routes, no_target decision; guard: old group’s Partner)', update({ caller_id: U.physicsClient, category: 'hardware', assignment_group: G.metGroup }, { assignment_group: G.helpCenter }), 4, 1],
    ['Send to IT Partner condition: department client (department, red flags, history, opener membership)', onForm({ caller_id: U.metClient }, (current) => canSendToPartner(current)), 4, 0],
    ['Send to IT Partner condition: no Partner client (department only)', onForm({ caller_id: U.physicsClient }, (current) => canSendToPartner(current)), 1, 0],
    ['Send to IT Partner condition: no caller (nothing to ask)', onForm({ caller_id: '' }, (current) => canSendToPartner(current)), 0, 0],
    ['Send to IT Partner condition: department client, no opener (department, red flags, history)', onForm({ caller_id: U.metClient, opened_by: '' }, (current) => canSendToPartner(current)), 3, 0],
    ['update: tier 1 to tier 1, no opener (guard: old group’s Partner, red flags, history)', update({ caller_id: U.physicsClient, opened_by: '', assignment_group: G.helpCenter }, { assignment_group: G.desktop }), 3, 0],
    ['display rule: no caller (red flags and membership of the opener, history; no department)', onForm({ caller_id: '' }, (current) => showBanner(current, null, {})), 3, 0],
    ['display rule: no opener (red flags of the caller, history, department)', onForm({ caller_id: U.metClient, opened_by: '' }, (current) => showBanner(current, null, {})), 3, 0],
    ['display rule: department client (red flags, history, opener membership, department)', onForm({ caller_id: U.metClient }, (current) => showBanner(current, null, {})), 4, 0],
    ['Send to IT Partner: sent (the condition’s 4 lookups; the save and the decision)', onForm({ caller_id: U.metClient }, (current) => sendToPartner(current, null)), 4, 2],
    ['GlideAjax banner on a new form: red-flag caller (red flags)', () => () => void bannerAnswer({ caller: U.metTech, opener: U.agent, ticket: null }), 1, 0],
    ['GlideAjax banner on a new form: caller cleared (red flags and membership of the opener, no department)', () => () => void bannerAnswer({ caller: '', opener: U.agent, ticket: null }), 2, 0],
    ['GlideAjax banner on a new form: department client (red flags, opener membership, department)', () => () => void bannerAnswer({ caller: U.metClient, opener: U.agent, ticket: null }), 3, 0],
] as const)('%s', (_path, prepare, queries, writes) => {
    expect(cost(prepare)).toEqual([queries, writes])
})

test('the first save of a session also checks the group properties, once', () => {
    const prepare = insert({ caller_id: U.metTech, assignment_group: G.syseng })
    expect(cost(prepare, true)).toEqual([2, 0])
})

test.each([
    ['off', { 'x_bu_itpartner.boomerang_policy': 'off' }],
    ['switched off with routing', { 'x_bu_itpartner.enabled': 'false' }],
])('the guard, %s, asks nothing when an escalation goes back to tier 1', (_case, properties) => {
    const prepare = (inst: Instance) => {
        const ticket = existingIncident(inst, { caller_id: U.metTech, opened_by: U.agent, category: 'network', assignment_group: G.network })
        const { current, previous } = inst.recordForUpdate('incident', ticket, { assignment_group: G.helpCenter })
        return () => guardBoomerang(current, previous)
    }
    expect(cost(prepare, false, properties)).toEqual([0, 0])
})

test('the guard on an insert (no previous record) does nothing', () => {
    const prepare = (inst: Instance) => {
        const current = inst.recordForInsert('incident', { caller_id: U.metTech, assignment_group: G.helpCenter })
        return () => guardBoomerang(current, null)
    }
    expect(cost(prepare)).toEqual([0, 0])
})

// A stamped escalation's form load reads its stamp; reference reads are pinned too (the stamped Partner and
// its support group through reference fields, the red flag's Partner).
test.each([
    ['display rule: stamped red_flag escalation (red flags of caller and opener; the flag’s Partner and its group)', { caller_id: U.metTech, signal: 'red_flag', partner: P.met }, 1, 0, 2],
    ['display rule: stamped hand-off (red flags; the stamped Partner and its group through references)', { caller_id: U.physicsClient, signal: 'partner_handoff', partner: P.smg }, 1, 0, 2],
])('%s', (_path, { caller_id, signal, partner }, queries, writes, referenceReads) => {
    const inst = articleWorld()
    const ticket = existingIncident(inst, {
        caller_id,
        opened_by: U.agent,
        assignment_group: G.helpCenter,
        x_bu_itpartner_partner: partner,
        x_bu_itpartner_signal: signal,
        x_bu_itpartner_escalation: 'true',
    })
    inst.setUser(U.agent)
    const current = inst.recordForDisplay('incident', ticket)
    steadySession(inst)
    inst.resetCounters()
    const scratchpad: BannerScratchpad = {}
    showBanner(current, null, scratchpad)
    expect(scratchpad.itPartner).toMatchObject({ kind: 'escalation', signal })
    expect(inst.queryWarnings).toEqual([])
    expect([inst.counters.queries, inst.counters.writes, inst.counters.referenceReads]).toEqual([queries, writes, referenceReads])
})
