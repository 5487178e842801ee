/**
 * The encoded-query operators: those the matcher evaluates, those it only accepts, and their kinds. One list per kind,
 * so that the parser, the matcher and the validator agree (test/emulator/glide/operators.test.ts keeps the union equal
 * to the app-side condition parser's list, which cannot import this file).
 */
export type Operator =
    | '='
    | '!='
    | 'IN'
    | 'NOT IN'
    | 'LIKE'
    | 'NOT LIKE'
    | 'STARTSWITH'
    | 'ENDSWITH'
    | '>'
    | '<'
    | '>='
    | '<='
    | 'ISEMPTY'
    | 'ISNOTEMPTY'
    | 'ANYTHING'
    | 'EMPTYSTRING'
    | 'SAMEAS'
    | 'NSAMEAS'
    | 'VALCHANGES'
    | 'CHANGESFROM'
    | 'CHANGESTO'

/** Operators the matcher evaluates, longest first, so a prefix never shadows a longer operator. */
export const OPERATORS: readonly Operator[] = [
    'ISNOTEMPTY',
    'EMPTYSTRING',
    'CHANGESFROM',
    'VALCHANGES',
    'STARTSWITH',
    'CHANGESTO',
    'ANYTHING',
    'ENDSWITH',
    'NOT LIKE',
    'ISEMPTY',
    'NSAMEAS',
    'NOT IN',
    'SAMEAS',
    'LIKE',
    'IN',
    '!=',
    '>=',
    '<=',
    '=',
    '>',
    '<',
]

export const OPERATOR_SET: ReadonlySet<string> = new Set(OPERATORS)

/** Operators that take no value. */
export const UNARY: ReadonlySet<Operator> = new Set<Operator>(['ISEMPTY', 'ISNOTEMPTY', 'ANYTHING', 'EMPTYSTRING', 'VALCHANGES'])

/** Operators that compare with the previous image: valid in conditions (GlideFilter), not in queries. */
export const CHANGE_OPERATORS: ReadonlySet<Operator> = new Set<Operator>(['VALCHANGES', 'CHANGESFROM', 'CHANGESTO'])

/** Script operator names accepted by addQuery besides the encoded ones. */
export const SCRIPT_ALIASES: ReadonlyMap<string, Operator> = new Map<string, Operator>([
    ['CONTAINS', 'LIKE'],
    ['DOES NOT CONTAIN', 'NOT LIKE'],
])

/**
 * Operators the platform accepts in conditions and queries that the matcher does not evaluate (ServiceNow docs,
 * "Operators available for filters and queries"), plus `MATCHES PATTERN` and `IN HIERARCHY`, which that page does not
 * list but conditions may carry: accepted rather than refused, since refusing what the platform takes is the worse error.
 */
export const PLATFORM_ONLY_OPERATORS: readonly string[] = [
    'GT_OR_EQUALS_FIELD',
    'LT_OR_EQUALS_FIELD',
    'GT_FIELD',
    'LT_FIELD',
    'MORETHAN',
    'LESSTHAN',
    'RELATIVEGT',
    'RELATIVELT',
    'RELATIVEGE',
    'RELATIVELE',
    'RELATIVEEE',
    'DATEPART',
    'BETWEEN',
    'NOTON',
    'ON',
    'DYNAMIC',
    'DOESNOTHAVE',
    'EXCLUDING',
    'MATCHES PATTERN',
    'IN HIERARCHY',
    'INSTANCEOF',
]
