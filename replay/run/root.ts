import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The project folder: the nearest folder above `from` with the project's now.config.json. Found rather than fixed
 * relative to a module, because the replay runs both as modules under replay/ (tests) and bundled in build/replay
 * (scripts/replay.mjs), where every module has the bundle's folder.
 */
export function projectRoot(from: string): string {
    for (let dir = from; ; dir = dirname(dir)) {
        if (existsSync(join(dir, 'now.config.json')) && existsSync(join(dir, 'package.json'))) return dir
        if (dirname(dir) === dir) throw new Error(`replay: no project folder (with now.config.json) above ${from}`)
    }
}

export const ROOT = projectRoot(__dirname)
