/**
 * An app's script includes, run as the platform runs them: classic scripts that define a class with `Class.create()`
 * (and `Object.extendsObject(base, members)` for subclasses), see the Glide globals and the `global` namespace, and
 * reach the app's modules through `require(path)` ("Script includes", ServiceNow docs, Xanadu to Zurich).
 */
import vm from 'node:vm'
import type { XmlRecord } from './artifacts.ts'
import type { ModuleLoader } from './modules.ts'

type Constructor = new (...args: unknown[]) => Record<string, unknown>

/** The platform's Class.create(): a constructor that calls the prototype's initialize() with its arguments. */
const Class = {
    create(): Constructor {
        return function (this: { initialize?: (...args: unknown[]) => void }, ...args: unknown[]) {
            this.initialize?.(...args)
        } as unknown as Constructor
    },
}

/** The platform's Object.extendsObject(base, members): the base class's prototype with the members added. */
function extendsObject(base: { prototype: object }, members: object): object {
    return Object.assign(Object.create(base.prototype), members)
}

/** `Object` as a script include sees it: the language's own, plus extendsObject. */
const ObjectWithExtends = new Proxy(Object, {
    get: (target, property, receiver) => (property === 'extendsObject' ? extendsObject : Reflect.get(target, property, receiver)),
})

export class ScriptIncludes {
    readonly #byApiName = new Map<string, XmlRecord>()
    readonly #classes = new Map<string, Constructor>()

    /**
     * `globals`: what every script sees (gs, GlideRecord, ...); `global`: the global scope's script includes a scoped
     * script reaches as `global.<name>`.
     */
    constructor(
        includes: readonly XmlRecord[],
        private readonly loader: ModuleLoader,
        private readonly globals: Record<string, unknown>,
        private readonly global: object,
    ) {
        for (const include of includes) if (include.active !== 'false' && include.api_name) this.#byApiName.set(include.api_name, include)
    }

    /** The API names (`<scope>.<name>`) of the active includes. */
    apiNames(): string[] {
        return [...this.#byApiName.keys()]
    }

    /** The class an active include defines, by its API name; its script runs once. */
    get(apiName: string): Constructor {
        let defined = this.#classes.get(apiName)
        if (!defined) {
            const include = this.#byApiName.get(apiName)
            if (!include) throw new Error(`no active script include ${apiName} in dist/app`)
            const names = ['Class', 'Object', 'global', 'require', ...Object.keys(this.globals)]
            const run = vm.runInThisContext(`(function (${names.join(', ')}) {${include.script ?? ''}\nreturn ${include.name};\n})`, {
                filename: `sys_script_include ${apiName}`,
            }) as (...values: unknown[]) => Constructor
            defined = run(Class, ObjectWithExtends, this.global, (path: string) => this.loader.scriptRequire(path), ...Object.values(this.globals))
            this.#classes.set(apiName, defined)
        }
        return defined
    }
}
