/**
 * Embedded, in-memory Glide server API. Jest maps '@servicenow/glide' here; the replay runs built
 * modules against it; the bench reads its counters. README.md lists where it differs from the platform.
 */
export { GlideRecord, asPlatformRecord, fromPlatformRecord } from './record.ts'
export type { PlatformGlideRecord, RecordOperation } from './record.ts'
export { GlideQueryCondition } from './conditions.ts'
export { GlideElement } from './element.ts'
export { GlideFilter } from './filter.ts'
export { GlideDateTime } from './date-time.ts'
export { glideQuery } from './glide-query.ts'
export { GlidePluginManager } from './plugins.ts'
export { AbstractAjaxProcessor, globalScope } from './global.ts'
export type { AjaxRequest } from './global.ts'
export { gs } from './system.ts'
export { Instance, LEGACY_SCRIPT_ACCESS, PLATFORM_SOURCE } from './instance.ts'
export type { CrossScopeAccess, Privilege, TableOperation, TrackingMode } from './access.ts'
export type { InstanceOptions, LogEntry, LogLevel, Session } from './instance.ts'
export type { Counters, Database, QueryWarning, SaveEvent, SaveHandler, SaveOperation } from './database.ts'
export { DEFAULT_ACCESS, Schema } from './schema.ts'
export type { ApplicationAccess, FieldDef, FieldSpec, FieldType, TableSpec } from './schema.ts'
export { parseEncodedQuery, toEncodedQuery } from './encoded-query.ts'
export type { Expr, Term, Operator, OrderBy, ParsedQuery, QueryProblem, ProblemKind } from './encoded-query.ts'
export { evaluate, QUERY_MATCH, FILTER_MATCH } from './match.ts'
export type { Resolver, MatchOptions } from './match.ts'
export { validateEncodedQuery } from './validate.ts'
export type { ValidateOptions } from './validate.ts'
export type { Row } from './util.ts'

