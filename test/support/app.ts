/**
 * This app on the embedded instance, as dist/app describes it (the jest globalSetup builds dist/app): its tables,
 * columns and scope. Tests that run the app's code on a bare instance start from here, never from hand copies.
 */
import { existsSync } from 'node:fs'
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

/** dist/app as the emulator reads it, read once per test file. */
export function builtApp(): BuiltApp {
    app ??= readBuiltApp(builtAppRoot())
    return app
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
