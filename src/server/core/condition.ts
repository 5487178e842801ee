/**
 * A syntactic reading of an encoded query (the value of a conditions field), enough to validate an escalation
 * route's condition before it is saved. It accepts what the condition builder writes, per ServiceNow's docs
 * "Encoded query strings" and "Operators available for filters and queries" (Xanadu to Zurich): `^`, `^OR`, `^NQ`,
 * `^EQ`, ORDERBY, dot-walks, related-list queries (`RLQUERY<table>.<field>,<count>...^ENDRLQUERY`), search terms
 * (`123TEXTQUERY321=...`), `javascript:` values and every operator those pages list. It returns the field paths each
 * term names, so an adapter can check them against the route's table (or a related list's table).
 */

/** Operators that take no value. */
export const UNARY = ['VALCHANGES', 'ISNOTEMPTY', 'ISEMPTY', 'EMPTYSTRING', 'ANYTHING']

/** Operators whose value starts with another field of the same table (`sla_dueMORETHANactivity_due@day@before@1`). */
const FIELD_VALUED = ['GT_OR_EQUALS_FIELD', 'LT_OR_EQUALS_FIELD', 'GT_FIELD', 'LT_FIELD', 'NSAMEAS', 'SAMEAS', 'MORETHAN', 'LESSTHAN']

/** Operators whose value is two or more parts joined by `@` (`priorityBETWEEN1@3`, `RELATIVEGT@hour@ago@1`). */
const AT_VALUED = ['BETWEEN', 'RELATIVEGT', 'RELATIVELT', 'RELATIVEGE', 'RELATIVELE', 'RELATIVEEE', 'DATEPART', 'NOTON', 'ON']

const OTHER = [
    'IN HIERARCHY',
    'CHANGESFROM',
    'CHANGESTO',
    'NOT LIKE',
    'NOT IN',
    'STARTSWITH',
    'ENDSWITH',
    'INSTANCEOF',
    'DYNAMIC',
    'DOESNOTHAVE',
    'EXCLUDING',
    'LIKE',
    'IN',
    '!=',
    '>=',
    '<=',
    '=',
    '>',
    '<',
]

/**
 * Every operator this parser reads, longest first, so that `NOT IN` wins over `IN`, `NOTON` over `ON`, `INSTANCEOF` over
 * `IN`. The embedded instance keeps its own list (it cannot import the app); test/emulator/glide/operators.test.ts keeps
 * the two equal.
 */
export const OPERATORS = [...UNARY, ...FIELD_VALUED, ...AT_VALUED, ...OTHER].sort((a, b) => b.length - a.length)

const FIELD_PATH = /^[a-z0-9_]+(?:\.[a-z0-9_]+)*/
const WHOLE_PATH = /^[a-z0-9_]+(?:\.[a-z0-9_]+)*$/
/** A tag condition names the tag's sys_id as if it were a field: `sys_tags.<sys_id>=<sys_id>`. */
const TAG_PATH = /^sys_tags\.[0-9a-f]{32}$/
/** Search terms: `123TEXTQUERY321=email`, `123TEXTINDEXGROUP321=portal_index_group`. */
const SEARCH_TERM = /^(123TEXTQUERY321|123TEXTINDEXGROUP321)=/
/** `RLQUERY<related table>.<reference field>,<comparison><count>[,m2m][,<first condition term>]` */
const RELATED_LIST = /^RLQUERY([a-z0-9_]+)\.([a-z0-9_]+),(>=|<=|!=|=|>|<)(\d+)(?:,m2m)?(?:,(.*))?$/
const ORDER = /^(ORDERBYDESC|ORDERBY|GROUPBY)(.*)$/

/** A field path one term names, and the table it must exist on. */
export interface FieldReference {
    /** The term as written, for messages. */
    term: string
    /** null: the route's table; otherwise the related list's table of an RLQUERY. */
    table: string | null
    /** `caller_id.department.name`; an RLQUERY's own reference field is a one-step path on its table. */
    path: string
}

export interface ParsedCondition {
    /** Every field path the condition names, in order (also of terms whose operator this parser does not know). */
    fields: FieldReference[]
    /** Terms that are not valid encoded-query terms, each with its reason; empty when the condition parses. */
    problems: string[]
    /**
     * Terms whose operator this parser does not know. The platform may have it (GlideRecord.isEncodedQueryValid
     * decides); these count only when the platform also finds the condition invalid.
     */
    unknownOperators: string[]
}

/** Splits an encoded query into its terms and reads the field paths of each. An empty condition is valid. */
export function parseCondition(query: string): ParsedCondition {
    const fields: FieldReference[] = []
    const problems: string[] = []
    const unknownOperators: string[] = []
    let related: { table: string; term: string } | null = null
    for (const raw of splitTerms(query.trim())) {
        if (!raw || raw === 'EQ') continue
        if (raw === 'ENDRLQUERY') {
            if (!related) problems.push(`"${raw}" closes a related-list query that was not opened`)
            related = null
            continue
        }
        const head = RELATED_LIST.exec(raw)
        if (head) {
            if (related) problems.push(`"${raw}" opens a related-list query inside another one`)
            related = { table: head[1], term: raw }
            fields.push({ term: raw, table: head[1], path: head[2] })
            if (head[5]) readTerm(head[5], raw, head[1], fields, problems, unknownOperators)
            continue
        }
        if (raw.startsWith('RLQUERY')) {
            problems.push(`"${raw}" is not a related-list query of the form RLQUERY<table>.<field>,<comparison><count>`)
            continue
        }
        const order = ORDER.exec(raw)
        if (order) {
            if (WHOLE_PATH.test(order[2])) fields.push({ term: raw, table: related?.table ?? null, path: order[2] })
            else problems.push(`"${raw}" does not name a field to order by`)
            continue
        }
        readTerm(raw.replace(/^(OR|NQ)/, ''), raw, related?.table ?? null, fields, problems, unknownOperators)
    }
    if (related) problems.push(`"${related.term}" is not closed with ^ENDRLQUERY`)
    return { fields, problems, unknownOperators }
}

/** One `<field><operator><value>` term (prefix already removed); `raw` is the term as written. */
function readTerm(
    term: string,
    raw: string,
    table: string | null,
    fields: FieldReference[],
    problems: string[],
    unknownOperators: string[],
): void {
    if (SEARCH_TERM.test(term)) return
    const path = FIELD_PATH.exec(term)?.[0]
    const rest = path ? term.slice(path.length) : term
    const operator = path ? OPERATORS.find((candidate) => rest.startsWith(candidate)) : undefined
    const word = path ? /^[A-Z_]+/.exec(rest)?.[0] : undefined
    if (path && word && !operator) {
        // An operator this list lacks (`MATCHES PATTERN`...): the field is still checked, the operator is the platform's call.
        if (!TAG_PATH.test(path)) fields.push({ term: raw, table, path })
        unknownOperators.push(`"${raw}" uses an unknown operator "${word}"`)
        return
    }
    if (!path || !operator) {
        problems.push(`"${raw}" is not a condition of the form <field><operator><value>`)
        return
    }
    const value = rest.slice(operator.length)
    if (UNARY.includes(operator) && value) {
        problems.push(`"${raw}": ${operator} takes no value`)
        return
    }
    if (AT_VALUED.includes(operator) && !value.includes('@')) {
        problems.push(`"${raw}": ${operator} needs its parts joined by @`)
        return
    }
    if (!TAG_PATH.test(path)) fields.push({ term: raw, table, path })
    if (FIELD_VALUED.includes(operator)) {
        const other = value.split('@')[0]
        if (WHOLE_PATH.test(other)) fields.push({ term: raw, table, path: other })
        else problems.push(`"${raw}": ${operator} must name another field`)
    }
}

/** `a=1^ORb=2^NQc=3` -> `a=1`, `ORb=2`, `NQc=3`. A literal caret is written `^^` in an encoded query. */
function splitTerms(query: string): string[] {
    const terms: string[] = []
    let term = ''
    for (let index = 0; index < query.length; index++) {
        const char = query[index]
        if (char !== '^') term += char
        else if (query[index + 1] === '^') {
            term += '^'
            index++
        } else {
            terms.push(term)
            term = ''
        }
    }
    if (term || terms.length) terms.push(term)
    return terms
}
