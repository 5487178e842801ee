/** A built app installed on an embedded instance: its tables and columns, and the scope its code runs in. */
import type { BuiltApp } from './artifacts.ts'
import type { InstanceLike } from './glide-api.ts'

/**
 * Defines the app's tables (with their scope, parent, display field, column types, references and defaults) and the
 * columns it adds to other scopes' tables, makes the app's scope the calling scope of every Glide call app code makes,
 * and declares the app's cross-scope privileges. The platform's own tables stay as the instance has them.
 */
export function installApp(instance: InstanceLike, app: BuiltApp): void {
    for (const [table, definition] of Object.entries(app.tables)) instance.schema.define(table, definition)
    instance.callingScope = app.scope
    instance.crossScope.appName = app.name
    instance.crossScope.privileges = app.privileges
}
