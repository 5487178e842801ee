import { gs } from '@servicenow/glide'
import { checkConfiguration } from '../core/config-check.ts'
import { message } from '../core/messages.ts'
import { configurationFacts } from '../glide/config-facts.ts'
import { translate } from '../glide/messages.ts'

/**
 * UI action "Check configuration" (Escalation routes list): the configuration check's problems as messages on the
 * list the admin returns to. A failure of the check itself is reported, never thrown at the admin.
 */
export function showConfigurationCheck(): void {
    try {
        const problems = checkConfiguration(configurationFacts())
        if (!problems.length) {
            gs.addInfoMessage(translate(message('configCheckClean')))
            return
        }
        gs.addErrorMessage(translate(message('configCheckProblems', String(problems.length))))
        for (const problem of problems) gs.addErrorMessage(translate(message('configCheckProblem', problem)))
    } catch (error) {
        gs.error('IT Partner Routing: the configuration check failed: {0}', String(error))
        gs.addErrorMessage(translate(message('configCheckFailed')))
    }
}
