import vm from 'node:vm'
import { ajaxVerdict, type AjaxPolicy } from './ajax.ts'
import { CLIENT_API, UI_NAMES, type ClientUi } from './ui.ts'

/** A classic client script as dist/app ships it: its code and the messages its `messages` field preloads. */
export interface ClientScriptSource {
    name: string
    script: string
    messages: string[]
}

export interface Decoration {
    field: string
    icon: string
    title: string
}

export interface AjaxCall {
    processor: string
    params: Record<string, string>
    /** Whether the instance runs the request for this user (emulator/client/ajax.ts); else why not. */
    answered: boolean
    refusal: string | null
    /** Delivers the server's answer to the script's callback; a refused request delivers null instead. */
    answer: (answer: string | null) => void
}

export interface FormOptions {
    /** The UI the form is shown in; its g_form, g_user and GlideAjax offer only what that UI documents. */
    ui?: ClientUi
    /** Script includes and their ACLs, which decide what GlideAjax requests are answered; none: nothing is. */
    ajax?: AjaxPolicy
    roles?: string[]
    scratchpad?: Record<string, unknown>
    values?: Record<string, string>
    isNew?: boolean
    sysId?: string
    table?: string
}

type Handlers = { onLoad?: (...args: unknown[]) => void; onChange?: (...args: unknown[]) => void }
type Compiled = (g_form: unknown, g_user: unknown, g_scratchpad: unknown, GlideAjax: unknown, getMessage: unknown) => Handlers

/**
 * The embedded client: a classic client script compiled once in a node:vm context and run against a fake form with
 * g_form, g_user, g_scratchpad, GlideAjax and getMessage, as the form's UI (Core UI by default, Workspace or Service
 * Portal) gives them: a method that UI does not document is absent, so calling it throws "... is not a function"
 * as in the browser. There is no DOM, so a script that touches document or window fails here as it would in
 * Workspace and Service Portal. Tests and the replay both use it.
 */
export class ClientScript {
    private readonly compiled: Compiled
    /** @internal The `messages` field as a set: getMessage checks it on every call. */
    readonly listed: ReadonlySet<string>

    constructor(readonly source: ClientScriptSource) {
        const wrapped =
            `(function (g_form, g_user, g_scratchpad, GlideAjax, getMessage) {\n${source.script}\n;` +
            `return { onLoad: typeof onLoad === 'function' ? onLoad : undefined, onChange: typeof onChange === 'function' ? onChange : undefined }\n})`
        this.listed = new Set(source.messages)
        this.compiled = new vm.Script(wrapped, { filename: `sys_script_client:${source.name}` }).runInContext(vm.createContext({})) as Compiled
    }

    /** A form opened with this script loaded (the script's top level runs, as on the platform). */
    open(options: FormOptions = {}): ClientForm {
        return new ClientForm(this, options)
    }

    /** @internal */
    load(form: ClientForm, g_form: unknown, g_user: unknown, GlideAjax: unknown, getMessage: unknown): Handlers {
        return this.compiled(g_form, g_user, form.scratchpad, GlideAjax, getMessage)
    }
}

/** What one form shows after its client script ran: messages, decorations, the server calls it made. */
export class ClientForm {
    readonly messages: string[] = []
    readonly errors: string[] = []
    readonly decorations: Decoration[] = []
    readonly ajaxCalls: AjaxCall[] = []
    /** getMessage keys the script's `messages` field does not list (the platform would fetch them one by one). */
    readonly unlistedMessages: string[] = []
    readonly scratchpad: Record<string, unknown>
    readonly values: Record<string, string>
    readonly roles: ReadonlySet<string>
    readonly ui: ClientUi
    clearCount = 0
    /**
     * The script read the form's record (a value, its sys_id, table or newness) or called the server: what it showed
     * then depends on more than g_scratchpad and the user's roles.
     */
    readRecord = false
    private readonly handlers: Handlers

    constructor(
        private readonly script: ClientScript,
        readonly options: FormOptions,
    ) {
        this.roles = new Set(options.roles ?? [])
        this.ui = options.ui ?? 'core'
        this.scratchpad = options.scratchpad ?? {}
        this.values = { ...(options.values ?? {}) }
        const api = CLIENT_API[this.ui]
        const g_form = documented(new FakeGForm(this), api.g_form, 'g_form', this.ui)
        const g_user = documented(new FakeUser(this), api.g_user, 'g_user', this.ui)
        this.handlers = this.running(() => script.load(this, g_form, g_user, GLIDE_AJAX[this.ui], this.getMessage.bind(this)))
    }

    onLoad(): void {
        this.call('onLoad')
    }

    /** The platform's onChange call for the caller field; the form value changes first. */
    changeCaller(newValue: string, isLoading = false): void {
        const oldValue = this.values.caller_id ?? ''
        this.values.caller_id = newValue
        this.call('onChange', null, oldValue, newValue, isLoading)
    }

    private getMessage(key: string): string {
        if (!this.script.listed.has(key)) this.unlistedMessages.push(key)
        return key
    }

    private call(name: keyof Handlers, ...args: unknown[]): void {
        const handler = this.handlers[name]
        if (!handler) throw new Error(`the client script defines no ${name}()`)
        this.running(() => handler(...args))
    }

    /** GlideAjax calls made while the script runs (a handler, or an answer it gets) belong to this form. */
    running<T>(work: () => T): T {
        const outer = FakeGlideAjax.form
        FakeGlideAjax.form = this
        try {
            return work()
        } finally {
            FakeGlideAjax.form = outer
        }
    }
}

class FakeGForm {
    constructor(private readonly form: ClientForm) {}
    getValue(field: string): string {
        this.form.readRecord = true
        return this.form.values[field] ?? ''
    }
    setValue(field: string, value: unknown): void {
        this.form.readRecord = true
        this.form.values[field] = String(value ?? '')
    }
    getUniqueValue(): string {
        this.form.readRecord = true
        return this.form.options.sysId ?? ''
    }
    getSysId(): string {
        this.form.readRecord = true
        return this.form.options.sysId ?? ''
    }
    getTableName(): string {
        this.form.readRecord = true
        return this.form.options.table ?? ''
    }
    isNewRecord(): boolean {
        this.form.readRecord = true
        return !!this.form.options.isNew
    }
    addInfoMessage(message: unknown): void {
        this.form.messages.push(String(message))
    }
    addErrorMessage(message: unknown): void {
        this.form.errors.push(String(message))
    }
    clearMessages(): void {
        this.form.clearCount++
        this.form.messages.length = 0
        this.form.errors.length = 0
    }
    addDecoration(field: string, icon: string, title: string): void {
        this.form.decorations.push({ field, icon, title })
    }
    removeDecoration(field: string, icon: string, title: string): void {
        const at = this.form.decorations.findIndex((d) => d.field === field && d.icon === icon && d.title === title)
        if (at >= 0) this.form.decorations.splice(at, 1)
    }
}

class FakeUser {
    constructor(private readonly form: ClientForm) {}
    hasRole(role: string): boolean {
        return this.form.roles.has(role) || this.form.roles.has('admin')
    }
    getRoles(): string[] {
        return [...this.form.roles]
    }
}

/**
 * The object a script sees: the fake's methods that the UI documents, bound to it; a documented method the fake
 * lacks throws "not emulated" (an emulator gap, not a platform rule); anything else is absent.
 */
function documented(fake: object, names: readonly string[], global: string, ui: ClientUi): Record<string, unknown> {
    const { template, emulated } = apiShape(fake, names, global, ui)
    // Every form opens a fresh API: copy the shape, bind only what the fake has.
    const api: Record<string, unknown> = { ...template }
    for (const name of emulated) api[name] = ((fake as Record<string, unknown>)[name] as (...args: unknown[]) => unknown).bind(fake)
    return api
}

interface ApiShape {
    /** Every documented name, in order: the "not emulated" throwers, placeholders for the fake's methods. */
    readonly template: Readonly<Record<string, unknown>>
    readonly emulated: readonly string[]
}

const shapes = new Map<string, ApiShape>()

/** Per global and UI, built once: the fakes' methods are on their prototypes, so every form shares it. */
function apiShape(fake: object, names: readonly string[], global: string, ui: ClientUi): ApiShape {
    const key = `${global} ${ui}`
    let shape = shapes.get(key)
    if (!shape) {
        const emulated = names.filter((name) => typeof (fake as Record<string, unknown>)[name] === 'function')
        // Built in one go: the same object grown key by key copies several times slower (measured).
        const template = Object.fromEntries(
            names.map((name) => [
                name,
                emulated.includes(name)
                    ? undefined
                    : () => {
                          throw new Error(`embedded client: ${global}.${name} (${UI_NAMES[ui]}) is not emulated`)
                      },
            ]),
        )
        shape = { template, emulated }
        shapes.set(key, shape)
    }
    return shape
}

class FakeGlideAjax {
    static form: ClientForm | null = null
    private readonly params: Record<string, string> = {}
    constructor(private readonly processor: string) {}
    addParam(name: string, value: string): void {
        this.params[name] = value
    }
    getXMLAnswer(callback: (answer: string | null) => void): void {
        const form = FakeGlideAjax.form
        if (!form) throw new Error('GlideAjax used outside a running client script')
        form.readRecord = true
        const verdict = form.options.ajax
            ? ajaxVerdict(form.options.ajax, this.processor, form.roles)
            : { answered: false as const, reason: 'the form knows no script includes' }
        form.ajaxCalls.push({
            processor: this.processor,
            params: { ...this.params },
            answered: verdict.answered,
            refusal: verdict.answered ? null : verdict.reason,
            answer: (answer) => form.running(() => callback(verdict.answered ? answer : null)),
        })
    }
}

/** GlideAjax as each UI documents it: the fake's methods it lacks are absent, the others it lacks throw "not emulated". */
const GLIDE_AJAX = Object.fromEntries(
    (Object.keys(CLIENT_API) as ClientUi[]).map((ui) => {
        const names = CLIENT_API[ui].GlideAjax
        class UiGlideAjax extends FakeGlideAjax {}
        const prototype = UiGlideAjax.prototype as unknown as Record<string, unknown>
        for (const name of Object.getOwnPropertyNames(FakeGlideAjax.prototype)) {
            if (name !== 'constructor' && !names.includes(name)) prototype[name] = undefined
        }
        for (const name of names) {
            if (typeof prototype[name] !== 'function') {
                prototype[name] = () => {
                    throw new Error(`embedded client: GlideAjax.${name} (${UI_NAMES[ui]}) is not emulated`)
                }
            }
        }
        return [ui, UiGlideAjax]
    }),
) as Record<ClientUi, typeof FakeGlideAjax>
