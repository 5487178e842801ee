// Pre-flight scan of the built app (dist/app): Instance Scan style checks, one line per check, each failure with its
// findings (file:line in dist/app) and the rule's sources. Usage: preflight.ts [dist-dir] [--json FILE] [--keys]
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadApp } from './preflight/app.ts'
import { runScan } from './preflight/scan.ts'

const args = process.argv.slice(2)
const option = (name: string) => {
    const at = args.indexOf(name)
    return at >= 0 ? args.splice(at, 2)[1] : undefined
}
const json = option('--json')
const keys = args.includes('--keys')
const dist = args.find((arg) => !arg.startsWith('--')) ?? join(__dirname, '..', 'dist', 'app')

const results = runScan(loadApp(dist))
for (const { check, findings, allowed } of results) {
    const note = allowed ? ` (${allowed} allow-listed)` : ''
    if (!findings.length) {
        console.log(`ok   ${check.name}${note}`)
        continue
    }
    console.log(`FAIL ${check.name}: ${findings.length} finding${findings.length === 1 ? '' : 's'}${note}; refuses ${check.refuses}`)
    for (const finding of findings) console.log(`     ${finding.where}: ${finding.message}${keys ? `  [key: ${finding.key}]` : ''}`)
    for (const source of check.sources) console.log(`     source: ${source}`)
}
const failed = results.filter((result) => result.findings.length).length
const passed = results.length - failed
console.log(`pre-flight scan: ${results.length} checks, ${passed} passed, ${failed} failed`)
if (json) writeFileSync(json, JSON.stringify({ passed, failed }))
process.exit(failed ? 1 : 0)
