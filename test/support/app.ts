/**
 * This app on the embedded instance, as dist/app describes it (the jest globalSetup builds dist/app): its tables,
 * columns and scope. Tests that run the app's code on a bare instance start from here, never from hand copies.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { readBuiltApp, type BuiltApp } from '../../emulator/app/artifacts.ts'
import { installApp } from '../../emulator/app/install.ts'
import { Instance, type InstanceOptions } from '../../emulator/glide/index.ts'

export const ROOT = join(__dirname, '..', '..')

let app: BuiltApp | null = null

/**
 * The project whose dist/app describes the app: this checkout, or, for a copy of it made inside the project without
 * dist/ (Stryker's sandbox under .stryker-tmp/), the project around it, whose dist/app a mutant of src/ does not change.
 */
export function builtAppRoot(from: string = ROOT): string {
    for (let dir = from; ; dir = dirname(dir)) {
        if (existsSync(join(dir, 'dist', 'app', 'scope'))) return dir
        if (dirname(dir) === dir) throw new Error(`no dist/app in ${from} or above it: run npm run build`)
    }
}

/**
 * dist/app as the emulator reads it. Every jest test file starts with fresh modules, and reading the 750 XML files
 * took about 150 ms a file, most of a rules test file's cost and of each mutant's run under Stryker; so the result is
 * kept as JSON in the OS temp folder, under a key that changes with every build (the files' count, sizes and times).
 */
export function builtApp(): BuiltApp {
    if (app) return app
    const root = builtAppRoot()
    const cache = join(tmpdir(), `itpartner-built-app-${buildKey(join(root, 'dist', 'app'))}.json`)
    if (existsSync(cache)) {
        const stored = JSON.parse(readFileSync(cache, 'utf8'))
        app = { ...stored, modules: new Map(stored.modules), noWebServiceAccess: new Set(stored.noWebServiceAccess) } as BuiltApp
        return app
    }
    app = readBuiltApp(root)
    // Written whole, then renamed: test files that start together never read half a file.
    const partial = `${cache}.${process.pid}`
    writeFileSync(partial, JSON.stringify({ ...app, modules: [...app.modules], noWebServiceAccess: [...app.noWebServiceAccess] }))
    renameSync(partial, cache)
    return app
}

/** A key of one build of a dist/app folder: its path and every file's name, size and modification time. */
function buildKey(dist: string): string {
    const hash = createHash('sha256').update(dist)
    const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const path = join(dir, entry.name)
            if (entry.isDirectory()) walk(path)
            else {
                const { size, mtimeMs } = statSync(path)
                hash.update(`${path}\0${size}\0${mtimeMs}\n`)
            }
        }
    }
    walk(dist)
    return hash.digest('hex').slice(0, 16)
}

/**
 * The target instance as docs/install.md asks the admin to set it: incident accessible from all application scopes,
 * Can read and Can update. The emulator's platform tables are otherwise read-only to other scopes.
 */
export function prepareTarget(instance: Instance): void {
    instance.schema.define('incident', { access: { accessibleFrom: 'public', read: true, update: true } })
}

/**
 * A fresh instance (not activated) prepared as docs/install.md says, with the app installed (this project's build, or
 * `app`): app code runs in the app's scope, under the Enforcing cross-scope mode with the hardened property unless
 * `options` loosen it.
 */
export function appInstance(options: InstanceOptions = {}, app: BuiltApp = builtApp()): Instance {
    const instance = new Instance(undefined, options)
    prepareTarget(instance)
    installApp(instance, app)
    return instance
}

/** Runs `fn` as code of `scope` on the active instance (a background script run in that scope, another app's rule). */
export function asScope<T>(scope: string, fn: () => T): T {
    const instance = Instance.active()
    const calling = instance.callingScope
    instance.callingScope = scope
    try {
        return fn()
    } finally {
        instance.callingScope = calling
    }
}

/** Runs `fn` as global code on the active instance. */
export function asGlobal<T>(fn: () => T): T {
    return asScope('global', fn)
}
