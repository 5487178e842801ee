import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const ROOT = join(__dirname, '..', '..')
export const DEMO = join(ROOT, 'replay', 'demo')

export interface CliRun {
    status: number | null
    stdout: string
    stderr: string
}

export function runCli(args: string[]): CliRun {
    // What `npm run replay` runs: the bundled replay.
    const run = spawnSync(process.execPath, ['scripts/replay.mjs', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
    })
    return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

export function replayJson(dir: string): Record<string, unknown>[] {
    const run = runCli([dir, '--json'])
    if (run.status !== 0) throw new Error(`replay failed (${run.status}): ${run.stderr}`)
    return JSON.parse(run.stdout)
}

/** A copy of the demo snapshot in a temp folder, with some files replaced. */
export function demoVariant(changes: Record<string, unknown | string | null> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'itpartner-replay-test-'))
    cpSync(DEMO, dir, { recursive: true })
    for (const [file, content] of Object.entries(changes)) {
        if (content === null) rmSync(join(dir, file))
        else writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content))
    }
    return dir
}

export function demoTable(table: string): Record<string, unknown>[] {
    return JSON.parse(readFileSync(join(DEMO, `${table}.json`), 'utf8')).result
}

export function demoEvents(): Record<string, unknown>[] {
    return JSON.parse(readFileSync(join(DEMO, 'events.json'), 'utf8'))
}
