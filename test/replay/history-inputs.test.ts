/**
 * Inputs an admin really produces, on the history export of test/replay/fixtures/history-value: the IT Partner lists
 * saved by Excel with ";" separators (its CSV in locales whose list separator is ";"), files of 0 bytes (a download or
 * a save that wrote nothing), and a Partner list without its Support group column.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, runCli } from './helpers.ts'

jest.setTimeout(300_000)

const FIXTURES = join(ROOT, 'test', 'replay', 'fixtures')
const HISTORY = join(FIXTURES, 'history-value')

/** A copy of the history export with some files replaced: file name -> fixture file (under fixtures/inputs). */
function variant(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'itpartner-history-inputs-'))
    cpSync(HISTORY, dir, { recursive: true })
    for (const [file, fixture] of Object.entries(files)) cpSync(join(FIXTURES, 'inputs', fixture), join(dir, file))
    return dir
}

function outcomes(stdout: string): string[] {
    return (JSON.parse(stdout) as Record<string, unknown>[]).map((event) => [event.number, event.outcome, event.partner, event.signal, event.group_after].join(' | '))
}

function summaryOf(dir: string): Record<string, unknown> {
    const out = join(mkdtempSync(join(tmpdir(), 'itpartner-history-inputs-out-')), 's.json')
    const run = runCli([dir, '--json', '--summary', out])
    if (run.status !== 0) throw new Error(`replay failed (${run.status}): ${run.stderr}`)
    return JSON.parse(readFileSync(out, 'utf8'))
}

describe('the IT Partner lists saved with ";" separators', () => {
    test('are read as the comma-separated ones: the same Partners, departments and staff, the same decisions', () => {
        const comma = runCli([HISTORY, '--json'])
        const semicolon = runCli([
            variant({ 'partners.csv': 'semicolon/partners.csv', 'partner-departments.csv': 'semicolon/partner-departments.csv', 'partner-staff.csv': 'semicolon/partner-staff.csv' }),
            '--json',
        ])
        expect([comma.status, semicolon.status]).toEqual([0, 0])
        expect(outcomes(semicolon.stdout)).toEqual(outcomes(comma.stdout))
        // The staff note holds a ";" inside quotes: one field, not two.
        expect(semicolon.stdout).toContain('MET IT technician; Level 1 troubleshooting done')
        expect(semicolon.stderr).not.toMatch(/skipped because|has no "/)
    })
})

describe('a file of 0 bytes says it is empty', () => {
    test.each(['incident.json', 'sys_audit.json', 'sys_user.json', 'x_bu_itpartner_route.json', 'partners.csv', 'partner-staff.csv', 'events.json'])('%s', (file) => {
        const run = runCli([variant({ [file]: 'empty' }), '--json'])
        expect(run.status).toBe(2)
        expect(run.stdout).toBe('')
        expect(run.stderr).toMatch(new RegExp(`^replay: bad snapshot: ${file.replace(/\./g, '\\.')}: is empty \\(0 bytes\\)`))
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    })
})

describe('partners.csv without its Support group column', () => {
    test('says which signals are then off and that the sentence undercounts, and speaks of no import', () => {
        const dir = variant({ 'partners.csv': 'no-support-group/partners.csv' })
        const run = runCli([dir, '--json'])
        expect(run.status).toBe(0)
        const lines = run.stderr.split('\n').filter((line) => line.startsWith('replay: partners.csv'))
        expect(lines).toEqual([
            'replay: partners.csv: no "Support group" column: no Partner has a support group, so two signals are off: ' +
                "partner_handoff (a Partner's queue hands a ticket over) and partner_opener by membership of a Partner's group " +
                '(a red flag still makes its user Partner staff); the value sentence undercounts Partner escalations. ' +
                "Add the column with each Partner's ServiceNow group, by name or sys_id",
            'replay: partners.csv: no "Active" column: every Partner is active',
        ])
        expect(lines.join('\n')).not.toMatch(/import/i)
    })

    test('and indeed undercounts: the hand-off and the SMG opener are no escalations any more', () => {
        const summary = summaryOf(variant({ 'partners.csv': 'no-support-group/partners.csv' }))
        // INC0040005 (opened by a member of the MET IT queue, handed over from it) is left a department client of MET IT;
        // INC0040012 (opened by a member of SMG ITS) has no Partner at all.
        expect(summary).toMatchObject({
            partner_escalations: 7,
            department_clients: [{ partner: 'Metropolitan College IT (MET IT)', tickets: 2 }],
        })
    })
})
