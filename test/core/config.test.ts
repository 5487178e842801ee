import { groupMatches, isTier1, parseConfig, splitList } from '../../src/server/core/config.ts'
import { DESKTOP, HELP_CENTER, NETWORK } from './fixtures.ts'

describe('parseConfig', () => {
    test('absent properties take the design defaults', () => {
        const { config, problems } = parseConfig({})
        expect(config).toEqual({
            enabled: true,
            tier1Groups: ['IT Help Center', 'Desktop Services'],
            defaultEscalationGroup: '',
            boomerangPolicy: 'block',
            departmentPolicy: 'review',
            pingPongThreshold: 3,
        })
        expect(problems).toEqual([])
    })

    test.each([
        ['false', false],
        [' FALSE ', false],
        ['true', true],
    ])('enabled=%p reads as %p', (value, enabled) => {
        expect(parseConfig({ enabled: value }).config.enabled).toBe(enabled)
    })

    test.each([
        ['enabled', 'maybe'],
        ['boomerangPolicy', 'bounce'],
        ['departmentPolicy', 'always'],
        ['pingPongThreshold', 'three'],
        ['pingPongThreshold', '0'],
        ['pingPongThreshold', '-2'],
        ['pingPongThreshold', '2.5'],
        ['pingPongThreshold', '1e3'],
    ] as const)('garbage in %s falls back to the default and is reported', (key, value) => {
        const { config, problems } = parseConfig({ [key]: value })
        expect(config).toEqual(parseConfig({}).config)
        expect(problems).toHaveLength(1)
        expect(problems[0]).toContain(`"${value}"`)
    })

    test('policies are read case-insensitively and trimmed', () => {
        const { config } = parseConfig({ boomerangPolicy: ' Warn ', departmentPolicy: 'ESCALATE' })
        expect(config.boomerangPolicy).toBe('warn')
        expect(config.departmentPolicy).toBe('escalate')
    })

    test.each([
        ['1', 1],
        [' 5 ', 5],
        ['999999', 999999],
    ])('ping_pong_threshold=%p reads as %p', (value, threshold) => {
        const { config, problems } = parseConfig({ pingPongThreshold: value })
        expect(config.pingPongThreshold).toBe(threshold)
        expect(problems).toEqual([])
    })

    test('an empty tier-1 list is allowed (nothing is skipped)', () => {
        expect(parseConfig({ tier1Groups: ' , ,' }).config.tier1Groups).toEqual([])
    })
})

describe('tier-1 groups', () => {
    test('list entries are trimmed, de-duplicated ignoring case, empties dropped', () => {
        expect(splitList(' IT Help Center ,,desktop services, it help center ')).toEqual(['IT Help Center', 'desktop services'])
    })

    test('a group matches by sys_id or by name ignoring case', () => {
        expect(groupMatches(HELP_CENTER, HELP_CENTER.id)).toBe(true)
        expect(groupMatches(HELP_CENTER, 'it help center')).toBe(true)
        expect(groupMatches(HELP_CENTER, 'IT Help')).toBe(false)
        expect(groupMatches(null, 'IT Help Center')).toBe(false)
    })

    test('isTier1 uses the configured list', () => {
        const config = parseConfig({ tier1Groups: `${DESKTOP.id}, it help center` }).config
        expect(isTier1(HELP_CENTER, config)).toBe(true)
        expect(isTier1(DESKTOP, config)).toBe(true)
        expect(isTier1(NETWORK, config)).toBe(false)
        expect(isTier1(null, config)).toBe(false)
    })
})

test('a malformed property is reported in full: which, what, the allowed values, the default used', () => {
    expect(parseConfig({ boomerangPolicy: 'bounce', enabled: null, tier1Groups: null, departmentPolicy: undefined }).problems).toEqual([
        'x_bu_itpartner.boomerang_policy is "bounce", not one of block, warn, off; using "block"',
    ])
})
