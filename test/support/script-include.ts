import * as glide from '../../emulator/glide/index.ts'
import { readBuiltApp } from '../../emulator/app/artifacts.ts'
import { ModuleLoader } from '../../emulator/app/modules.ts'
import type { AjaxCall } from '../../emulator/client/form.ts'
import { built, type BuiltFinder } from './dist.ts'

/**
 * Scoped script includes as a build ships them, run on the embedded instance with the platform's Class.create,
 * Object.extendsObject and global.AbstractAjaxProcessor, and a require() that resolves like the instance's
 * (ModuleLoader.scriptRequire: `./src/...` from the app's package folder).
 */

/** The built modules of the project at `root`, for scripts that require them. */
export function appModules(root: string): ModuleLoader {
    const app = readBuiltApp(root)
    return new ModuleLoader(app.modules, { '@servicenow/glide': glide }, app.packageRoot)
}

/** GlideAjax's processor base: its request's parameters, read with getParameter ("GlideAjax - Client"). */
function AbstractAjaxProcessor() {}
AbstractAjaxProcessor.prototype = {
    initialize(this: { request: Record<string, string> }, request: Record<string, string>) {
        this.request = request
    },
    getParameter(this: { request: Record<string, string> }, name: string): string | null {
        return this.request[name] ?? null
    },
}

const Class = {
    create: () =>
        function (this: { initialize?: (...args: unknown[]) => void }, ...args: unknown[]) {
            this.initialize?.(...args)
        },
}
const extendsObject = { extendsObject: (base: { prototype: object }, members: object) => Object.assign(Object.create(base.prototype), members) }

export type ScriptIncludeClass = new (...args: unknown[]) => Record<string, (...args: unknown[]) => unknown>

/** The class a built script include (by API name) defines. */
export function builtScriptInclude(apiName: string, loader: ModuleLoader, find: BuiltFinder = built): ScriptIncludeClass {
    const [include] = find('sys_script_include', { api_name: apiName })
    if (!include) throw new Error(`the build has no script include ${apiName}`)
    return new Function('Class', 'Object', 'global', 'require', `${include.fields.script}\nreturn ${include.fields.name};`)(
        Class,
        extendsObject,
        { AbstractAjaxProcessor },
        (path: string) => loader.scriptRequire(path),
    ) as ScriptIncludeClass
}

/**
 * Answers a GlideAjax request the form made, as the instance's AJAX processor does for a request it runs: a new
 * processor with the request's parameters, its `sysparm_name` method's return value as the answer. The form decides
 * whether the request is answered at all (its ACL policy); a refused request gets null either way.
 */
export function answerAjax(call: AjaxCall, loader: ModuleLoader, find: BuiltFinder = built): void {
    const Processor = builtScriptInclude(call.processor, loader, find)
    const processor = new Processor(call.params)
    const method = call.params.sysparm_name
    const answer = call.answered ? processor[method]() : null
    call.answer(answer === null || answer === undefined ? null : String(answer))
}
