/**
 * Whether this project's dist/app is as new as its sources, and `npm run build` when it is not: the replay and the
 * tests run the built app, never the sources.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Newest modification time under a path (files only); 0 when it does not exist. */
export function newestMtime(path: string, skip: (name: string) => boolean = () => false): number {
    if (!existsSync(path)) return 0
    const stat = statSync(path)
    if (!stat.isDirectory()) return stat.mtimeMs
    let newest = 0
    for (const name of readdirSync(path)) {
        if (skip(name)) continue
        newest = Math.max(newest, newestMtime(join(path, name), skip))
    }
    return newest
}

/** True when dist/app is missing or older than any file under src/ or package.json. */
export function isStale(root: string): boolean {
    const app = newestMtime(join(root, 'dist', 'app'))
    if (!app) return true
    // The build may leave unchanged XML files alone, so a successful replay-triggered build also leaves a stamp.
    const built = Math.max(app, newestMtime(join(root, 'dist', STAMP)))
    // src/fluent/generated/keys.ts is rewritten by the build itself.
    const sources = Math.max(newestMtime(join(root, 'src'), (name) => name === 'generated'), newestMtime(join(root, 'package.json')))
    return sources > built
}

const STAMP = '.replay-build-stamp'

/** Builds with `npm run build` when stale; build output goes to stderr so --json stays one array on stdout. */
export function ensureBuilt(root: string, log: (line: string) => void = (line) => process.stderr.write(line + '\n')): void {
    if (!isStale(root)) return
    log('replay: dist/app is missing or older than the sources; running npm run build ...')
    const run = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] })
    if (run.status !== 0) throw new Error(`npm run build failed (exit code ${run.status}); the replay needs dist/app`)
    writeFileSync(join(root, 'dist', STAMP), new Date().toISOString() + '\n')
}
