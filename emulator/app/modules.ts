import { posix } from 'node:path'
import vm from 'node:vm'
import { transformSync } from 'esbuild'

type Exports = Record<string, unknown>

/**
 * Runs the built sys_module records: ESM content transpiled to CommonJS, relative specifiers resolved against the
 * module's own path (as the platform does), '@servicenow/glide' mapped to the embedded Glide implementation.
 * `packageRoot` is the app's package folder (`<scope>/<package>/<version>`, the folder of sys_app.package_json), which
 * a script's relative require() starts from (scriptRequire).
 */
export class ModuleLoader {
    private readonly cache = new Map<string, Exports>()

    constructor(
        private readonly modules: Map<string, string>,
        private readonly builtins: Record<string, unknown>,
        private readonly packageRoot = '',
    ) {}

    /** The built modules' paths. */
    paths(): Iterable<string> {
        return this.modules.keys()
    }

    require(path: string): Exports {
        const resolved = this.resolve(path)
        const cached = this.cache.get(resolved)
        if (cached) return cached
        const source = this.modules.get(resolved)!
        const module = { exports: {} as Exports }
        this.cache.set(resolved, module.exports)
        // esbuild rather than TypeScript's transpileModule: the same ESM-to-CommonJS step, several times faster (measured).
        const { code: outputText } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'es2022', sourcefile: resolved })
        const wrapper = vm.runInThisContext(`(function (exports, require, module) {${outputText}\n})`, { filename: resolved })
        const localRequire = (specifier: string) => {
            if (specifier in this.builtins) return this.builtins[specifier]
            if (specifier.startsWith('.')) return this.require(posix.join(posix.dirname(resolved), specifier))
            return this.require(specifier)
        }
        wrapper(module.exports, localRequire, module)
        this.cache.set(resolved, module.exports)
        return module.exports
    }

    /**
     * require() as a script that is not a module calls it (script include, scheduled job, ATF step): `./path` starts
     * at the app's package folder, any other specifier is a module's full path. The SDK documents both forms and
     * writes the full path itself only for functions a Fluent file imports (`now-sdk explain script-include-guide`,
     * "Bridging Modules Through Script Includes": the wrapper's require('./...') "resolves to that bundled output";
     * `now-sdk explain javascript-compatibility-guide`, "Module System": business rules, scheduled scripts and other
     * server scripts use require('./path/to/module')). A `../` path would leave the package: refused.
     */
    scriptRequire(specifier: string): Exports {
        if (specifier in this.builtins) return this.builtins[specifier] as Exports
        if (specifier.startsWith('../')) throw new Error(`a script's require() cannot leave the app's package: ${specifier}`)
        if (!specifier.startsWith('./')) return this.require(specifier)
        if (!this.packageRoot) throw new Error(`no package folder to resolve ${specifier} against (sys_app.package_json)`)
        return this.require(posix.join(this.packageRoot, specifier))
    }

    private resolve(path: string): string {
        for (const candidate of [path, `${path}.ts`, `${path}.js`, `${path}/index.ts`, `${path}/index.js`]) {
            if (this.modules.has(candidate)) return candidate
        }
        throw new Error(`module not found in dist/app sys_module records: ${path}`)
    }
}

export type RuleFunction = (current: unknown, previous: unknown, scratchpad: unknown) => void

const STUB = /const\s*\{\s*([\w\s,:]+?)\s*\}\s*=\s*require\(\s*(['"])(.+?)\2\s*\)\s*;?\s*(\w+)\s*\(([^)]*)\)\s*;?/

/**
 * A business rule's script condition ("Condition" field, sys_script.condition): a JavaScript expression the platform
 * evaluates before the rule and runs the rule only when it is true ("Classic Business rules", ServiceNow docs). Here it
 * sees `current` and the embedded Glide's globals (gs, ...); an empty condition always holds. A condition that reads
 * `previous` is refused at load, since the engine's condition check has no previous record.
 */
export function compileCondition(condition: string, globals: Record<string, unknown>): (current: unknown) => boolean {
    if (!condition.trim()) return () => true
    if (/\bprevious\b/.test(condition)) throw new Error(`business rule condition reads previous, which the emulator does not evaluate: ${condition}`)
    const names = Object.keys(globals)
    // The globals are bound once: the condition runs for every save.
    const bind = vm.runInThisContext(`(function (${names.join(', ')}) { return function (current) { return (${condition}\n) } })`) as (
        ...values: unknown[]
    ) => (current: unknown) => unknown
    const evaluate = bind(...names.map((name) => globals[name]))
    return (current) => evaluate(current) === true
}

/**
 * Turns a business rule's script into a callable. The SDK's module stub (`const { fn } = require('path');
 * fn(current, previous[, g_scratchpad]);`) calls the built module; any other script runs as a classic script with
 * the Glide globals.
 */
export function compileRuleScript(script: string, loader: ModuleLoader, globals: Record<string, unknown>): RuleFunction {
    const stub = STUB.exec(script)
    if (stub) {
        const [, names, , path, called, args] = stub
        const bound = names.split(',').map((part) => part.split(':').map((s) => s.trim()))
        const exported = bound.find(([name, alias]) => (alias ?? name) === called)?.[0] ?? called
        const params = args.split(',').map((arg) => arg.trim()).filter(Boolean)
        // Each parameter's position among (current, previous, g_scratchpad), resolved once: the rule runs for every save.
        const positions = params.map((param) => ['current', 'previous', 'g_scratchpad'].indexOf(param))
        let fn: ((...values: unknown[]) => void) | null = null
        return (current, previous, scratchpad) => {
            if (!fn) {
                const exports = loader.require(path)
                fn = exports[exported] as (...values: unknown[]) => void
                if (typeof fn !== 'function') throw new Error(`${path} does not export a function ${exported}`)
            }
            const values = [current, previous, scratchpad]
            if (positions.length === 2) fn(values[positions[0]], values[positions[1]])
            else if (positions.length === 3) fn(values[positions[0]], values[positions[1]], values[positions[2]])
            else fn(...positions.map((at) => values[at]))
        }
    }
    const names = Object.keys(globals)
    const classic = vm.runInThisContext(
        `(function (current, previous, g_scratchpad, ${names.join(', ')}) {${script}\n})`,
    ) as (...values: unknown[]) => void
    return (current, previous, scratchpad) => classic(current, previous, scratchpad, ...names.map((name) => globals[name]))
}
