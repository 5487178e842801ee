import { ClientScript, type ClientScriptSource } from '../../replay/client/form.ts'
import { built } from './dist.ts'

export type { FormOptions } from '../../replay/client/form.ts'

/** A built classic client script, compiled for the embedded client, with the record's fields for artifact checks. */
export function builtClientScript(name: string): ClientScript & { fields: Record<string, string> } {
    const [record] = built('sys_script_client', { name })
    if (!record) throw new Error(`no sys_script_client "${name}" in dist/app`)
    const source: ClientScriptSource = {
        name,
        script: record.fields.script,
        messages: record.fields.messages.split('\n').filter((line) => line.length > 0),
    }
    return Object.assign(new ClientScript(source), { fields: record.fields })
}
