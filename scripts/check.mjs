#!/usr/bin/env node
// The project's one proof: lint, type check, frozen-keys build, the ServiceNow linter on dist/app, no import circles, a mutation dry run, the pre-flight scan
// of dist/app (each of its checks counts), jest. Ends with "N passed, N failed" for CI.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const steps = [
    ['lint', 'npx', ['eslint', '.']],
    ['type check', 'npx', ['tsc', '-p', 'tsconfig.json']],
    ['type check (report page)', 'npx', ['tsc', '-p', 'replay/report/page/browser/tsconfig.json']],
    ['build --frozenKeys', 'npm', ['run', '--silent', 'build', '--', '--frozenKeys']],
    ['lint shipped scripts', 'node', ['scripts/lint-shipped.mjs']],
    // Type-only imports count: they tie two files' designs together as much as value imports do.
    // `npm run mutation` must still start: its initial test run in Stryker's sandbox, every test a full run would run.
    ['mutation testing starts (dry run)', 'npx', ['stryker', 'run', '--dryRunOnly', '--concurrency', '1', '--logLevel', 'warn']],
    ['import circles', 'npx', ['madge', '--circular', '--no-spinner', '--extensions', 'ts,mjs', '--ts-config', 'tsconfig.json', 'src', 'emulator', 'replay', 'scripts']],
]
let passed = 0
let failed = 0
let skipped = 0
for (const [name, command, args] of steps) {
    console.log(`\n== ${name}`)
    const run = spawnSync(command, args, { stdio: 'inherit' })
    if (run.status === 0) passed++
    else {
        failed++
        console.log(`FAILED: ${name}`)
    }
}

const dir = mkdtempSync(join(tmpdir(), 'itpartner-jest-'))

// One line per check (scripts/preflight.ts); each check counts as one passed or failed.
console.log('\n== pre-flight scan')
const scanOut = join(dir, 'preflight.json')
spawnSync('npx', ['tsx', '--tsconfig', 'tsconfig.run.json', 'scripts/preflight.ts', '--json', scanOut], { stdio: 'inherit' })
try {
    const scan = JSON.parse(readFileSync(scanOut, 'utf8'))
    passed += scan.passed
    failed += scan.failed
} catch {
    console.log('FAILED: pre-flight scan wrote no result')
    failed++
}

console.log('\n== jest')
const out = join(dir, 'result.json')
const jest = spawnSync('npx', ['jest', '--json', `--outputFile=${out}`, ...process.argv.slice(2)], { stdio: 'inherit' })
try {
    const result = JSON.parse(readFileSync(out, 'utf8'))
    passed += result.numPassedTests
    failed += result.numFailedTests + result.numRuntimeErrorTestSuites
    skipped += result.numPendingTests + result.numTodoTests
    if (result.numTotalTests === 0) failed++
} catch {
    console.log('FAILED: jest wrote no result')
    failed++
}
if (jest.status !== 0 && failed === 0) failed++
rmSync(dir, { recursive: true, force: true })

// A skipped test (the browser tests without a browser) is counted as skipped, never as passed.
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed ? 1 : 0)
