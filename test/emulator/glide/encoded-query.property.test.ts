/**
 * Property tests: random rows and random encoded queries from a grammar; the parser + matcher (and the
 * whole GlideRecord query path, indexes included) must agree with a small reference evaluator written here.
 */
import fc from 'fast-check'
import { parseEncodedQuery, toEncodedQuery } from '../../../emulator/glide/encoded-query.ts'
import { FILTER_MATCH, QUERY_MATCH, evaluate, type MatchOptions } from '../../../emulator/glide/match.ts'
import { GlideFilter, GlideRecord, Instance, Schema } from '../../../emulator/glide/index.ts'

const TEXT_FIELDS = ['a', 'b', 'c'] as const
const FIELDS = [...TEXT_FIELDS, 'flag'] as const
type Field = (typeof FIELDS)[number]
type Row = Record<Field, string>

const TEXT_VALUES = ['', 'x', 'X', 'xy', 'yx', '1', '2', '10', 'abc', 'Abc']
const FLAG_VALUES = ['', 'true', 'false', '1', '0']
const OPS = [
    '=',
    '!=',
    'IN',
    'NOT IN',
    'LIKE',
    'NOT LIKE',
    'STARTSWITH',
    'ENDSWITH',
    '>',
    '<',
    '>=',
    '<=',
    'ISEMPTY',
    'ISNOTEMPTY',
    'ANYTHING',
    'EMPTYSTRING',
] as const
type Op = (typeof OPS)[number]

interface RefTerm {
    field: Field
    op: Op
    value: string
}
/** Groups (OR) of clauses (AND) of alternatives (OR). */
type RefQuery = RefTerm[][][]

const rowArb: fc.Arbitrary<Row> = fc.record({
    a: fc.constantFrom(...TEXT_VALUES),
    b: fc.constantFrom(...TEXT_VALUES),
    c: fc.constantFrom(...TEXT_VALUES),
    flag: fc.constantFrom(...FLAG_VALUES),
})

const termArb: fc.Arbitrary<RefTerm> = fc
    .record({ field: fc.constantFrom(...FIELDS), op: fc.constantFrom(...OPS) })
    .chain(({ field, op }) => {
        const pool = field === 'flag' ? FLAG_VALUES : TEXT_VALUES
        const value =
            op === 'IN' || op === 'NOT IN'
                ? fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }).map((vs) => vs.join(','))
                : ['ISEMPTY', 'ISNOTEMPTY', 'ANYTHING', 'EMPTYSTRING'].includes(op)
                  ? fc.constant('')
                  : fc.constantFrom(...pool)
        return value.map((v) => ({ field, op, value: v }))
    })

const queryArb: fc.Arbitrary<RefQuery> = fc.array(
    fc.array(fc.array(termArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    { minLength: 1, maxLength: 3 },
)

/** One group led by an = or IN term, so GlideRecord.query can use an equality index. */
const indexableArb: fc.Arbitrary<RefQuery> = fc
    .tuple(
        termArb.filter((t) => t.op === '=' || t.op === 'IN'),
        fc.array(fc.array(termArb, { minLength: 1, maxLength: 2 }), { maxLength: 2 }),
    )
    .map(([lead, clauses]) => [[[lead], ...clauses]])

function encode(q: RefQuery): string {
    return q.map((clauses) => clauses.map((alts) => alts.map((t) => `${t.field}${t.op}${t.value}`).join('^OR')).join('^')).join('^NQ')
}

// ---- reference evaluator: straight from the documented semantics, sharing no code with the implementation

function isNumber(s: string): boolean {
    return s !== '' && !Number.isNaN(Number(s)) && /^-?[0-9.]+$/.test(s)
}

function refTerm(t: RefTerm, row: Row, o: MatchOptions): boolean {
    const raw = row[t.field]
    const low = (s: string): string => (o.caseSensitive ? s : s.toLowerCase())
    const boolOf = (s: string): boolean => s === 'true' || s === '1'
    const same = (x: string, y: string): boolean => (t.field === 'flag' ? boolOf(x) === boolOf(y) : low(x) === low(y))
    const listed = (): boolean =>
        t.value
            .split(',')
            .filter((v) => v !== '')
            .some((v) => same(raw, v))
    const order = (): number => {
        if (isNumber(raw) && isNumber(t.value)) return Number(raw) - Number(t.value)
        return low(raw) === low(t.value) ? 0 : low(raw) < low(t.value) ? -1 : 1
    }
    const nullFalse = o.sqlNulls && raw === ''
    switch (t.op) {
        case '=':
            return t.value === '' ? raw === '' : same(raw, t.value)
        case '!=':
            return t.value === '' ? raw !== '' : !same(raw, t.value)
        case 'IN':
            return listed()
        case 'NOT IN':
            return !listed()
        case 'LIKE':
            return !nullFalse && low(raw).includes(low(t.value))
        case 'NOT LIKE':
            return raw === '' || !low(raw).includes(low(t.value))
        case 'STARTSWITH':
            return !nullFalse && low(raw).startsWith(low(t.value))
        case 'ENDSWITH':
            return !nullFalse && low(raw).endsWith(low(t.value))
        case '>':
            return !nullFalse && order() > 0
        case '<':
            return !nullFalse && order() < 0
        case '>=':
            return !nullFalse && order() >= 0
        case '<=':
            return !nullFalse && order() <= 0
        case 'ISEMPTY':
        case 'EMPTYSTRING':
            return raw === ''
        case 'ISNOTEMPTY':
            return raw !== ''
        case 'ANYTHING':
            return true
    }
}

function refMatch(q: RefQuery, row: Row, o: MatchOptions): boolean {
    return q.some((clauses) => clauses.every((alts) => alts.some((t) => refTerm(t, row, o))))
}

const flatResolver = (row: Row) => ({
    value: (f: string) => row[f as Field] ?? '',
    isBoolean: (f: string) => f === 'flag',
    previous: () => undefined,
})

const RUNS = { seed: 42, numRuns: 300 }

test('matcher agrees with the reference evaluator (query and filter semantics)', () => {
    fc.assert(
        fc.property(queryArb, rowArb, (q, row) => {
            const parsed = parseEncodedQuery(encode(q))
            expect(parsed.ok).toBe(true)
            expect(evaluate(parsed.expr, flatResolver(row), QUERY_MATCH)).toBe(refMatch(q, row, QUERY_MATCH))
            expect(evaluate(parsed.expr, flatResolver(row), FILTER_MATCH)).toBe(refMatch(q, row, FILTER_MATCH))
        }),
        RUNS,
    )
})

test('serializing and re-parsing keeps the meaning', () => {
    fc.assert(
        fc.property(queryArb, rowArb, (q, row) => {
            const parsed = parseEncodedQuery(encode(q))
            const again = parseEncodedQuery(toEncodedQuery(parsed.expr))
            expect(evaluate(again.expr, flatResolver(row), QUERY_MATCH)).toBe(evaluate(parsed.expr, flatResolver(row), QUERY_MATCH))
        }),
        RUNS,
    )
})

test('GlideRecord queries (with index lookups) and GlideFilter agree with the reference evaluator', () => {
    const schema = new Schema(false).define('x_t', {
        fields: { a: 'string', b: 'string', c: 'string', flag: 'boolean' },
    })
    fc.assert(
        fc.property(fc.array(rowArb, { maxLength: 25 }), fc.oneof(queryArb, indexableArb), (rows, q) => {
            const inst = new Instance(schema).activate()
            const ids = inst.load('x_t', rows)
            const query = encode(q)
            const gr = new GlideRecord('x_t')
            gr.addEncodedQuery(query)
            gr.query()
            const found: string[] = []
            while (gr.next()) {
                found.push(gr.getUniqueValue())
                expect(GlideFilter.checkRecord(gr, query)).toBe(refMatch(q, rows[ids.indexOf(gr.getUniqueValue())], FILTER_MATCH))
            }
            expect(found).toEqual(ids.filter((_, i) => refMatch(q, rows[i], QUERY_MATCH)))
        }),
        { ...RUNS, numRuns: 600 },
    )
})
