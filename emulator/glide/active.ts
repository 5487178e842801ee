/**
 * The active instance: the one GlideRecord, gs and GlideFilter operate on when app code imports them. Described here
 * by what they use of it, so that this module does not depend on the Instance that activates itself through it.
 */
import type { Database } from './database.ts'

export type LogLevel = 'error' | 'warn' | 'info' | 'debug' | 'log'

export interface Session {
    userId: string
    userName: string
    /** The session's time zone (IANA): the user's `time_zone`, else the system's, UTC here. */
    timeZone?: string
}

/** What GlideRecord, gs and GlideFilter reach of the active instance. */
export interface ActiveInstance {
    readonly db: Database
    readonly session: Session
    readonly messages: { readonly info: string[]; readonly error: string[] }
    log(level: LogLevel, message: string, source?: string): void
    /** The session user's GlideSession client data. */
    clientData(): Map<string, string>
    hasRole(role: string, userId?: string): boolean
    getProperty<T>(name: string, alt?: T): string | T | null
    getMessage(key: string, args?: unknown): string
    /** A table's rows as the platform holds them (not counted: the platform's own reads, e.g. its plugin list). */
    rows(table: string): Record<string, string>[]
}

let active: ActiveInstance | null = null

export function setActiveInstance(instance: ActiveInstance | null): void {
    active = instance
}

export function activeInstance(): ActiveInstance {
    if (!active)
        throw new Error(
            'No active Glide instance: create one and activate it (new Instance().activate()) before using GlideRecord, gs or GlideFilter',
        )
    return active
}
