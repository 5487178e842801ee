/** gs (GlideSystem) on the active instance. */
import { activeInstance } from './active.ts'
import { GlideElement } from './element.ts'
import { formatMessage, toGlideString } from './util.ts'

function logWith(level: 'error' | 'warn' | 'info' | 'debug') {
    return (message?: unknown, ...params: unknown[]): void =>
        activeInstance().log(level, formatMessage(toGlideString(message), params.slice(0, 5)))
}

class GlideSession {
    readonly #data: Map<string, string>

    constructor(data: Map<string, string>) {
        this.#data = data
    }

    putClientData(name: string, value: string): void {
        this.#data.set(toGlideString(name), toGlideString(value))
    }

    getClientData(name: string): string | null {
        return this.#data.get(toGlideString(name)) ?? null
    }
}

export const gs = {
    getUserID(): string {
        return activeInstance().session.userId
    },

    getUserName(): string {
        return activeInstance().session.userName
    },

    /** The session: client data only (putClientData / getClientData), kept per session user; absent names read null. */
    getSession(): GlideSession {
        return new GlideSession(activeInstance().clientData())
    },

    /** The session user has the role (or one of comma-separated roles), or is admin. */
    hasRole(role?: string): boolean {
        const instance = activeInstance()
        return instance.hasRole(role ?? '', instance.session.userId)
    },

    /**
     * "GlideSystem - Scoped", daysAgoStart(days): the start of the day `days` days ago in the session's time zone, as a
     * UTC 'YYYY-MM-DD HH:mm:ss', from the instance clock; a missing or non-numeric argument counts as 0.
     */
    daysAgoStart(days?: number): string {
        const instance = activeInstance()
        return instance.db.daysAgoStart(Math.trunc(Number(days)) || 0, instance.session.timeZone)
    },

    /** The sys_properties value; `alt` (or null without one) when the property is absent or empty. */
    getProperty<T = string>(key?: string, alt?: T): string | T | null {
        return activeInstance().getProperty(key ?? '', alt)
    },

    /**
     * A registered translation of `id`, else `id` itself, with {0}.. replaced from args (an array or one value), as
     * "GlideSystem - Scoped" documents getMessage: "If the message identifier does not exist in the table, then it
     * returns the message ID".
     */
    getMessage(id?: string, args?: unknown): string {
        return activeInstance().getMessage(id ?? '', args)
    },

    addInfoMessage(message?: unknown): void {
        activeInstance().messages.info.push(toGlideString(message))
    },

    addErrorMessage(message?: unknown): void {
        activeInstance().messages.error.push(toGlideString(message))
    },

    error: logWith('error'),
    warn: logWith('warn'),
    info: logWith('info'),
    debug: logWith('debug'),

    log(message?: unknown, source?: string): void {
        activeInstance().log('log', toGlideString(message), source)
    },

    /** null, undefined, '' or an empty element. */
    nil(value?: unknown): boolean {
        if (value === null || value === undefined || value === '') return true
        return value instanceof GlideElement && value.nil()
    },
}
