/** A script include as dist/app ships it (sys_script_include). */
export interface AjaxInclude {
    name: string
    apiName: string
    clientCallable: boolean
    active: boolean
}

/** A client_callable_script_include ACL (sys_security_acl with its sys_security_acl_role rows). */
export interface AjaxAcl {
    name: string
    operation: string
    roles: string[]
    adminOverrides: boolean
    active: boolean
}

/** What the instance knows when a GlideAjax request arrives: the script includes and their ACLs. */
export interface AjaxPolicy {
    includes: AjaxInclude[]
    acls: AjaxAcl[]
}

export type AjaxVerdict = { answered: true } | { answered: false; reason: string }

/**
 * Whether the instance runs a GlideAjax request for a user with these roles. The client names the include by its API
 * name (`x_acme_app.MyAjax`); the ACL rules are matched by the object's name, the script include's
 * Name field (`MyAjax`): instance exports of scoped apps store it so. "Exploring Access Control Lists",
 * "ACL matching requirements for objects" (Xanadu to Zurich): for client-callable script includes the user must meet
 * every wild-card (`*`) rule and the first rule that matches the object's name, each "if any ACL rule exists for the
 * operation"; "ACL rule types": such rules "honor the STAR (*) rule if they cannot find a more specific ACL" and the
 * base system has none. So an include no rule names, with no `*` rule, answers every logged-in user. An ACL with
 * roles passes a user with any of them; admin passes when the ACL lets admin override.
 */
export function ajaxVerdict(policy: AjaxPolicy, processor: string, roles: ReadonlySet<string>): AjaxVerdict {
    const include = policy.includes.find((candidate) => candidate.apiName === processor)
    if (!include) return { answered: false, reason: `no script include has the API name "${processor}"` }
    if (!include.active) return { answered: false, reason: `script include ${processor} is inactive` }
    if (!include.clientCallable) return { answered: false, reason: `script include ${processor} is not client callable` }
    const execute = policy.acls.filter((acl) => acl.active && acl.operation === 'execute')
    const named = execute.find((acl) => acl.name === include.name)
    const acls = [...execute.filter((acl) => acl.name === '*'), ...(named ? [named] : [])]
    const denied = acls.find((acl) => !(acl.roles.some((role) => roles.has(role)) || (acl.adminOverrides && roles.has('admin'))))
    if (denied) return { answered: false, reason: `execute on ${include.name} (ACL "${denied.name}") needs one of the roles ${denied.roles.join(', ')}` }
    return { answered: true }
}
