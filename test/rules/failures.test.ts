import { GlideFilter, GlideRecord, gs, type Instance } from '../../emulator/glide/index.ts'
import { bannerAnswer } from '../../src/server/rules/banner-ajax.ts'
import { showBanner, type BannerScratchpad } from '../../src/server/rules/show-banner.ts'
import { routeEscalation } from '../../src/server/rules/route-escalation.ts'
import { guardBoomerang } from '../../src/server/rules/guard-boomerang.ts'
import { showConfigurationCheck } from '../../src/server/rules/check-configuration.ts'
import { canSendToPartner } from '../../src/server/rules/send-to-partner.ts'
import { validateRedFlag } from '../../src/server/rules/validate-admin.ts'
import { failOpen } from '../../src/server/rules/fail-open.ts'
import { existingIncident, insertIncident } from '../support/harness.ts'
import { articleWorld, decisions, G, P, U, workNotes } from '../support/world.ts'

// Every error path: what is logged, word for word, and that the ticket or form carries on.

/** Runs `work` while queries of `table` throw. */
function whileFailing<T>(table: string, work: () => T, method: 'query' | 'insert' = 'query'): T {
    const original = GlideRecord.prototype[method] as (...args: unknown[]) => unknown
    const spy = jest.spyOn(GlideRecord.prototype, method).mockImplementation(function (this: GlideRecord, ...args: unknown[]) {
        if (this.getTableName() === table) throw new Error(`${table} unavailable`)
        return original.apply(this, args) as never
    })
    try {
        return work()
    } finally {
        spy.mockRestore()
    }
}

const errors = (inst: Instance) => inst.logs.filter((log) => log.level === 'error').map((log) => log.message)

test('routing fails and so does its error decision: both are logged, the ticket is saved as it came', () => {
    const inst = articleWorld()
    const row = whileFailing('x_bu_itpartner_decision', () =>
        whileFailing('x_bu_itpartner_route', () => insertIncident(inst, { number: 'INC0099002', caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })),
        'insert',
    )
    expect(row.assignment_group).toBe(G.helpCenter)
    expect(errors(inst)).toEqual([
        'IT Partner Routing: escalation routing failed on INC0099002; the ticket was saved unchanged. Error: x_bu_itpartner_route unavailable',
        'IT Partner Routing: could not record the error decision: Error: x_bu_itpartner_decision unavailable',
    ])
})

test('the error decision names the step and the error', () => {
    const inst = articleWorld()
    whileFailing('x_bu_itpartner_route', () => insertIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter }))
    expect(decisions(inst)).toEqual([
        expect.objectContaining({ outcome: 'error', signal: '', partner: '', from_group: G.helpCenter, to_group: '', route: '', reason: 'escalation routing failed: Error: x_bu_itpartner_route unavailable' }),
    ])
})

test('a route whose condition cannot be evaluated is skipped, named in the log', () => {
    const inst = articleWorld()
    const original = GlideFilter.prototype.match
    const spy = jest.spyOn(GlideFilter.prototype, 'match').mockImplementation(function (this: GlideFilter, gr, matchAll) {
        if (this.getTitle() === 'IT Partner escalation route' && original.call(this, gr, matchAll)) throw new Error('bad term')
        return original.call(this, gr, matchAll)
    })
    try {
        const row = insertIncident(inst, { number: 'INC0099003', caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })
        expect(row.assignment_group).toBe(G.helpCenter)
    } finally {
        spy.mockRestore()
    }
    expect(errors(inst)).toEqual(['IT Partner Routing: route Network has a condition that cannot be evaluated on INC0099003: Error: bad term'])
    expect(decisions(inst)[0]).toMatchObject({ outcome: 'no_target' })
})

describe('the form banner never breaks the form', () => {
    test('a lookup fails: no banner, the ticket named in the log', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { number: 'INC0099004', caller_id: U.metTech })
        const scratchpad: BannerScratchpad = {}
        whileFailing('x_bu_itpartner_red_flag', () => showBanner(inst.recordForDisplay('incident', ticket), null, scratchpad))
        expect(scratchpad).toEqual({})
        expect(errors(inst)).toEqual(['IT Partner Routing: the form banner failed on INC0099004; the form shows no banner. Error: x_bu_itpartner_red_flag unavailable'])
    })

    test('a record that cannot even be read: the log says so', () => {
        const inst = articleWorld()
        const current = inst.recordForDisplay('incident', existingIncident(inst, { caller_id: U.metTech }))
        jest.spyOn(current, 'getValue').mockImplementation(() => {
            throw new Error('unreadable')
        })
        showBanner(current, null, {})
        expect(errors(inst)).toEqual([
            'IT Partner Routing: the form banner failed on (unknown ticket: Error: unreadable); the form shows no banner. Error: unreadable',
        ])
    })

    test('the GlideAjax refresh: an empty answer and a log line', () => {
        const inst = articleWorld()
        expect(whileFailing('x_bu_itpartner_red_flag', () => bannerAnswer({ caller: U.metTech, opener: null, ticket: null }))).toBe('')
        expect(errors(inst)).toEqual(['IT Partner Routing: the banner refresh failed on (new ticket); no banner shown. Error: x_bu_itpartner_red_flag unavailable'])
    })
})

test('Send to IT Partner’s condition fails: the button is hidden and the failure logged', () => {
    const inst = articleWorld()
    const ticket = existingIncident(inst, { caller_id: U.metClient, assignment_group: G.helpCenter })
    expect(whileFailing('x_bu_itpartner_department', () => canSendToPartner(inst.recordForDisplay('incident', ticket)))).toBe(false)
    expect(errors(inst)).toEqual(['IT Partner Routing: Send to IT Partner condition failed: Error: x_bu_itpartner_department unavailable'])
})

test('a duplicate red flag whose Partner is gone still names something', () => {
    const inst = articleWorld()
    inst.load('x_bu_itpartner_red_flag', [{ user: U.physicsClient, partner: '', note: '', active: 'true' }])
    const record = inst.recordForInsert('x_bu_itpartner_red_flag', { user: U.physicsClient, partner: P.met, active: 'true' })
    validateRedFlag(record)
    expect(inst.messages.error).toEqual([
        'User Pat Physics already has an active red flag (IT Partner: (unknown)). Deactivate that red flag first, or save this one as inactive.',
    ])
})

test.each([
    ['something else', 'not json'],
    ['in the form an earlier version kept', JSON.stringify({ values: JSON.stringify([['IT Help Center', 'Desktop Servces'], '']), unusable: [] })],
])('session client data of the group-property check that is %s is checked again', (_case, data) => {
    const inst = articleWorld({ 'x_bu_itpartner.tier1_groups': 'IT Help Center,Desktop Servces' })
    gs.getSession().putClientData('x_bu_itpartner.group_properties_checked', data)
    const current = inst.recordForInsert('incident', { caller_id: U.metTech, assignment_group: G.syseng })
    inst.resetCounters()
    routeEscalation(current, null)
    expect(inst.counters.byTable['sys_user_group']).toBe(1)
    expect(inst.logs.map((log) => log.message)).toEqual(['IT Partner Routing: x_bu_itpartner.tier1_groups lists "Desktop Servces", which is not a group: that entry is ignored.'])
})

test('a ticket without a number is named by its sys_id in the log', () => {
    const inst = articleWorld()
    const current = inst.recordForInsert('incident', { number: '', caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })
    whileFailing('x_bu_itpartner_route', () => routeEscalation(current, null))
    expect(errors(inst)).toEqual([
        `IT Partner Routing: escalation routing failed on ${current.getUniqueValue()}; the ticket was saved unchanged. Error: x_bu_itpartner_route unavailable`,
    ])
})

test('two active red flags for one user: the warning names the user, the ticket and the Partner used', () => {
    const inst = articleWorld()
    inst.load('x_bu_itpartner_red_flag', [{ user: U.metTech, partner: P.smg, note: 'second flag', active: 'true' }])
    insertIncident(inst, { number: 'INC0099005', caller_id: U.metTech, category: 'network' })
    expect(inst.logs.filter((log) => log.level === 'warn').map((log) => log.message)).toEqual([
        `IT Partner Routing: user ${U.metTech} has more than one active red flag; INC0099005 uses the oldest (Metropolitan College IT (MET IT)). Deactivate the others.`,
    ])
})

test('the guard fails: the step is named, the move is kept as the agent made it', () => {
    const inst = articleWorld()
    const ticket = existingIncident(inst, { number: 'INC0099006', caller_id: U.metTech, category: 'network', assignment_group: G.network })
    const { current, previous } = inst.recordForUpdate('incident', ticket, { assignment_group: G.helpCenter })
    whileFailing('x_bu_itpartner_red_flag', () => guardBoomerang(current, previous))
    expect(current.getValue('assignment_group')).toBe(G.helpCenter)
    expect(errors(inst)).toEqual([
        'IT Partner Routing: anti-boomerang guard failed on INC0099006; the ticket was saved unchanged. Error: x_bu_itpartner_red_flag unavailable',
    ])
})

test('a ticket whose number cannot be read: the log says so, and names it "(unknown ticket)"', () => {
    const inst = articleWorld()
    const current = inst.recordForInsert('incident', { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter })
    const getValue = current.getValue.bind(current)
    jest.spyOn(current, 'getValue').mockImplementation((field: string) => {
        if (field === 'number') throw new Error('number unreadable')
        return getValue(field)
    })
    routeEscalation(current, null)
    expect(current.getValue('assignment_group')).toBe(G.helpCenter)
    expect(errors(inst)).toEqual([
        'IT Partner Routing: could not read the ticket number: Error: number unreadable',
        'IT Partner Routing: escalation routing failed on (unknown ticket); the ticket was saved unchanged. Error: number unreadable',
    ])
})

test('the configuration check itself fails: one message for the admin, the cause in the log', () => {
    const inst = articleWorld()
    whileFailing('x_bu_itpartner_route', () => showConfigurationCheck())
    expect(inst.messages.error).toEqual(['The IT Partner Routing configuration check could not run; see the system log.'])
    expect(inst.messages.info).toEqual([])
    expect(errors(inst)).toEqual(['IT Partner Routing: the configuration check failed: Error: x_bu_itpartner_route unavailable'])
})

describe('a failing step leaves the ticket with the group and the agent’s note it came with', () => {
    const failing = (ticket: Parameters<typeof failOpen>[1], group: string) => () => {
        ticket.setValue('assignment_group', group)
        ticket.setValue('work_notes', 'IT Partner Routing\nsent on')
        throw new Error('step broke')
    }

    test('a group and a note: both are put back, and the save stores them', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metTech, assignment_group: G.helpCenter })
        const { current } = inst.recordForUpdate('incident', ticket, { work_notes: 'Caller says VPN is down.' })
        failOpen('a step', current, failing(current, G.network))
        expect(current.getValue('assignment_group')).toBe(G.helpCenter)
        expect(current.getValue('work_notes')).toBe('Caller says VPN is down.')
        inst.commit(current)
        expect(inst.row('incident', ticket)!.assignment_group).toBe(G.helpCenter)
        expect(workNotes(inst, ticket)).toEqual(['Caller says VPN is down.'])
    })

    test('no group and no note: the ticket stays unassigned and journals nothing', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { caller_id: U.metTech })
        const { current } = inst.recordForUpdate('incident', ticket, { short_description: 'more detail' })
        failOpen('a step', current, failing(current, G.network))
        inst.commit(current)
        const row = inst.row('incident', ticket)!
        expect(row.short_description).toBe('more detail')
        expect(row.assignment_group ?? '').toBe('')
        expect(workNotes(inst, ticket)).toEqual([])
    })
})

describe('the anti-boomerang guard and the ping-pong count fail apart', () => {
    const counts = (row: Record<string, string>) => [row.x_bu_itpartner_hops, row.x_bu_itpartner_boomerangs]

    test('the properties cannot be read: the guard fails, logged once, and nothing is counted', () => {
        const inst = articleWorld()
        const ticket = existingIncident(inst, { number: 'INC0099010', caller_id: U.metTech, assignment_group: G.network, x_bu_itpartner_escalation: 'true' })
        const { current, previous } = inst.recordForUpdate('incident', ticket, { assignment_group: G.helpCenter })
        const spy = jest.spyOn(gs, 'getProperty').mockImplementation(() => {
            throw new Error('properties unavailable')
        })
        try {
            guardBoomerang(current, previous)
        } finally {
            spy.mockRestore()
        }
        expect(errors(inst)).toEqual([expect.stringMatching(/^IT Partner Routing: anti-boomerang guard failed on INC0099010;/)])
        expect(current.getValue('assignment_group')).toBe(G.helpCenter)
    })

    test('the guard fails after reading the properties: the move is still a hop, and no boomerang', () => {
        const inst = articleWorld()
        const ticket = insertIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter }).sys_id
        const { current, previous } = inst.recordForUpdate('incident', ticket, { assignment_group: G.helpCenter })
        inst.clearOutput()
        whileFailing('x_bu_itpartner_partner', () => guardBoomerang(current, previous))
        expect(errors(inst)).toEqual([expect.stringMatching(/^IT Partner Routing: anti-boomerang guard failed on /)])
        inst.commit(current)
        const row = inst.row('incident', ticket)!
        expect(row.assignment_group).toBe(G.helpCenter)
        expect(counts(row)).toEqual(['1', '0'])
    })

    test('the count fails: named in the log, and the guard’s block stands', () => {
        const inst = articleWorld()
        const ticket = insertIncident(inst, { number: 'INC0099011', caller_id: U.metTech, category: 'network', assignment_group: G.helpCenter }).sys_id
        const { current, previous } = inst.recordForUpdate('incident', ticket, { assignment_group: G.helpCenter })
        const original = GlideRecord.prototype.setValue
        const spy = jest.spyOn(GlideRecord.prototype, 'setValue').mockImplementation(function (this: GlideRecord, name: string, value: unknown) {
            if (name === 'x_bu_itpartner_hops') throw new Error('counter unavailable')
            return original.call(this, name, value)
        })
        try {
            guardBoomerang(current, previous)
        } finally {
            spy.mockRestore()
        }
        expect(errors(inst)).toEqual([
            'IT Partner Routing: ping-pong count failed on INC0099011; the ticket was saved unchanged. Error: counter unavailable',
        ])
        expect(current.getValue('assignment_group')).toBe(G.network)
    })
})
