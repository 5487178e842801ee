/**
 * Business-rule filter conditions (encoded queries) against the record being saved.
 *
 * Plain terms go to the embedded encoded-query matcher (GlideFilter.checkRecord). Change terms compare with the
 * previous record, as the platform's condition builder does ("changes", "changes from", "changes to"):
 *   fieldVALCHANGES       current value differs from previous
 *   fieldCHANGESFROMx     previous value is x and the value changes
 *   fieldCHANGESTOx       current value is x and the value changes
 * On insert there is no previous record: the previous value counts as empty, so a field set on insert "changes".
 * The trailing `^EQ` end marker and ORDERBY terms are ignored. `^OR` binds to the term before it, `^NQ` starts a
 * new OR'ed query: (a ^OR b) ^ c ^NQ d.
 */
export interface ConditionRecord {
    getValue(field: string): string | null
}

export type TermMatcher = (record: ConditionRecord, term: string) => boolean

const CHANGE = /^([A-Za-z0-9_.]+?)(VALCHANGES|CHANGESFROM|CHANGESTO)(.*)$/

export function splitQuery(query: string): string[][][] {
    return query
        .split('^NQ')
        .map((group) => {
            const clusters: string[][] = []
            for (const token of group.split('^')) {
                const term = token.trim()
                if (!term || term === 'EQ' || term.startsWith('ORDERBY')) continue
                if (term.startsWith('OR') && clusters.length) clusters[clusters.length - 1].push(term.slice(2))
                else clusters.push([term])
            }
            return clusters
        })
        .filter((group) => group.length)
}

export function isChangeTerm(term: string): boolean {
    return CHANGE.test(term)
}

export function matchChangeTerm(term: string, current: ConditionRecord, previous: ConditionRecord | null): boolean {
    const [, field, operator, value] = CHANGE.exec(term)!
    const now = current.getValue(field) ?? ''
    const before = previous ? (previous.getValue(field) ?? '') : ''
    const changed = now !== before
    if (operator === 'VALCHANGES') return changed
    if (operator === 'CHANGESFROM') return changed && before === value
    return changed && now === value
}

/** True when the condition matches; an empty condition matches every record. */
export function matchesCondition(
    condition: string,
    current: ConditionRecord,
    previous: ConditionRecord | null,
    matchTerm: TermMatcher,
): boolean {
    const groups = splitQuery(condition || '')
    if (!groups.length) return true
    return groups.some((clusters) =>
        clusters.every((cluster) =>
            cluster.some((term) => (isChangeTerm(term) ? matchChangeTerm(term, current, previous) : matchTerm(current, term))),
        ),
    )
}
