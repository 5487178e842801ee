import { built as builtAnywhere, type BuiltRecord } from '../support/dist.ts'
import { ALLOWED_ATF_STEPS } from '../support/atf-steps.ts'
import { es5Errors } from '../support/es5.ts'

/** The ATF suite as it ships (dist/app/update), checked against the steps every supported release has. */
const built = (table: string, where: Record<string, string> = {}) =>
    builtAnywhere(table, where).filter((record) => record.folder === 'update')

const RUN_SERVER_SIDE_SCRIPT = '41de4a935332120028bc29cac2dc349a'

function stepLabel(step: BuiltRecord): string {
    const test = built('sys_atf_test', { sys_id: step.fields.test })[0]
    return `${test ? test.fields.name : step.fields.test}, step ${step.fields.order} (${step.fields.display_name})`
}

/** The values of a step's input variables (sys_variable_value rows keyed on the step). */
function stepValues(step: BuiltRecord): string[] {
    return built('sys_variable_value', { document: 'sys_atf_step', document_key: step.fields.sys_id }).map(
        (row) => row.fields.value,
    )
}

function serverScripts(): { label: string; script: string }[] {
    return built('sys_atf_step', { step_config: RUN_SERVER_SIDE_SCRIPT }).flatMap((step) =>
        stepValues(step)
            .filter((value) => value.includes('function'))
            .map((script) => ({ label: stepLabel(step), script })),
    )
}

describe('ATF steps that exist on Xanadu, Yokohama and Zurich', () => {
    it('ships steps', () => {
        expect(built('sys_atf_step').length).toBeGreaterThan(100)
    })

    it('uses only step configurations on the allowed list', () => {
        const offenders = built('sys_atf_step')
            .filter((step) => !ALLOWED_ATF_STEPS[step.fields.step_config])
            .map((step) => `${stepLabel(step)} uses step config ${step.fields.step_config}`)
        expect(offenders).toEqual([])
    })

    it('writes every Run Server Side Script step as ES5 with a pass/fail outcome', () => {
        const scripts = serverScripts()
        expect(scripts.length).toBeGreaterThanOrEqual(3)
        for (const { label, script } of scripts) {
            expect([label, es5Errors(script)]).toEqual([label, []])
            expect([label, /assertEqual\(/.test(script)]).toEqual([label, true])
            // Jasmine's describe runs only in the global scope; the app's steps run in x_bu_itpartner.
            expect([label, /\bdescribe\(/.test(script)]).toEqual([label, false])
        }
    })

    it('calls only script includes and methods the app ships', () => {
        let calls = 0
        for (const { label, script } of serverScripts()) {
            for (const [, api, method] of script.matchAll(/new (x_bu_itpartner\.\w+)\(\)[\s\S]*?\.(\w+)\(\)/g)) {
                calls++
                const include = built('sys_script_include', { api_name: api })
                expect([label, api, include.length]).toEqual([label, api, 1])
                expect([label, `${api}.${method}`, include[0].fields.script.includes(`${method}: function`)]).toEqual([
                    label,
                    `${api}.${method}`,
                    true,
                ])
            }
        }
        expect(calls).toBeGreaterThanOrEqual(2)
    })
})
