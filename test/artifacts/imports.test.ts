import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GlideRecord, Instance } from '../../emulator/glide/index.ts'
import { built as builtAnywhere, type BuiltRecord } from '../support/dist.ts'
import { es5Errors } from '../support/es5.ts'
import { id } from '../support/world.ts'
import { appInstance } from '../support/app.ts'

/** The two spreadsheet imports as they ship (dist/app/update), checked against what the platform loads. */
const built = (table: string, where: Record<string, string> = {}) =>
    builtAnywhere(table, where).filter((record) => record.folder === 'update')

const IMPORTS = [
    { staging: 'x_bu_itpartner_department_import', target: 'x_bu_itpartner_department', sample: 'partner-departments-sample.csv' },
    { staging: 'x_bu_itpartner_red_flag_import', target: 'x_bu_itpartner_red_flag', sample: 'partner-staff-sample.csv' },
]

/**
 * The column the platform creates for a spreadsheet header: "u_" and the header in lower case, every run of other
 * characters one underscore ("Dictionary entry form": a new column's name is its label in lower case, prefixed u_,
 * only lowercase ASCII letters, digits and single underscores; "Import sets key concepts": the header row defines the
 * import set's columns).
 */
function columnForHeader(header: string): string {
    return 'u_' + header.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')
}

function sampleHeaders(sample: string): string[] {
    return readFileSync(join(__dirname, '..', '..', 'docs', sample), 'utf8').split(/\r?\n/)[0].split(',')
}

/** Fields every import set row has (sys_import_set_row), which scripts may read besides the generated columns. */
const IMPORT_ROW_FIELDS = ['sys_import_row', 'sys_import_set', 'sys_import_state', 'sys_import_state_comment', 'sys_target_sys_id', 'sys_target_table', 'sys_transform_map', 'sys_row_error']

function stagingColumns(staging: string): string[] {
    return built('sys_dictionary', { name: staging })
        .map((row) => row.fields.element)
        .filter((element) => element)
}

function transformOf(staging: string) {
    const maps = built('sys_transform_map', { source_table: staging })
    expect(maps).toHaveLength(1)
    const map = maps[0]
    return {
        map,
        entries: built('sys_transform_entry', { map: map.fields.sys_id }),
        scripts: built('sys_transform_script', { map: map.fields.sys_id }),
    }
}

/** Every script the transform runs, with a label: map script, field map source scripts, event scripts. */
function transformScripts(staging: string): { label: string; script: string }[] {
    const { map, entries, scripts } = transformOf(staging)
    return [
        { label: `${map.fields.name} map script`, script: map.fields.script },
        ...entries.map((entry: BuiltRecord) => ({ label: `${map.fields.name} field map ${entry.fields.target_field}`, script: entry.fields.source_script })),
        ...scripts.map((script: BuiltRecord) => ({ label: `${map.fields.name} ${script.fields.when} script`, script: script.fields.script })),
    ]
}

describe.each(IMPORTS)('import into $target', ({ staging, target, sample }) => {
    it('has a staging table whose columns are the names the platform gives the sample file headers', () => {
        const table = built('sys_db_object', { name: staging })
        expect(table).toHaveLength(1)
        expect(readFileSync(table[0].file, 'utf8')).toMatch(/<super_class[^>]*name="sys_import_set_row"/)
        expect(stagingColumns(staging).sort()).toEqual(sampleHeaders(sample).map(columnForHeader).sort())
    })

    it('ships a CSV and an Excel (.xlsx) data source loading into the staging table, headers in row 1', () => {
        const sources = built('sys_data_source', { import_set_table_name: staging })
        expect(sources.map((source) => source.fields.format).sort()).toEqual(['CSV', 'Excel'])
        for (const source of sources) {
            expect(source.fields).toMatchObject({ type: 'File', file_retrieval_method: 'Attachment', header_row: '1' })
        }
        expect(sources.find((source) => source.fields.format === 'Excel')!.fields.sheet_number).toBe('1')
        expect(sources.find((source) => source.fields.format === 'CSV')!.fields.csv_delimiter).toBe(',')
    })

    it('maps only columns the staging table has', () => {
        const columns = stagingColumns(staging)
        const { entries } = transformOf(staging)
        expect(entries.length).toBeGreaterThan(1)
        for (const entry of entries) expect([entry.fields.target_field, columns]).toEqual([entry.fields.target_field, expect.arrayContaining([entry.fields.source_field])])
        for (const { label, script } of transformScripts(staging)) {
            for (const [, field] of script.matchAll(/\bsource\.(\w+)/g)) {
                expect([label, field, columns.includes(field) || IMPORT_ROW_FIELDS.includes(field)]).toEqual([label, field, true])
            }
        }
    })

    it('never creates referenced records and keeps one row per department or user (coalesce on sys_id only)', () => {
        const { map, entries } = transformOf(staging)
        expect(map.fields.target_table).toBe(target)
        expect(entries.filter((entry) => entry.fields.choice_action === 'create')).toEqual([])
        for (const field of target.endsWith('_department') ? ['department', 'partner'] : ['user', 'partner']) {
            expect(entries.find((entry) => entry.fields.target_field === field)!.fields.choice_action).toBe('reject')
        }
        expect(entries.filter((entry) => entry.fields.coalesce === 'true').map((entry) => entry.fields.target_field)).toEqual(['sys_id'])
        expect(map.fields.run_business_rules).toBe('true')
    })

    it('skips and logs unknown names in an onBefore script', () => {
        const before = transformOf(staging).scripts.filter((script) => script.fields.when === 'onBefore' && script.fields.active === 'true')
        expect(before).toHaveLength(1)
        expect(before[0].fields.script).toContain('ignore = true')
        expect(before[0].fields.script).toContain('log.error(')
    })

    it('runs only scripts that are valid ES5 and used', () => {
        const { map, entries } = transformOf(staging)
        expect(map.fields.run_script).toBe('true')
        for (const entry of entries) expect([entry.fields.target_field, entry.fields.use_source_script]).toEqual([entry.fields.target_field, 'true'])
        for (const { label, script } of transformScripts(staging)) expect([label, es5Errors(script)]).toEqual([label, []])
    })
})

/** A transform script from dist/app run on the embedded Glide, with the variables the platform gives it. */
function run(script: string, source: Record<string, string>) {
    const errors: string[] = []
    const log = { error: (text: string) => errors.push(text), warn: () => undefined, info: () => undefined }
    const values: Record<string, unknown> = {}
    const target = { setValue: (field: string, value: unknown) => (values[field] = value) }
    const body = `var ignore = false; var answer;\n${script}\nreturn { ignore: ignore, answer: answer };`
    const result = new Function('source', 'map', 'log', 'target', 'GlideRecord', body)({ sys_import_row: '7', ...source }, {}, log, target, GlideRecord)
    return { ...(result as { ignore: boolean; answer: unknown }), errors, values }
}

const onBefore = (staging: string) => transformOf(staging).scripts.find((script) => script.fields.when === 'onBefore')!.fields.script
const entryScript = (staging: string, field: string) => transformOf(staging).entries.find((entry) => entry.fields.target_field === field)!.fields.source_script
const DEPARTMENTS = IMPORTS[0].staging
const STAFF = IMPORTS[1].staging

describe('the transform scripts on the embedded instance', () => {
    beforeEach(() => {
        const inst = appInstance().activate()
        inst.load('cmn_department', [{ sys_id: id('d met'), name: 'Metropolitan College' }])
        inst.load('sys_user', [
            { sys_id: id('u tech'), user_name: 'morgan.tech', email: 'morgan@example.edu', name: 'Morgan Tech' },
            { sys_id: id('u new'), user_name: 'sam.new', email: 'sam@example.edu', name: 'Sam New' },
            { sys_id: id('u twin a'), user_name: 'twin.a', email: 'twins@example.edu', name: 'Twin A' },
            { sys_id: id('u twin b'), user_name: 'twin.b', email: 'twins@example.edu', name: 'Twin B' },
        ])
        inst.load('x_bu_itpartner_partner', [{ sys_id: id('p met'), name: 'MET IT', active: 'true', support_stream: 'x' }])
        inst.load('x_bu_itpartner_department', [
            { sys_id: id('pd old'), department: id('d met'), partner: id('p met'), active: 'false' },
            { sys_id: id('pd live'), department: id('d met'), partner: id('p met'), active: 'true' },
        ])
        inst.load('x_bu_itpartner_red_flag', [
            { sys_id: id('rf live'), user: id('u tech'), partner: id('p met'), active: 'true' },
            { sys_id: id('rf old'), user: id('u tech'), partner: id('p met'), active: 'false' },
        ])
    })
    afterEach(() => Instance.deactivate())

    it('department rows with known names go through; an unknown Partner is skipped and logged with its row', () => {
        expect(run(onBefore(DEPARTMENTS), { u_department: 'Metropolitan College', u_it_partner: 'MET IT' }).ignore).toBe(false)
        const unknown = run(onBefore(DEPARTMENTS), { u_department: 'Metropolitan College', u_it_partner: 'No Such Partner' })
        expect(unknown.ignore).toBe(true)
        expect(unknown.errors).toEqual([expect.stringMatching(/row 7: skipped because no IT Partner is named "No Such Partner"/)])
    })

    it('a department row updates the department\'s active entry', () => {
        expect(run(entryScript(DEPARTMENTS, 'sys_id'), { u_department: 'Metropolitan College' }).answer).toBe(id('pd live'))
        expect(run(entryScript(DEPARTMENTS, 'department'), { u_department: 'Metropolitan College' }).answer).toBe(id('d met'))
        expect(run(entryScript(DEPARTMENTS, 'partner'), { u_it_partner: 'MET IT' }).answer).toBe(id('p met'))
    })

    it.each([
        ['morgan.tech', false],
        ['sam@example.edu', false],
        ['nobody', true],
        ['twins@example.edu', true],
    ])('staff row for user %s: skipped %s', (user, skipped) => {
        const result = run(onBefore(STAFF), { u_user: user, u_it_partner: 'MET IT' })
        expect(result.ignore).toBe(skipped)
        expect(result.errors).toHaveLength(skipped ? 1 : 0)
        if (skipped) expect(result.errors[0]).toContain(user)
    })

    it('finds the user by user name or email and keeps one red flag per user', () => {
        expect(run(entryScript(STAFF, 'user'), { u_user: 'sam@example.edu' }).answer).toBe(id('u new'))
        expect(run(entryScript(STAFF, 'user'), { u_user: 'morgan.tech' }).answer).toBe(id('u tech'))
        expect(run(entryScript(STAFF, 'sys_id'), { u_user: 'morgan@example.edu' }).answer).toBe(id('rf live'))
        expect(run(entryScript(STAFF, 'sys_id'), { u_user: 'sam.new' }).answer).toBe(-1)
        expect(run(entryScript(STAFF, 'note'), { u_note: '  Escalate.  ' }).answer).toBe('Escalate.')
    })

    it.each([
        ['', true],
        ['yes', true],
        ['TRUE', true],
        ['1', true],
        ['no', false],
        ['false', false],
    ])('Active "%s" sets active %s', (value, active) => {
        for (const staging of [DEPARTMENTS, STAFF]) {
            expect(run(transformOf(staging).map.fields.script, { u_active: value }).values).toEqual({ active })
        }
    })
})
