import vm from 'node:vm'

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
    answer: (answer: string | null) => void
}

export interface FormOptions {
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
 * g_form, g_user, g_scratchpad, GlideAjax and getMessage, as Core UI and Workspace give it. There is no DOM, so a
 * script that touches document or window fails here as it would in Workspace. Tests and the replay both use it.
 */
export class ClientScript {
    private readonly compiled: Compiled

    constructor(readonly source: ClientScriptSource) {
        const wrapped =
            `(function (g_form, g_user, g_scratchpad, GlideAjax, getMessage) {\n${source.script}\n;` +
            `return { onLoad: typeof onLoad === 'function' ? onLoad : undefined, onChange: typeof onChange === 'function' ? onChange : undefined }\n})`
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
    clearCount = 0
    private readonly handlers: Handlers

    constructor(
        private readonly script: ClientScript,
        readonly options: FormOptions,
    ) {
        this.roles = new Set(options.roles ?? [])
        this.scratchpad = options.scratchpad ?? {}
        this.values = { ...(options.values ?? {}) }
        // Fakes are plain objects over this form (no per-form closures): the replay opens one form per event.
        this.handlers = this.running(() => script.load(this, new FakeGForm(this), new FakeUser(this), FakeGlideAjax, this.getMessage.bind(this)))
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
        if (!this.script.source.messages.includes(key)) this.unlistedMessages.push(key)
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
        return this.form.values[field] ?? ''
    }
    setValue(field: string, value: unknown): void {
        this.form.values[field] = String(value ?? '')
    }
    getUniqueValue(): string {
        return this.form.options.sysId ?? ''
    }
    getTableName(): string {
        return this.form.options.table ?? ''
    }
    isNewRecord(): boolean {
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
        form.ajaxCalls.push({ processor: this.processor, params: { ...this.params }, answer: (answer) => form.running(() => callback(answer)) })
    }
}
