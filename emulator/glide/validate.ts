/** Validators of encoded queries against a table's dictionary: what an admin should fix, and what the platform accepts. */
import { FIELD_RE, parseEncodedQuery, termText, type QueryProblem } from './encoded-query.ts'
import { CHANGE_OPERATORS, PLATFORM_ONLY_OPERATORS } from './operators.ts'
import type { Schema } from './schema.ts'

export interface ValidateOptions {
    /** 'query' rejects change operators (VALCHANGES...), which only conditions support. Default 'condition'. */
    readonly context?: 'query' | 'condition'
}

/** Problems an admin should fix: malformed terms, unknown operators, fields the table does not have. */
export function validateEncodedQuery(
    query: string,
    table: string,
    schema: Schema,
    options: ValidateOptions = {},
): QueryProblem[] {
    if (!schema.hasTable(table))
        return [{ kind: 'unknown_field', term: query, message: `unknown table "${table}"` }]
    const parsed = parseEncodedQuery(query)
    const problems = [...parsed.problems]
    for (const t of parsed.terms) {
        const text = termText(t)
        if (!schema.resolvePath(table, t.field))
            problems.push({ kind: 'unknown_field', term: text, message: `unknown field "${t.field}" on ${table}` })
        else if ((t.op === 'SAMEAS' || t.op === 'NSAMEAS') && !schema.resolvePath(table, t.value))
            problems.push({ kind: 'unknown_field', term: text, message: `unknown field "${t.value}" on ${table}` })
        if (options.context === 'query' && CHANGE_OPERATORS.has(t.op))
            problems.push({ kind: 'unsupported', term: text, message: `${t.op} is only valid in conditions ("${text}")` })
    }
    for (const o of parsed.orderBy)
        if (!schema.resolvePath(table, o.field))
            problems.push({ kind: 'unknown_field', term: `ORDERBY${o.field}`, message: `unknown order field "${o.field}" on ${table}` })
    return problems
}

/** Related-list blocks (their terms name another table), search terms and tag terms: accepted as they are. */
function withoutUncheckedTerms(query: string): string {
    const kept: string[] = []
    let related = false
    for (const token of query.split('^')) {
        if (token.startsWith('RLQUERY')) related = true
        else if (token === 'ENDRLQUERY') related = false
        else if (!related && !/^(OR|NQ)?(123TEXTQUERY321|123TEXTINDEXGROUP321|sys_tags\.)/.test(token)) kept.push(token)
    }
    return kept.join('^')
}

/**
 * GlideRecord.isEncodedQueryValid(query) on `table` ("GlideRecord - Scoped", Xanadu to Zurich): false when a term is
 * malformed, names a field the table lacks (dot-walks resolved through references), or uses an operator the platform
 * does not have; true for terms the matcher only drops (javascript: values, related-list and search terms, the
 * operators above), since the platform accepts them.
 */
export function isEncodedQueryValid(query: string, table: string, schema: Schema): boolean {
    if (!schema.hasTable(table)) return false
    const parsed = parseEncodedQuery(withoutUncheckedTerms(query))
    const known = (path: string) => !!schema.resolvePath(table, path)
    for (const t of parsed.terms) {
        if (!known(t.field)) return false
        if ((t.op === 'SAMEAS' || t.op === 'NSAMEAS') && !known(t.value)) return false
    }
    for (const o of parsed.orderBy) if (!known(o.field)) return false
    for (const problem of parsed.problems) {
        if (problem.kind === 'malformed') return false
        const field = FIELD_RE.exec(problem.term)?.[0]
        if (!field) continue
        const rest = problem.term.slice(field.length)
        if (problem.kind === 'unknown_operator' && !PLATFORM_ONLY_OPERATORS.some((op) => rest.startsWith(op))) return false
        if (!known(field)) return false
    }
    return true
}
