import { join } from 'node:path'
import * as glide from '../../emulator/glide/index.ts'
import { ModuleLoader } from '../../emulator/app/modules.ts'
import { readBuiltApp } from '../../emulator/app/artifacts.ts'
import { builtApp } from './app.ts'
import { built, builtIn, type BuiltFinder, type BuiltRecord } from './dist.ts'
import { platformSave } from './harness.ts'

/**
 * Runs a built ATF test's server steps (dist/app) on the embedded instance, in order: Create a User, Record Insert,
 * Record Update, Record Validation, Record Query and Run Server Side Script, with `{{step['id'].output}}` values
 * resolved. An incident save runs the app's rules as the platform orders them (harness.ts platformSave). A failed
 * step throws with the test's name, the step and what differed. Server steps only: a form step throws.
 */

/** The step configurations (test/support/atf-steps.ts) and the input variables each reads. */
const STEP = {
    createUser: 'd9bc5f21ff6033008d3f5d9ad53bf12d',
    insert: '14872288df60220062fe6c7a4df26319',
    update: '17a72288df60220062fe6c7a4df26397',
    validation: '1f39a288df60220062fe6c7a4df2639d',
    query: '2d82e3c7531400109e02ddeeff7b12a7',
    script: '41de4a935332120028bc29cac2dc349a',
}
const VARIABLE = {
    firstName: '1985e0ceff2433008d3f5d9ad53bf1ba',
    lastName: '6f69fc4aff6433008d3f5d9ad53bf18c',
    insertTable: '90144b535320220002c6435723dc3488',
    insertValues: 'dd54cf535320220002c6435723dc34fd',
    updateTable: '53fb0f535320220002c6435723dc34ec',
    updateRecord: '501c8f535320220002c6435723dc34da',
    updateValues: 'bc4c43935320220002c6435723dc34a2',
    validationTable: '6aad5a575360220002c6435723dc34b0',
    validationRecord: '52ed1e5b5360220002c6435723dc3421',
    validationCondition: 'ff6e125353a0220002c6435723dc3442',
    queryTable: '78b8d86b531000109e02ddeeff7b12f3',
    queryCondition: '915990ab531000109e02ddeeff7b12f8',
    queryAssert: 'b86c0427531000109e02ddeeff7b1227',
}

export interface AtfStep {
    order: number
    id: string
    config: string
    name: string
    values: Map<string, string>
}

/** The built test whose name starts with `prefix`, and its steps in order (from `find`'s build: this project's by default). */
export function builtTest(prefix: string, find: BuiltFinder = built): { name: string; steps: AtfStep[] } {
    const tests = find('sys_atf_test').filter((row) => row.folder === 'update' && row.fields.name.startsWith(prefix))
    if (tests.length !== 1) throw new Error(`${tests.length} built ATF tests named "${prefix}..."`)
    const steps = find('sys_atf_step', { test: tests[0].fields.sys_id })
        .filter((row) => row.folder === 'update')
        .map((step: BuiltRecord) => ({
            order: Number(step.fields.order),
            id: step.fields.sys_id,
            config: step.fields.step_config,
            name: step.fields.display_name,
            values: new Map(find('sys_variable_value', { document_key: step.fields.sys_id }).map((row) => [row.fields.variable, row.fields.value])),
        }))
        .sort((a, b) => a.order - b.order)
    return { name: tests[0].fields.name, steps }
}

/** What a Run Server Side Script step gets besides its ATF arguments. */
export interface ScriptWorld {
    /** `global` as the script sees it (global script includes such as GlideQuery). */
    global?: Record<string, unknown>
}

export interface RunOptions {
    /** Called after each step (tests use it to break what a later step checks). */
    afterStep?: (step: AtfStep, outputs: Map<string, Record<string, string>>) => void
    world?: ScriptWorld
    /** Another copy of the project whose build to run (its dist/app); this project's by default. */
    root?: string
}

export function runAtfTest(inst: glide.Instance, prefix: string, options: RunOptions = {}): void {
    const root = options.root ?? join(__dirname, '..', '..')
    const find = options.root ? builtIn(join(root, 'dist', 'app')) : built
    const { name, steps } = builtTest(prefix, find)
    const outputs = new Map<string, Record<string, string>>()
    const resolve = (text: string) =>
        text.replace(/\{\{step\['(\w+)'\]\.(\w+)\}\}/g, (_, step: string, output: string) => {
            const value = outputs.get(step)?.[output]
            if (value === undefined) throw new Error(`${name}: no output ${output} of step ${step}`)
            return value
        })
    const propertyNames = new Map(find('sys_properties').map((row) => [row.fields.sys_id, row.fields.name]))
    for (const step of steps) {
        const value = (variable: string) => resolve(step.values.get(variable) ?? '')
        const fail = (what: string) => {
            throw new Error(`${name}, step ${step.order} (${step.name}): ${what}`)
        }
        switch (step.config) {
            case STEP.createUser: {
                const [first, last] = [value(VARIABLE.firstName), value(VARIABLE.lastName)]
                const [user] = inst.load('sys_user', [{ first_name: first, last_name: last, name: `${first} ${last}`, user_name: `${first}.${last}`.toLowerCase().replace(/ /g, '.'), active: 'true' }])
                outputs.set(step.id, { user })
                break
            }
            case STEP.insert: {
                const table = value(VARIABLE.insertTable)
                const current = inst.recordForInsert(table, fieldValues(value(VARIABLE.insertValues)))
                const saved = table === 'incident' ? platformSave(inst, current, null) : inst.commit(current)
                if (!saved) fail(`the insert into ${table} was aborted`)
                outputs.set(step.id, { record_id: current.getUniqueValue() })
                break
            }
            case STEP.update: {
                const [table, record] = [value(VARIABLE.updateTable), value(VARIABLE.updateRecord)]
                const values = fieldValues(value(VARIABLE.updateValues))
                if (table === 'sys_properties') {
                    const property = propertyNames.get(record) ?? fail(`no built property ${record}`)
                    inst.setProperty(property, values.value)
                    break
                }
                const { current, previous } = inst.recordForUpdate(table, record, values)
                const saved = table === 'incident' ? platformSave(inst, current, previous) : inst.commit(current)
                if (!saved) fail(`the update of ${table} ${record} was aborted`)
                break
            }
            case STEP.validation: {
                const [table, record, condition] = [value(VARIABLE.validationTable), value(VARIABLE.validationRecord), value(VARIABLE.validationCondition)]
                if (!matches(table, `sys_id=${record}^${condition}`)) fail(`${table} ${record} does not match ${condition}: ${JSON.stringify(inst.row(table, record))}`)
                break
            }
            case STEP.query: {
                const [table, condition, assert] = [value(VARIABLE.queryTable), value(VARIABLE.queryCondition), value(VARIABLE.queryAssert)]
                const found = matches(table, condition)
                if (found !== (assert === 'records_match_query')) fail(`${assert}, but ${found ? 'a record matches' : 'none matches'} ${condition}`)
                break
            }
            case STEP.script: {
                const script = [...step.values.values()].find((text) => text.includes('function')) ?? fail('no script')
                const failures = runScript(script, options.world ?? {}, root)
                if (failures.length) fail(failures.join('; '))
                break
            }
            default:
                fail(`step config ${step.config} is not a server step this runner knows`)
        }
        options.afterStep?.(step, outputs)
    }
}

/** An ATF field-values string (`a=1^b=2^EQ`) as values. */
function fieldValues(encoded: string): Record<string, string> {
    const values: Record<string, string> = {}
    for (const term of encoded.split('^')) {
        if (!term || term === 'EQ') continue
        const at = term.indexOf('=')
        values[term.slice(0, at)] = term.slice(at + 1)
    }
    return values
}

function matches(table: string, query: string): boolean {
    const record = new glide.GlideRecord(table)
    record.addEncodedQuery(query)
    record.query()
    return record.next()
}

/** The built modules of the project at `root` (default: this one), for a script's require() (resolved as on the instance). */
function builtModules(root?: string): ModuleLoader {
    const app = root ? readBuiltApp(root) : builtApp()
    return new ModuleLoader(app.modules, { '@servicenow/glide': glide }, app.packageRoot)
}

/** Runs an ATF server script with the arguments ATF gives it; returns the failed assertions. */
function runScript(script: string, world: ScriptWorld, root: string): string[] {
    const failures: string[] = []
    const assertEqual = ({ name, shouldbe, value }: { name: string; shouldbe: unknown; value: unknown }) => {
        if (shouldbe !== value) failures.push(`${name}: expected ${JSON.stringify(shouldbe)}, got ${JSON.stringify(value)}`)
    }
    const loader = builtModules(root)
    const result = new Function('outputs', 'steps', 'params', 'stepResult', 'assertEqual', 'GlideRecord', 'gs', 'global', 'require', `return ${script}`)(
        {},
        () => ({}),
        {},
        { setOutputMessage: () => undefined },
        assertEqual,
        glide.GlideRecord,
        glide.gs,
        world.global ?? {},
        (path: string) => loader.scriptRequire(path),
    )
    if (result !== true) failures.push(`the script returned ${String(result)}`)
    return failures
}
