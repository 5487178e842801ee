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
 * GlideAjax. No DOM: a script that touches document/window fails, as it would in Workspace.
 */
export class OnLoadScript {
    private readonly runner: Runner

    constructor(
        readonly name: string,
        script: string,
    ) {
        const context = vm.createContext({ console })
        this.runner = new vm.Script(
            `(function (g_form, g_scratchpad, g_user, getMessage, GlideAjax, g_i18n) {${script}\n;if (typeof onLoad === 'function') onLoad();\n})`,
            { filename: `sys_script_client:${name}` },
        ).runInContext(context) as Runner
    }

    run(form: FormContext): FormOutput {
        const output: FormOutput = { info: [], error: [], decorations: [], fieldMessages: [], ajaxCalls: 0 }
        const g_form = fakeForm(form, output)
        const g_user = {
            userName: 'replay.agent',
            userID: 'replay-itil-agent',
            hasRole: (role: string) => form.roles.includes(role) || form.roles.includes('admin'),
            hasRoleExactly: (role: string) => form.roles.includes(role),
            hasRoles: () => form.roles.length > 0,
        }
        class GlideAjax {
            constructor(readonly processor: string) {
                output.ajaxCalls++
            }
            addParam() {}
            getXMLAnswer() {}
            getXML() {}
        }
        const getMessage = (key: string, arg?: unknown) => {
            const text = format(key, arg)
            if (typeof arg === 'function') {
                ;(arg as (text: string) => void)(key)
                return undefined
            }
            return text
        }
        const g_i18n = { getMessage, format: (text: string, ...args: unknown[]) => format(text, args) }
        this.runner(g_form, form.scratchpad, g_user, getMessage, GlideAjax, g_i18n)
        return output
    }
}

function format(text: string, arg: unknown): string {
    const args = Array.isArray(arg) ? arg : arg === undefined || typeof arg === 'function' ? [] : [arg]
    return String(text).replace(/\{(\d+)\}/g, (whole, index) => (Number(index) < args.length ? String(args[Number(index)]) : whole))
}

function fakeForm(form: FormContext, output: FormOutput): Record<string, unknown> {
    const values = { ...form.values }
    const known: Record<string, unknown> = {
        addInfoMessage: (message: unknown) => output.info.push(String(message)),
        addErrorMessage: (message: unknown) => output.error.push(String(message)),
        clearMessages: () => {
            output.info.length = 0
            output.error.length = 0
        },
        addDecoration: (field: string, icon: string, title: string) => output.decorations.push({ field, icon, title }),
        removeDecoration: () => {},
        showFieldMsg: (field: string, message: string, type = 'info') => output.fieldMessages.push({ field, message, type }),
        hideFieldMsg: () => {},
        getValue: (field: string) => values[field] ?? '',
        setValue: (field: string, value: unknown) => {
            values[field] = String(value ?? '')
        },
        getTableName: () => form.table,
        getUniqueValue: () => form.sysId,
        isNewRecord: () => false,
    }
    return new Proxy(known, { get: (target, key: string) => (key in target ? target[key] : () => undefined) })
}
