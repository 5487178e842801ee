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
 * Whether the instance runs a GlideAjax request for a user with these roles ("Script includes", Glide AJAX enabled:
 * "require that users satisfy an ACL associated with the script include"; "ACL rule types": the base system has no
 * ACL for them, and no wild-card one). A scoped client script names the include by its API name. An ACL with roles
 * passes a user with any of them; admin passes when the ACL lets admin override.
 */
export function ajaxVerdict(policy: AjaxPolicy, processor: string, roles: ReadonlySet<string>): AjaxVerdict {
    const include = policy.includes.find((candidate) => candidate.apiName === processor)
    if (!include) return { answered: false, reason: `no script include has the API name "${processor}"` }
    if (!include.active) return { answered: false, reason: `script include ${processor} is inactive` }
    if (!include.clientCallable) return { answered: false, reason: `script include ${processor} is not client callable` }
    const acls = policy.acls.filter((acl) => acl.active && acl.operation === 'execute' && (acl.name === include.apiName || acl.name === '*'))
    if (!acls.length) return { answered: false, reason: `no client_callable_script_include ACL for ${processor}` }
    const denied = acls.find((acl) => !(acl.roles.some((role) => roles.has(role)) || (acl.adminOverrides && roles.has('admin'))))
    if (denied) return { answered: false, reason: `execute on ${processor} needs one of the roles ${denied.roles.join(', ')}` }
    return { answered: true }
}
