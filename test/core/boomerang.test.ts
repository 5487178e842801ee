import { checkBoomerang, type BoomerangInput } from '../../src/server/core/boomerang.ts'
import type { BoomerangPolicy } from '../../src/server/core/config.ts'
import { config, DESKTOP, evidence, HELP_CENTER, LAW, MET, MET_GROUP, NETWORK, route, SYSENG } from './fixtures.ts'
import { english } from '../../src/server/core/messages.ts'

const input = (overrides: Partial<BoomerangInput> & { policy?: BoomerangPolicy }): BoomerangInput => ({
    escalation: evidence('red_flag'),
    fromGroup: NETWORK,
    toGroup: HELP_CENTER,
    specialtyRoute: () => null,
    isAdmin: false,
    config: config({ boomerangPolicy: overrides.policy ?? 'block' }),
    ...overrides,
})

describe('checkBoomerang (Behaviour 3)', () => {
    describe.each(['block', 'warn'] as const)('policy %s', (policy) => {
        const expected = policy === 'block' ? 'block' : 'warn'
        const outcome = policy === 'block' ? 'boomerang_blocked' : 'boomerang_warned'

        test.each([
            ['Network Services -> IT Help Center', NETWORK, HELP_CENTER],
            ['Network Services -> Desktop Services', NETWORK, DESKTOP],
            ["System Engineering -> the Partner's own group", SYSENG, MET_GROUP],
        ])('escalation moved %s is a boomerang', (_move, fromGroup, toGroup) => {
            const verdict = checkBoomerang(input({ policy, fromGroup, toGroup }))
            expect(verdict.verdict).toBe(expected)
            if (verdict.verdict === 'allow') throw new Error('not a boomerang')
            expect(verdict.decision).toMatchObject({ outcome, partner: MET, signal: 'red_flag', fromGroup, toGroup })
            expect(english(verdict.message!)).toContain(MET.name)
            expect(english(verdict.message!)).toContain(toGroup.name)
        })

        test.each(['red_flag', 'partner_opener', 'partner_handoff'] as const)('signal %s is guarded', (signal) => {
            expect(checkBoomerang(input({ policy, escalation: evidence(signal) })).verdict).toBe(expected)
        })

        test('a specialty route that matches the ticket lets it go to tier 1', () => {
            const accounts = route('Account issues', HELP_CENTER, 10, 'category=account')
            expect(checkBoomerang(input({ policy, specialtyRoute: () => accounts })).verdict).toBe('allow')
        })

        test("a specialty route does not excuse sending it back to the Partner's group", () => {
            const accounts = route('Account issues', HELP_CENTER)
            expect(checkBoomerang(input({ policy, toGroup: MET_GROUP, specialtyRoute: () => accounts })).verdict).toBe(expected)
        })

        test('an app admin overrides with a warning', () => {
            const verdict = checkBoomerang(input({ policy, isAdmin: true }))
            expect(verdict.verdict).toBe('warn')
            if (verdict.verdict === 'allow') throw new Error('not a boomerang')
            expect(verdict.decision.outcome).toBe('boomerang_warned')
        })

        test('a ticket that is not an escalation is untouched', () => {
            expect(checkBoomerang(input({ policy, escalation: null })).verdict).toBe('allow')
        })

        test('a department-only ticket is never guarded (a person may find it misdirected)', () => {
            expect(checkBoomerang(input({ policy, escalation: evidence('department'), toGroup: MET_GROUP })).verdict).toBe('allow')
        })

        test('an update that does not change the group is untouched', () => {
            expect(checkBoomerang(input({ policy, fromGroup: HELP_CENTER, toGroup: HELP_CENTER })).verdict).toBe('allow')
        })

        test('moving to another escalation group is fine', () => {
            expect(checkBoomerang(input({ policy, toGroup: SYSENG })).verdict).toBe('allow')
        })
    })

    test('policy off allows everything and asks nothing', () => {
        const specialty = jest.fn(() => null)
        expect(checkBoomerang(input({ policy: 'off', specialtyRoute: specialty })).verdict).toBe('allow')
        expect(checkBoomerang(input({ policy: 'off', toGroup: MET_GROUP })).verdict).toBe('allow')
        expect(specialty).not.toHaveBeenCalled()
    })

    test('kill switch: nothing is guarded', () => {
        expect(checkBoomerang({ ...input({}), config: config({ enabled: false }) }).verdict).toBe('allow')
    })

    test('the block message says the group was not changed; the admin warning says why it was saved', () => {
        const blocked = checkBoomerang(input({}))
        const admin = checkBoomerang(input({ isAdmin: true }))
        if (blocked.verdict === 'allow' || admin.verdict === 'allow') throw new Error('not a boomerang')
        expect(english(blocked.message!)).toContain('was not changed')
        expect(english(admin.message!)).toContain('admin')
    })

    test('a Partner without a group: only tier 1 counts as a boomerang', () => {
        expect(checkBoomerang(input({ escalation: evidence('red_flag', LAW), toGroup: SYSENG })).verdict).toBe('allow')
        expect(checkBoomerang(input({ escalation: evidence('red_flag', LAW) })).verdict).toBe('block')
    })
})

describe('checkBoomerang: the three messages', () => {
    const why = `This ticket is an IT Partner escalation (the caller has a red flag as ${MET.name} staff): Level 1 troubleshooting is done, so it must not go to the tier-1 group IT Help Center.`
    test.each([
        ['block, an agent', 'block', false, `${why} The assignment group was not changed. Ask an IT Partner Routing admin if it really belongs there.`],
        ['block, an app admin', 'block', true, `${why} Saved anyway because you are an IT Partner Routing admin.`],
        ['warn, an agent', 'warn', false, `${why} Saved anyway (the anti-boomerang policy is "warn").`],
        ['warn, an app admin (the policy, not the role, let it through)', 'warn', true, `${why} Saved anyway (the anti-boomerang policy is "warn").`],
    ] as const)('%s', (_case, policy, isAdmin, text) => {
        const verdict = checkBoomerang(input({ policy, isAdmin }))
        if (verdict.verdict === 'allow') throw new Error('not a boomerang')
        expect(english(verdict.message)).toBe(text)
        expect(verdict.decision.reason).toBe(text)
    })
})
