/**
 * The global scope's script includes a scoped script reaches as `global.<name>`: GlideQuery (plugin
 * com.sn_glidequery; "When used within a scoped app, it must be prefixed with the global scope", "GlideQuery - Scoped,
 * Global") and AbstractAjaxProcessor, the base of client-callable script includes ("Script includes"). Both are
 * accessible from all application scopes; reaching one from an app scope is an execute of a script include of the
 * global scope, which the calling app's runtime access tracking checks (access.ts, checkScriptInclude).
 */
import { glideQuery } from './glide-query.ts'
import type { Instance } from './instance.ts'

/** A GlideAjax request as a processor reads it: its sysparm_ parameters. */
export interface AjaxRequest {
    getParameter(name: string): string | null
}

/** The base of GlideAjax processors: keeps the request, reads its parameters. */
export function AbstractAjaxProcessor(this: { request?: AjaxRequest }, request?: AjaxRequest): void {
    this.request = request
}
AbstractAjaxProcessor.prototype = {
    initialize(this: { request?: AjaxRequest }, request?: AjaxRequest): void {
        this.request = request
    },
    /** A sysparm_ parameter of the request; null when absent. */
    getParameter(this: { request?: AjaxRequest }, name: string): string | null {
        return this.request?.getParameter(name) ?? null
    },
}

/**
 * `global` as the app's scripts on `instance` see it: each include is checked when a script reaches it, from the scope
 * the instance's app code runs in at that moment. `writes` records what global.GlideQuery writes.
 */
export function globalScope(instance: Instance, writes?: { table: string; id: string; values: Record<string, unknown> }[]): Record<string, unknown> {
    const includes: Record<string, unknown> = { GlideQuery: glideQuery(instance, writes), AbstractAjaxProcessor }
    const scope: Record<string, unknown> = {}
    for (const [name, include] of Object.entries(includes)) {
        Object.defineProperty(scope, name, {
            enumerable: true,
            get: () => {
                instance.crossScope.checkScriptInclude(name, 'global')
                return include
            },
        })
    }
    return scope
}
