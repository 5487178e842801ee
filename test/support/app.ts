/**
 * This app on the embedded instance, as dist/app describes it (the jest globalSetup builds dist/app): its tables,
 * columns and scope. Tests that run the app's code on a bare instance start from here, never from hand copies.
 */
import { join } from 'node:path'
import { readBuiltApp, type BuiltApp } from '../../emulator/app/artifacts.ts'
import { installApp } from '../../emulator/app/install.ts'
import { Instance, type InstanceOptions } from '../../emulator/glide/index.ts'

export const ROOT = join(__dirname, '..', '..')

let app: BuiltApp | null = null

/** dist/app as the emulator reads it, read once per test file. */
export function builtApp(): BuiltApp {
    app ??= readBuiltApp(ROOT)
    return app
}

/** A fresh instance with the app installed (not activated): app code runs in the app's scope. */
export function appInstance(options: InstanceOptions = {}): Instance {
    const instance = new Instance(undefined, options)
    installApp(instance, builtApp())
    return instance
}
