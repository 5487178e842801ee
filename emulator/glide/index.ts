/**
 * Embedded, in-memory Glide server API. Jest maps '@servicenow/glide' here; the replay runs built
 * modules against it; the bench reads its counters. README.md lists where it differs from the platform.
 */
export { GlideRecord, GlideQueryCondition } from './record.ts'
export type { RecordOperation } from './record.ts'
export { GlideElement } from './element.ts'
export { GlideFilter } from './filter.ts'
export { GlideDateTime } from './date-time.ts'
export { glideQuery } from './glide-query.ts'
export { GlidePluginManager } from './plugins.ts'
export { gs } from './system.ts'
export { APP_SCOPE, Instance, PLATFORM_SOURCE } from './instance.ts'
export type { InstanceOptions, LogEntry, LogLevel, Session } from './instance.ts'
export type { Counters, Database, QueryWarning, SaveEvent, SaveHandler, SaveOperation } from './database.ts'
export { Schema } from './schema.ts'
export type { FieldDef, FieldSpec, FieldType, TableSpec } from './schema.ts'
export {
    parseEncodedQuery,
    validateEncodedQuery,
    toEncodedQuery,
    evaluate,
    QUERY_MATCH,
    FILTER_MATCH,
} from './encoded-query.ts'
export type {
    Expr,
    Term,
    Operator,
    OrderBy,
    ParsedQuery,
    QueryProblem,
    ProblemKind,
    Resolver,
    MatchOptions,
    ValidateOptions,
} from './encoded-query.ts'
export type { Row } from './util.ts'
export { asPlatformRecord, fromPlatformRecord } from './platform.ts'
export type { PlatformGlideRecord } from './platform.ts'

