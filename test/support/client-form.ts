import vm from 'node:vm'
import type { Banner } from '../../src/server/core/banner.ts'
import { built } from './dist.ts'

/** A built classic client script: its code and its `messages` field, as dist/app ships them. */
export interface BuiltClientScript {
    script: string
    messages: string[]
    fields: Record<string, string>
}

export function builtClientScript(name: string): BuiltClientScript {
    const [record] = built('sys_script_client', { name })
    if (!record) throw new Error(`no sys_script_client "${name}" in dist/app`)
    return {
        script: record.fields.script,
        messages: record.fields.messages.split('\n').filter((line) => line.length > 0),
        fields: record.fields,
    }
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
    scratchpad?: { itPartner?: Banner | null }
    values?: Record<string, string>
    isNew?: boolean
    sysId?: string
}

/**
 * A form as a classic client script sees it: fake g_form, g_user, g_scratchpad, GlideAjax and getMessage in a
 * node:vm context. getMessage knows only the keys the client script lists (as the platform preloads them) and
 * records any other key it is asked for.
 */
export class FakeForm {
    readonly messages: string[] = []
    readonly decorations: Decoration[] = []
    readonly ajaxCalls: AjaxCall[] = []
    readonly unlistedMessages: string[] = []
    readonly scratchpad: { itPartner?: Banner | null }
    readonly values: Record<string, string>
    clearCount = 0
    private readonly context: vm.Context

    constructor(client: BuiltClientScript, options: FormOptions = {}) {
        const roles = new Set(options.roles ?? [])
        const { messages, decorations, ajaxCalls, unlistedMessages } = this
        this.scratchpad = options.scratchpad ?? {}
        this.values = { ...(options.values ?? {}) }
        const g_form = {
            getValue: (field: string) => this.values[field] ?? '',
            getUniqueValue: () => options.sysId ?? '',
            isNewRecord: () => !!options.isNew,
            addInfoMessage: (message: string) => messages.push(message),
            clearMessages: () => {
                this.clearCount++
                messages.length = 0
            },
            addDecoration: (field: string, icon: string, title: string) => decorations.push({ field, icon, title }),
            removeDecoration: (field: string, icon: string, title: string) => {
                const at = decorations.findIndex((d) => d.field === field && d.icon === icon && d.title === title)
                if (at >= 0) decorations.splice(at, 1)
            },
        }
        const g_user = { hasRole: (role: string) => roles.has(role) || roles.has('admin') }
        class GlideAjax {
            private readonly params: Record<string, string> = {}
            constructor(private readonly processor: string) {}
            addParam(name: string, value: string) {
                this.params[name] = value
            }
            getXMLAnswer(callback: (answer: string | null) => void) {
                ajaxCalls.push({ processor: this.processor, params: { ...this.params }, answer: callback })
            }
        }
        const listed = new Set(client.messages)
        const getMessage = (key: string) => {
            if (!listed.has(key)) unlistedMessages.push(key)
            return key
        }
        this.context = vm.createContext({ g_form, g_user, g_scratchpad: this.scratchpad, GlideAjax, getMessage })
        vm.runInContext(client.script, this.context, { filename: client.fields.name })
    }

    onLoad(): void {
        this.call('onLoad')
    }

    /** The platform's onChange call; the form value changes first. */
    changeCaller(newValue: string, isLoading = false): void {
        const oldValue = this.values.caller_id ?? ''
        this.values.caller_id = newValue
        this.call('onChange', null, oldValue, newValue, isLoading)
    }

    private call(name: string, ...args: unknown[]): void {
        const fn = this.context[name]
        if (typeof fn !== 'function') throw new Error(`the client script defines no ${name}()`)
        fn(...args)
    }
}
