import vm from 'node:vm'

/** What an onLoad client script did on the fake form. */
export interface FormOutput {
    info: string[]
    error: string[]
    decorations: { field: string; icon: string; title: string }[]
    fieldMessages: { field: string; message: string; type: string }[]
    ajaxCalls: number
}

export interface FormContext {
    table: string
    sysId: string
    values: Record<string, string>
    scratchpad: Record<string, unknown>
    roles: string[]
}

type Runner = (...args: unknown[]) => void

/**
 * Runs a compiled classic onLoad client script in node:vm with a fake g_form, g_scratchpad, g_user, getMessage and
 * GlideAjax. No DOM: a script that touches document/window fails, as it would in Workspace. The fakes are made once
 * and read the form being run, since the replay runs the script once per event.
 */
export class OnLoadScript {
    private readonly runner: Runner
    private form: FormContext = { table: '', sysId: '', values: {}, scratchpad: {}, roles: [] }
    private values: Record<string, string> = {}
    private output: FormOutput = emptyOutput()
    private readonly fakes: unknown[]

    constructor(
        readonly name: string,
        script: string,
    ) {
        const context = vm.createContext({ console })
        this.runner = new vm.Script(
            `(function (g_form, g_scratchpad, g_user, getMessage, GlideAjax, g_i18n) {${script}\n;if (typeof onLoad === 'function') onLoad();\n})`,
            { filename: `sys_script_client:${name}` },
        ).runInContext(context) as Runner
        this.fakes = this.makeFakes()
    }

    run(form: FormContext): FormOutput {
        this.form = form
        this.values = { ...form.values }
        this.output = emptyOutput()
        const [g_form, g_user, getMessage, GlideAjax, g_i18n] = this.fakes
        this.runner(g_form, form.scratchpad, g_user, getMessage, GlideAjax, g_i18n)
        return this.output
    }

    private makeFakes(): unknown[] {
        const hasRole = (role: string) => this.form.roles.includes(role)
        const g_user = {
            userName: 'replay.agent',
            userID: 'replay-itil-agent',
            hasRole: (role: string) => hasRole(role) || hasRole('admin'),
            hasRoleExactly: hasRole,
            hasRoles: () => this.form.roles.length > 0,
        }
        const countCall = () => this.output.ajaxCalls++
        class GlideAjax {
            constructor(readonly processor: string) {
                countCall()
            }
            addParam() {}
            getXMLAnswer() {}
            getXML() {}
        }
        const getMessage = (key: string, arg?: unknown) => {
            if (typeof arg === 'function') {
                ;(arg as (text: string) => void)(key)
                return undefined
            }
            return format(key, arg)
        }
        const g_i18n = { getMessage, format: (text: string, ...args: unknown[]) => format(text, args) }
        const known: Record<string, unknown> = {
            addInfoMessage: (message: unknown) => this.output.info.push(String(message)),
            addErrorMessage: (message: unknown) => this.output.error.push(String(message)),
            clearMessages: () => {
                this.output.info.length = 0
                this.output.error.length = 0
            },
            addDecoration: (field: string, icon: string, title: string) => this.output.decorations.push({ field, icon, title }),
            removeDecoration: () => {},
            showFieldMsg: (field: string, message: string, type = 'info') => this.output.fieldMessages.push({ field, message, type }),
            hideFieldMsg: () => {},
            getValue: (field: string) => this.values[field] ?? '',
            setValue: (field: string, value: unknown) => {
                this.values[field] = String(value ?? '')
            },
            getTableName: () => this.form.table,
            getUniqueValue: () => this.form.sysId,
            isNewRecord: () => false,
        }
        const g_form = new Proxy(known, { get: (target, key: string) => (key in target ? target[key] : () => undefined) })
        return [g_form, g_user, getMessage, GlideAjax, g_i18n]
    }
}

function emptyOutput(): FormOutput {
    return { info: [], error: [], decorations: [], fieldMessages: [], ajaxCalls: 0 }
}

function format(text: string, arg: unknown): string {
    const args = Array.isArray(arg) ? arg : arg === undefined || typeof arg === 'function' ? [] : [arg]
    return String(text).replace(/\{(\d+)\}/g, (whole, index) => (Number(index) < args.length ? String(args[Number(index)]) : whole))
}
