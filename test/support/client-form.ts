import type { AjaxPolicy } from '../../emulator/client/ajax.ts'
import { ClientScript, type ClientForm, type ClientScriptSource, type FormOptions } from '../../emulator/client/form.ts'
import { built, referenceName } from './dist.ts'

export type { FormOptions } from '../../emulator/client/form.ts'

/** The script includes and client_callable_script_include ACLs dist/app installs: what answers GlideAjax. */
export function builtAjaxPolicy(): AjaxPolicy {
    const update = (table: string) => built(table).filter((record) => record.folder === 'update')
    const roles = update('sys_security_acl_role')
    return {
        includes: update('sys_script_include').map(({ fields }) => ({
            name: fields.name,
            apiName: fields.api_name,
            clientCallable: fields.client_callable === 'true',
            active: fields.active === 'true',
        })),
        acls: update('sys_security_acl')
            .filter(({ fields }) => fields.type === 'client_callable_script_include')
            .map(({ fields }) => ({
                name: fields.name,
                operation: fields.operation,
                roles: roles.filter((role) => role.fields.sys_security_acl === fields.sys_id).map((role) => referenceName(role, 'sys_user_role')),
                adminOverrides: fields.admin_overrides === 'true',
                active: fields.active === 'true',
            })),
    }
}

/**
 * A built classic client script, compiled for the embedded client, with the record's fields for artifact checks.
 * Its forms know dist/app's script includes and ACLs unless the options bring their own.
 */
export function builtClientScript(name: string): ClientScript & { fields: Record<string, string> } {
    const [record] = built('sys_script_client', { name })
    if (!record) throw new Error(`no sys_script_client "${name}" in dist/app`)
    const source: ClientScriptSource = {
        name,
        script: record.fields.script,
        messages: record.fields.messages.split('\n').filter((line) => line.length > 0),
    }
    const script = new ClientScript(source)
    const policy = builtAjaxPolicy()
    const open = script.open.bind(script)
    script.open = (options: FormOptions = {}): ClientForm => open({ ajax: policy, ...options })
    return Object.assign(script, { fields: record.fields })
}
