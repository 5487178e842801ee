/**
 * The ATF step types the app may ship: each one exists on every supported release (Xanadu, Yokohama, Zurich).
 * Sources, per release (ServiceNow docs, also the ServiceNow/ServiceNowDocs repository, one branch per release):
 * - "Form category": .../docs/r/<release>/application-development/automated-test-framework-atf/test-steps-form-category.html
 *   lists Open an Existing Record, Set Field Values, Field Values Validation, Field State Validation, UI Action
 *   Visibility, Click a UI Action and Submit a Form on all three releases.
 * - "Server category": .../test-steps-server-category.html (listed in each release's application-development index)
 *   lists Create a User, Impersonate, Record Query, Record Insert, Record Update, Record Validation and Run Server Side
 *   Script on all three releases.
 * Not allowed, for example: "Run UI Test Script" (Custom UI category), which only Zurich lists.
 * The sys_ids are the step configurations the SDK writes (@servicenow/sdk-build-plugins, atf/step-configs).
 */
const DOCS = 'https://www.servicenow.com/docs/r/xanadu/application-development/automated-test-framework-atf'
const FORM = `${DOCS}/test-steps-form-category.html`
const SERVER = `${DOCS}/test-steps-server-category.html`

export interface AllowedStep {
    name: string
    doc: string
}

export const SUPPORTED_RELEASES = ['Xanadu', 'Yokohama', 'Zurich'] as const

/** sys_atf_step_config sys_id -> step type and the page that documents it on Xanadu. */
export const ALLOWED_ATF_STEPS: Readonly<Record<string, AllowedStep>> = {
    '5f2e0e535332120028bc29cac2dc34d3': { name: 'Open an Existing Record', doc: FORM },
    '05317cd10b10220050192f15d6673af8': { name: 'Open a New Form', doc: FORM },
    fcae4a935332120028bc29cac2dc340e: { name: 'Set Field Values', doc: FORM },
    '1b97cd31872022008182c9ded0e3ece5': { name: 'Field Values Validation', doc: FORM },
    '1dfece935332120028bc29cac2dc3478': { name: 'Field State Validation', doc: FORM },
    d8fdf5e10b1022009cfdc71437673adc: { name: 'UI Action Visibility', doc: FORM },
    '0f4a128297202200abe4bb7503ac4af0': { name: 'Click a UI Action', doc: FORM },
    be8e0a935332120028bc29cac2dc34e4: { name: 'Submit a Form', doc: FORM },
    d9bc5f21ff6033008d3f5d9ad53bf12d: { name: 'Create a User', doc: SERVER },
    '071ee5b253331200040729cac2dc348d': { name: 'Impersonate', doc: SERVER },
    '2d82e3c7531400109e02ddeeff7b12a7': { name: 'Record Query', doc: SERVER },
    '14872288df60220062fe6c7a4df26319': { name: 'Record Insert', doc: SERVER },
    '17a72288df60220062fe6c7a4df26397': { name: 'Record Update', doc: SERVER },
    '1f39a288df60220062fe6c7a4df2639d': { name: 'Record Validation', doc: SERVER },
    '41de4a935332120028bc29cac2dc349a': { name: 'Run Server Side Script', doc: SERVER },
}
