import * as glide from '../../emulator/glide/index.ts'
import { readBuiltApp } from '../../emulator/app/artifacts.ts'
import { ModuleLoader } from '../../emulator/app/modules.ts'
import { ScriptIncludes } from '../../emulator/app/script-includes.ts'
import type { AjaxCall } from '../../emulator/client/form.ts'
import { built, type BuiltFinder } from './dist.ts'

/**
 * Scoped script includes as a build ships them, run by the emulator (emulator/app/script-includes.ts) on the active
 * instance: `global` checked from the app's scope, require() resolved like the instance's (`./src/...` from the app's
 * package folder).
 */

/** The built modules of the project at `root`, for scripts that require them. */
export function appModules(root: string): ModuleLoader {
    const app = readBuiltApp(root)
    return new ModuleLoader(app.modules, { '@servicenow/glide': glide }, app.packageRoot)
}

export type ScriptIncludeClass = new (...args: unknown[]) => Record<string, (...args: unknown[]) => unknown>

/** The class a built script include (by API name) defines. */
export function builtScriptInclude(apiName: string, loader: ModuleLoader, find: BuiltFinder = built): ScriptIncludeClass {
    const includes = find('sys_script_include').map((record) => record.fields)
    return new ScriptIncludes(includes, loader, { ...glide }, glide.globalScope(glide.Instance.active())).get(apiName) as unknown as ScriptIncludeClass
}

/** A GlideAjax request with these sysparm_ parameters, as a processor reads it. */
export function ajaxRequest(params: Record<string, string>): glide.AjaxRequest {
    return { getParameter: (name: string) => params[name] ?? null }
}

/**
 * Answers a GlideAjax request the form made, as the instance's AJAX processor does for a request it runs: a new
 * processor with the request's parameters, its `sysparm_name` method's return value as the answer. The form decides
 * whether the request is answered at all (its ACL policy); a refused request gets null either way.
 */
export function answerAjax(call: AjaxCall, loader: ModuleLoader, find: BuiltFinder = built): void {
    const Processor = builtScriptInclude(call.processor, loader, find)
    const processor = new Processor(ajaxRequest(call.params))
    const method = call.params.sysparm_name
    const answer = call.answered ? processor[method]() : null
    call.answer(answer === null || answer === undefined ? null : String(answer))
}
