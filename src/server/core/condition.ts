/**
 * A syntactic reading of an encoded query (the value of a conditions field), enough to validate an escalation
 * route's condition before it is saved: each term must be `<field path><operator><value>`, and the field paths are
 * returned so that an adapter can check them against the route's table.
 */

/** Encoded-query operators, longest first so that e.g. `!=` wins over `=` and `NOT LIKE` over `LIKE`. */
const OPERATORS = [
    'VALCHANGES',
    'CHANGESFROM',
    'CHANGESTO',
    'ISNOTEMPTY',
    'ISEMPTY',
    'EMPTYSTRING',
    'ANYTHING',
    'NOT LIKE',
    'NOT IN',
    'STARTSWITH',
    'ENDSWITH',
    'DOESNOTCONTAIN',
    'NSAMEAS',
    'SAMEAS',
    'INSTANCEOF',
    'DYNAMIC',
    'BETWEEN',
    'MORETHAN',
    'LESSTHAN',
    'DATEPART',
    'RELATIVEGT',
    'RELATIVELT',
    'RELATIVEGE',
    'RELATIVELE',
    'RELATIVEEE',
    'NOTON',
    'LIKE',
    'GT_FIELD',
    'LT_FIELD',
    'GT_OR_EQUALS_FIELD',
    'LT_OR_EQUALS_FIELD',
    'IN',
    'ON',
    '!=',
    '>=',
    '<=',
    '=',
    '>',
    '<',
].sort((a, b) => b.length - a.length)

/** Terms that carry no field: the end marker and ordering clauses. */
const NON_FIELD_TERM = /^(EQ|ORDERBY.*|ORDERBYDESC.*|GROUPBY.*)$/

const FIELD_PATH = /^([a-z0-9_]+(?:\.[a-z0-9_]+)*)/

export interface ParsedCondition {
    /** Field paths the condition names, in order, without duplicates; a dot-walk is one path (`caller_id.vip`). */
    fields: string[]
    /** Terms that are not `<field><operator><value>`. */
    problems: string[]
}

/** Splits an encoded query into its terms and reads the field path of each. An empty condition is valid. */
export function parseCondition(query: string): ParsedCondition {
    const fields: string[] = []
    const problems: string[] = []
    for (const raw of splitTerms(query.trim())) {
        if (!raw || NON_FIELD_TERM.test(raw)) continue
        const term = raw.replace(/^(OR|NQ)/, '')
        const match = FIELD_PATH.exec(term)
        const rest = match ? term.slice(match[1].length) : term
        if (!match || !OPERATORS.some((operator) => rest.startsWith(operator))) {
            problems.push(`"${raw}" is not a condition of the form <field><operator><value>`)
            continue
        }
        if (!fields.includes(match[1])) fields.push(match[1])
    }
    return { fields, problems }
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
