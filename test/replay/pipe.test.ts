/** Output that never crashes: a slow reader, a reader that closes early, --out of many chunks. */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FULL_SIZE, generateSnapshot } from '../../scripts/bench/snapshot.ts'
import { CHUNK } from '../../replay/report/output.ts'
import { prepareReplay } from '../../replay/run/prepare.ts'
import { ROOT, runCli } from './helpers.ts'

jest.setTimeout(900_000)

const EVENTS = 100_000
let work: string
let snapshot: string

/** A reader that starts 2 seconds late, then parses all of stdin and prints the array's length. */
const SLOW_READER = `setTimeout(() => {
  const chunks = []
  process.stdin.on('data', (chunk) => chunks.push(chunk))
  process.stdin.on('end', () => console.log(JSON.parse(Buffer.concat(chunks).toString('utf8')).length))
}, 2000)`

/**
 * Makes the stdout pipe non-blocking, as a Node parent (npm, tsx) does once it opens its stdout as a stream, then runs
 * the command on it: a synchronous write then fails with EAGAIN whenever the reader is behind.
 */
const NON_BLOCKING = `process.stdout
const [command, ...args] = process.argv.slice(2)
process.exitCode = require('node:child_process').spawnSync(command, args, { stdio: 'inherit' }).status ?? 1`

/** Runs `replay <snapshot> ...args | reader` in a shell: a real pipe between two processes, as an admin types it. */
function pipeline(args: string[], reader: string): { status: number; stderr: string; readerOut: string } {
    const status = join(work, 'status')
    const stderr = join(work, 'stderr')
    rmSync(status, { force: true })
    const quoted = args.map((arg) => `'${arg}'`).join(' ')
    const run = spawnSync(
        'sh',
        ['-c', `(node '${join(work, 'non-blocking.js')}' node scripts/replay.mjs '${snapshot}' ${quoted} 2>'${stderr}'; echo $? >'${status}') | ${reader}`],
        { cwd: ROOT, encoding: 'utf8', timeout: 600_000 },
    )
    if (run.status !== 0) throw new Error(`the reader failed (${run.status}): ${run.stderr}`)
    return { status: Number(readFileSync(status, 'utf8')), stderr: readFileSync(stderr, 'utf8'), readerOut: run.stdout }
}

beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'itpartner-pipe-'))
    snapshot = join(work, 'snapshot')
    mkdirSync(snapshot)
    generateSnapshot(snapshot, { ...FULL_SIZE, events: EVENTS })
    writeFileSync(join(work, 'slow-reader.js'), SLOW_READER)
    writeFileSync(join(work, 'non-blocking.js'), NON_BLOCKING)
})

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe(`${EVENTS.toLocaleString('en-US')} events into a pipe`, () => {
    test('a reader that starts late gets the whole JSON array; the replay exits 0', () => {
        const run = pipeline(['--json'], `node '${join(work, 'slow-reader.js')}'`)
        expect(run.stderr).not.toMatch(/EAGAIN|Error|\n\s+at /)
        expect(run.status).toBe(0)
        expect(run.readerOut.trim()).toBe(String(EVENTS))
        // A run this long reports its progress on stderr (after its first 2 seconds), stdout stays the array.
        expect(run.stderr).toMatch(/^replay: [\d,]+ of 100,000 events replayed \([\d.]+ s\)$/m)
    })

    test('a reader that closes after the first line (`| head -n 1`) ends the replay quietly, exit 0', () => {
        for (const args of [['--json'], []]) {
            const run = pipeline(args, 'head -n 1')
            expect(run.stderr).not.toMatch(/EPIPE|Error|\n\s+at /)
            expect(run.status).toBe(0)
            expect(run.readerOut).toMatch(args.length ? /^\[\n$/ : /^Replay of .* \(100000 events\)\n$/)
        }
    })
})

describe('--out FILE', () => {
    test('output of many chunks is complete and valid', () => {
        // Many chunks, not the full size: the file stream's backpressure is the same at any size.
        const small = join(work, 'small')
        mkdirSync(small)
        generateSnapshot(small, { ...FULL_SIZE, users: 1000, departments: 100, events: 5000 })
        const out = join(work, 'results.json')
        const run = runCli([small, '--json', '--out', out])
        expect(run.stderr).not.toMatch(/Error|\n\s+at /)
        expect(run.status).toBe(0)
        expect(run.stdout).toBe('')
        const text = readFileSync(out, 'utf8')
        expect(text.length).toBeGreaterThan(20 * CHUNK)
        expect(JSON.parse(text)).toHaveLength(5000)
    })
})

describe('progress of the loading', () => {
    test('both passes over events.json report: the check as it reads, the replay as it runs', () => {
        const large = join(work, 'large')
        mkdirSync(large)
        generateSnapshot(large, { ...FULL_SIZE, users: 1000, departments: 100, events: 100_001 })
        const steps: string[] = []
        const { engine } = prepareReplay(large, ROOT, (message) => steps.push(message))
        expect(steps).toContainEqual(expect.stringMatching(/^reading sys_user\.json \(\d+ KB\)$/))
        expect(steps).toContainEqual(expect.stringMatching(/^checking events\.json \(\d+ MB\)$/))
        expect(steps).toContain('checked 100,000 events')
        expect(engine).toBeDefined()
    })
})
