import { gs } from '@servicenow/glide'
import { checkConfiguration } from '../core/config-check.ts'
import { configurationFacts } from '../glide/config-facts.ts'

/**
 * UI action "Check configuration" (Escalation routes list): the configuration check's problems as messages on the
 * list the admin returns to. A failure of the check itself is reported, never thrown at the admin.
 */
export function showConfigurationCheck(): void {
    try {
        const problems = checkConfiguration(configurationFacts())
        if (!problems.length) {
            gs.addInfoMessage('IT Partner Routing configuration check: no problems found.')
            return
        }
        gs.addErrorMessage(`IT Partner Routing configuration check: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`)
        for (const problem of problems) gs.addErrorMessage(problem)
    } catch (error) {
        gs.error('IT Partner Routing: the configuration check failed: {0}', String(error))
        gs.addErrorMessage('IT Partner Routing configuration check could not run; see the system log.')
    }
}
