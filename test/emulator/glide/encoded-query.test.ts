import { parseEncodedQuery, prune, toEncodedQuery } from '../../../emulator/glide/encoded-query.ts'
import { FILTER_MATCH, QUERY_MATCH, evaluate, type Resolver } from '../../../emulator/glide/match.ts'
import { validateEncodedQuery } from '../../../emulator/glide/validate.ts'
import { Schema } from '../../../emulator/glide/schema.ts'

/** A resolver over a flat row; dot-walked names are given as keys ('caller_id.department'). */
function rowResolver(row: Record<string, string>, booleans: string[] = [], previous?: Record<string, string>): Resolver {
    return {
        value: (field) => row[field] ?? '',
        isBoolean: (field) => booleans.includes(field),
        previous: (field) => (previous ? previous[field] ?? '' : undefined),
    }
}

function inQuery(query: string, row: Record<string, string>, booleans: string[] = []): boolean {
    return evaluate(parseEncodedQuery(query).expr, rowResolver(row, booleans), QUERY_MATCH)
}

function inFilter(query: string, row: Record<string, string>, booleans: string[] = []): boolean {
    return evaluate(parseEncodedQuery(query).expr, rowResolver(row, booleans), FILTER_MATCH)
}

describe('operators', () => {
    // [query, row, GlideRecord-query result, GlideFilter result]
    const cases: [string, Record<string, string>, boolean, boolean][] = [
        ['state=2', { state: '2' }, true, true],
        ['state=2', { state: '3' }, false, false],
        ['name=abel', { name: 'Abel' }, true, false],
        ['state=', { state: '' }, true, true],
        ['state=', { state: '1' }, false, false],
        ['state!=2', { state: '3' }, true, true],
        ['state!=2', { state: '' }, true, true],
        ['state!=2', { state: '2' }, false, false],
        ['name!=ABEL', { name: 'abel' }, false, true],
        ['state!=', { state: '1' }, true, true],
        ['stateIN1,2, 3', { state: '3' }, true, true],
        ['stateIN1,2,3', { state: '4' }, false, false],
        ['stateIN', { state: '' }, false, false],
        ['nameINabel,beth', { name: 'Beth' }, true, false],
        ['stateNOT IN1,2', { state: '4' }, true, true],
        ['stateNOT IN1,2', { state: '' }, true, true],
        ['stateNOT IN1,2', { state: '1' }, false, false],
        ['short_descriptionLIKEvpn', { short_description: 'Cisco VPN down' }, true, false],
        ['short_descriptionLIKEVPN', { short_description: 'Cisco VPN down' }, true, true],
        ['short_descriptionLIKEvpn', { short_description: '' }, false, false],
        ['short_descriptionNOT LIKEvpn', { short_description: 'printer jam' }, true, true],
        ['short_descriptionNOT LIKEvpn', { short_description: '' }, true, true],
        ['short_descriptionNOT LIKEvpn', { short_description: 'vpn' }, false, false],
        ['nameSTARTSWITHab', { name: 'Abel' }, true, false],
        ['nameSTARTSWITHAb', { name: 'Abel' }, true, true],
        ['nameSTARTSWITHel', { name: 'Abel' }, false, false],
        ['nameENDSWITHEL', { name: 'Abel' }, true, false],
        ['nameENDSWITHel', { name: 'Abel' }, true, true],
        ['priority<3', { priority: '2' }, true, true],
        ['priority>9', { priority: '10' }, true, true],
        ['priority>=2', { priority: '2' }, true, true],
        ['priority<=1', { priority: '2' }, false, false],
        ['priority<3', { priority: '' }, false, true],
        ['priority>0', { priority: '' }, false, false],
        ['name>m', { name: 'Zed' }, true, false],
        ['name>m', { name: 'Abel' }, false, false],
        ['name<b', { name: 'Abel' }, true, true],
        ['name<b', { name: 'beth' }, false, false],
        ['stateISEMPTY', { state: '' }, true, true],
        ['stateISEMPTY', { state: '1' }, false, false],
        ['stateISNOTEMPTY', { state: '1' }, true, true],
        ['stateISNOTEMPTY', {}, false, false],
        ['stateANYTHING', {}, true, true],
        ['stateEMPTYSTRING', { state: '' }, true, true],
        ['stateEMPTYSTRING', { state: 'x' }, false, false],
        ['opened_bySAMEAScaller_id', { opened_by: 'u1', caller_id: 'u1' }, true, true],
        ['opened_bySAMEAScaller_id', { opened_by: 'u1', caller_id: 'u2' }, false, false],
        ['opened_byNSAMEAScaller_id', { opened_by: 'u1', caller_id: 'u2' }, true, true],
        ['caller_id.department=d1', { 'caller_id.department': 'd1' }, true, true],
        ['caller_id.department=d1', {}, false, false],
    ]
    test.each(cases)('%s on %j: query %s, filter %s', (query, row, query_, filter_) => {
        expect(parseEncodedQuery(query).ok).toBe(true)
        expect(inQuery(query, row)).toBe(query_)
        expect(inFilter(query, row)).toBe(filter_)
    })

    test('booleans compare by truth: empty and 0 are false', () => {
        expect(inQuery('active=false', { active: '' }, ['active'])).toBe(true)
        expect(inQuery('active=false', { active: '0' }, ['active'])).toBe(true)
        expect(inQuery('active=false', { active: 'true' }, ['active'])).toBe(false)
        expect(inQuery('active=true', { active: '1' }, ['active'])).toBe(true)
        expect(inQuery('active!=true', { active: '' }, ['active'])).toBe(true)
        // Without the schema knowing it is boolean, '' is just empty.
        expect(inQuery('active=false', { active: '' })).toBe(false)
    })

    test('change operators compare with the previous image and never match without one', () => {
        const current = { state: '2', group: 'g1' }
        const previous = { state: '1', group: 'g1' }
        const match = (q: string, prev?: Record<string, string>): boolean =>
            evaluate(parseEncodedQuery(q).expr, rowResolver(current, [], prev), FILTER_MATCH)
        expect(match('stateVALCHANGES', previous)).toBe(true)
        expect(match('groupVALCHANGES', previous)).toBe(false)
        expect(match('stateCHANGESFROM1', previous)).toBe(true)
        expect(match('stateCHANGESFROM3', previous)).toBe(false)
        expect(match('stateCHANGESTO2', previous)).toBe(true)
        expect(match('groupCHANGESTOg1', previous)).toBe(false)
        expect(match('stateVALCHANGES')).toBe(false)
    })
})

describe('structure', () => {
    test('^OR binds tighter than ^: a^b^ORc = a AND (b OR c)', () => {
        const q = 'a=1^b=1^ORc=1'
        expect(inQuery(q, { a: '1', b: '0', c: '1' })).toBe(true)
        expect(inQuery(q, { a: '0', b: '1', c: '1' })).toBe(false)
        expect(inQuery(q, { a: '1', b: '0', c: '0' })).toBe(false)
    })

    test('^NQ ORs whole groups', () => {
        const q = 'a=1^b=1^NQc=1'
        expect(inQuery(q, { a: '1', b: '1' })).toBe(true)
        expect(inQuery(q, { c: '1' })).toBe(true)
        expect(inQuery(q, { a: '1', c: '0' })).toBe(false)
    })

    test('ORDERBY / ORDERBYDESC are collected, EQ and empty tokens ignored', () => {
        const parsed = parseEncodedQuery('active=true^ORDERBYorder^ORDERBYDESCsys_created_on^^EQ')
        expect(parsed.ok).toBe(true)
        expect(parsed.orderBy).toEqual([
            { field: 'order', desc: false },
            { field: 'sys_created_on', desc: true },
        ])
        expect(parsed.terms.map((t) => t.field)).toEqual(['active'])
        expect(parsed.fields).toEqual(['active', 'order', 'sys_created_on'])
    })

    test('an empty query matches everything', () => {
        expect(parseEncodedQuery('').expr).toBeNull()
        expect(inQuery('', {})).toBe(true)
        expect(inQuery('ORDERBYname', {})).toBe(true)
    })

    test('parsed queries are cached by string', () => {
        expect(parseEncodedQuery('a=1^b=2')).toBe(parseEncodedQuery('a=1^b=2'))
    })

    test('serializing reproduces the query', () => {
        for (const q of ['a=1', 'a=1^b=2^ORc=3', 'a=1^NQb=2^ORc=3^d!=4', 'stateIN1,2^ORDERBYDESCnumber'])
            expect(toEncodedQuery(parseEncodedQuery(q).expr, parseEncodedQuery(q).orderBy)).toBe(q)
    })
})

describe('malformed and unknown input', () => {
    test.each([
        ['foo', 'malformed'],
        ['=x', 'malformed'],
        ['stateBETWEEN1@3', 'unknown_operator'],
        ['sys_class_nameINSTANCEOFtask', 'unsupported'],
        ['assigned_to=javascript:gs.getUserID()', 'unsupported'],
        ['RLQUERYincident.problem_id,>=1^ENDRLQUERY', 'unsupported'],
        ['ORDERBY', 'malformed'],
    ])('%s is reported as %s and dropped', (query, kind) => {
        const parsed = parseEncodedQuery(query)
        expect(parsed.ok).toBe(false)
        expect(parsed.problems[0].kind).toBe(kind)
        expect(parsed.errors.length).toBeGreaterThan(0)
        expect(parsed.expr).toBeNull()
    })

    test('a bad term is dropped, the rest of the query stands', () => {
        const parsed = parseEncodedQuery('a=1^foo^ORb=2')
        expect(parsed.errors).toEqual(['malformed term "foo"'])
        // The ^OR attaches to the dropped term, so what stands is a=1 AND b=2.
        expect(inQuery('a=1^foo^ORb=2', { a: '1' })).toBe(false)
        expect(inQuery('a=1^foo^ORb=2', { a: '1', b: '2' })).toBe(true)
    })

    test('prune drops terms on unknown fields: from an OR it removes the alternative, from an AND the constraint', () => {
        const known = new Set(['a', 'b'])
        const keep = (t: { field: string }) => known.has(t.field)
        const orExpr = prune(parseEncodedQuery('a=1^ORbogus=2').expr, keep)
        expect(toEncodedQuery(orExpr)).toBe('a=1')
        const andExpr = prune(parseEncodedQuery('bogus=2^b=1').expr, keep)
        expect(toEncodedQuery(andExpr)).toBe('b=1')
        expect(prune(parseEncodedQuery('bogus=2^NQa=1').expr, keep)).toEqual(parseEncodedQuery('a=1').expr)
        expect(prune(parseEncodedQuery('bogus=2').expr, keep)).toBeNull()
    })

    test('parseEncodedQuery lists the fields used, dot-walks included', () => {
        expect(parseEncodedQuery('caller_id.department=d1^bogus=1^ORDERBYnumber').fields).toEqual([
            'caller_id.department',
            'bogus',
            'number',
        ])
    })
})

describe('validateEncodedQuery', () => {
    const schema = new Schema()

    test('a valid condition has no problems', () => {
        expect(validateEncodedQuery('active=true^caller_id.department=d1^ORDERBYnumber', 'incident', schema)).toEqual([])
    })

    test('reports unknown fields, dot-walks through non-references, bad operators and order fields', () => {
        const problems = validateEncodedQuery(
            'bogus=1^caller_id.bogus=2^short_description.name=3^stateBETWEEN1@2^opened_bySAMEASnope^ORDERBYnada',
            'incident',
            schema,
        )
        expect(problems.map((p) => [p.kind, p.term])).toEqual([
            ['unknown_operator', 'stateBETWEEN1@2'],
            ['unknown_field', 'bogus=1'],
            ['unknown_field', 'caller_id.bogus=2'],
            ['unknown_field', 'short_description.name=3'],
            ['unknown_field', 'opened_bySAMEASnope'],
            ['unknown_field', 'ORDERBYnada'],
        ])
    })

    test('fields of a child table are unknown on the parent', () => {
        expect(validateEncodedQuery('caller_id=u1', 'task', schema).map((p) => p.kind)).toEqual(['unknown_field'])
        expect(validateEncodedQuery('caller_id=u1', 'incident', schema)).toEqual([])
    })

    test('change operators are conditions only', () => {
        expect(validateEncodedQuery('stateVALCHANGES', 'incident', schema)).toEqual([])
        expect(validateEncodedQuery('stateVALCHANGES', 'incident', schema, { context: 'query' }).map((p) => p.kind)).toEqual([
            'unsupported',
        ])
    })

    test('an unknown table is one problem', () => {
        expect(validateEncodedQuery('a=1', 'nope', schema).map((p) => p.message)).toEqual(['unknown table "nope"'])
    })
})
