/**
 * The global scope's script includes a scoped script reaches as `global.<name>`: GlideQuery (plugin
 * com.sn_glidequery; "When used within a scoped app, it must be prefixed with the global scope", "GlideQuery - Scoped,
 * Global") and AbstractAjaxProcessor, the base of client-callable script includes ("Script includes").
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

/** `global` as the app's scripts on `instance` see it. */
export function globalScope(instance: Instance): Record<string, unknown> {
    return { GlideQuery: glideQuery(instance), AbstractAjaxProcessor }
}
