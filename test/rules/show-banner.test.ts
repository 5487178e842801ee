import type { GlideRecord } from '@servicenow/glide'
import type { Banner } from '../../src/server/core/banner.ts'
import { showBanner, type BannerScratchpad } from '../../src/server/rules/show-banner.ts'
import { existingIncident } from '../support/harness.ts'
import { articleWorld, D, G, id, P, U } from '../support/world.ts'

const MET = 'Metropolitan College IT (MET IT)'

/** Opens the form of a stored incident as `user` and runs the display rule; returns the scratchpad and the cost. */
function display(values: Record<string, string>, user: string = U.agent, prepare?: (inst: ReturnType<typeof articleWorld>, ticket: string) => void) {
    const inst = articleWorld()
    const ticket = existingIncident(inst, { number: 'INC0010001', ...values })
    prepare?.(inst, ticket)
    inst.session.userId = user
    const current = inst.recordForDisplay('incident', ticket)
    const scratchpad: BannerScratchpad = {}
    inst.resetCounters()
    showBanner(current, null, scratchpad)
    return { inst, ticket, banner: scratchpad.itPartner, checked: scratchpad.itPartnerChecked, queries: inst.counters.queries, writes: inst.counters.writes }
}

describe('display rule "IT Partner form banner" (Behaviour 4)', () => {
    test('red-flag caller: escalation banner with the note, in one query and no writes', () => {
        const { banner, queries, writes } = display({ caller_id: U.metTech })
        expect(banner).toEqual<Banner>({
            kind: 'escalation',
            partner: MET,
            signal: 'red_flag',
            note: 'MET IT desktop technician: Level 1 is done.',
            supportGroup: 'MET IT',
            supportGroupId: G.metGroup,
            supportStream: 'MET IT Help Desk',
            contact: 'metit@example.edu',
            department: '',
            canSendToPartner: false,
        })
        expect(queries).toBe(1)
        expect(writes).toBe(0)
    })

    test('opener with a red flag: partner_opener escalation', () => {
        expect(display({ caller_id: U.physicsClient, opened_by: U.metTech }).banner).toMatchObject({ kind: 'escalation', signal: 'partner_opener', partner: MET })
    })

    test('a hand-off the routing rule recorded on the ticket: partner_handoff escalation', () => {
        const { banner, queries } = display({ caller_id: U.physicsClient }, U.agent, (inst, ticket) =>
            inst.load('x_bu_itpartner_decision', [{ task: ticket, partner: P.smg, signal: 'partner_handoff', outcome: 'rerouted' }]),
        )
        expect(banner).toMatchObject({ kind: 'escalation', signal: 'partner_handoff', partner: 'SMG Information Tech Services (SMG-ITS)' })
        expect(queries).toBe(2)
    })

    test("opened by a member of a Partner's support group (no red flag): that Partner's escalation, never the department text", () => {
        const { banner, queries } = display({ caller_id: U.metClient, opened_by: U.smgTech })
        expect(banner).toMatchObject({ kind: 'escalation', signal: 'partner_opener', partner: 'SMG Information Tech Services (SMG-ITS)', canSendToPartner: false })
        expect(queries).toBe(3)
    })

    test("a department client's ticket already in the Partner's group is not offered Send to IT Partner", () => {
        expect(display({ caller_id: U.metClient, opened_by: U.agent, assignment_group: G.metGroup }).banner).toMatchObject({
            kind: 'department',
            partner: MET,
            canSendToPartner: false,
        })
    })

    test('department client whose Partner has a support group: group, department, Send to IT Partner applies; 4 queries', () => {
        const { banner, queries } = display({ caller_id: U.metClient, opened_by: U.agent })
        expect(banner).toMatchObject({
            kind: 'department',
            signal: 'department',
            partner: MET,
            supportGroup: 'MET IT',
            supportGroupId: G.metGroup,
            department: 'Metropolitan College',
            canSendToPartner: true,
        })
        // Red flags, this ticket's recorded escalations, the opener's Partner-group membership, the department.
        expect(queries).toBe(4)
    })

    test('department client whose Partner has only a stream', () => {
        expect(display({ caller_id: U.lawClient }).banner).toMatchObject({
            kind: 'department',
            partner: 'LAW IT',
            supportGroup: '',
            supportStream: 'https://www.bu.edu/law/it-help',
            canSendToPartner: false,
        })
    })

    test('non-partner caller: no banner, and the mark that the ticket was looked up (the onLoad script asks no server)', () => {
        const { banner, checked } = display({ caller_id: U.physicsClient, opened_by: U.agent })
        expect(banner).toBeUndefined()
        expect(checked).toBe(true)
        expect(display({ caller_id: U.metTech }).checked).toBe(true)
    })

    test('self-service user: no banner data, no mark and no query', () => {
        const { banner, checked, queries } = display({ caller_id: U.metTech }, U.student)
        expect(banner).toBeUndefined()
        expect(checked).toBeUndefined()
        expect(queries).toBe(0)
    })

    test('the app reader role sees it; so does an app admin', () => {
        const reader = id('user reader')
        const seen = (user: string, roles: string[]) =>
            display({ caller_id: U.metClient }, user, (inst) => {
                inst.load('sys_user', [{ sys_id: reader, name: 'Reed Reader', user_name: 'reed', active: 'true' }])
                inst.grantRoles(reader, roles)
            }).banner
        expect(seen(reader, ['x_bu_itpartner.reader'])).toBeDefined()
        expect(seen(U.appAdmin, [])).toBeDefined()
    })

    test('unknown or missing caller: no banner, nothing logged as an error', () => {
        for (const caller of [id('user nobody'), '']) {
            const { banner, inst } = display({ caller_id: caller })
            expect(banner).toBeUndefined()
            expect(inst.logs.filter((log) => log.level === 'error')).toEqual([])
        }
    })

    test('inactive Partner: its red flags and departments show nothing', () => {
        expect(display({ caller_id: U.closedTech }).banner).toBeUndefined()
        const viaDepartment = display({ caller_id: U.physicsClient }, U.agent, (inst) =>
            inst.load('x_bu_itpartner_department', [{ department: D.physics, partner: P.closed, active: 'true' }]),
        )
        expect(viaDepartment.banner).toBeUndefined()
    })

    test('a new form: banner for the prefilled caller without the ticket-history query', () => {
        const inst = articleWorld()
        const current = inst.recordForInsert('incident', { caller_id: U.metClient, opened_by: U.agent })
        const scratchpad: BannerScratchpad = {}
        inst.resetCounters()
        showBanner(current, null, scratchpad)
        expect(scratchpad.itPartner).toMatchObject({ kind: 'department', partner: MET })
        expect(inst.counters.byTable['x_bu_itpartner_decision'] ?? 0).toBe(0)
    })

    test('an error never breaks the form: no banner, logged with the ticket number', () => {
        const inst = articleWorld()
        const broken = {
            getValue: (field: string) => {
                if (field === 'number') return 'INC0099999'
                throw new Error('field unreadable')
            },
        } as unknown as GlideRecord
        const scratchpad: BannerScratchpad = {}
        expect(() => showBanner(broken, null, scratchpad)).not.toThrow()
        expect(scratchpad).toEqual({})
        expect(inst.logs.filter((log) => log.level === 'error').map((log) => log.message)).toEqual([expect.stringContaining('INC0099999')])
    })
})
