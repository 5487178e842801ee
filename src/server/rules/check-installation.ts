import { gs } from '@servicenow/glide'
import { checkInstallation } from '../core/install-check.ts'
import { message } from '../core/messages.ts'
import { installationFacts } from '../glide/install-facts.ts'
import { translate } from '../glide/messages.ts'

/**
 * UI action "Check installation" (Escalation routes list): what the instance must give the app at run time, as
 * messages on the list the admin returns to: each problem with its fix (error messages), then the settings to compare
 * with what the admin noted before the install (info messages). A failure of the check itself is reported, never
 * thrown at the admin.
 */
export function showInstallationCheck(): void {
    try {
        const { problems, facts } = checkInstallation(installationFacts())
        if (problems.length) {
            gs.addErrorMessage(translate(message('installCheckProblems', String(problems.length))))
            for (const problem of problems) gs.addErrorMessage(translate(message('installCheckProblem', problem)))
        } else {
            gs.addInfoMessage(translate(message('installCheckClean')))
        }
        for (const fact of facts) gs.addInfoMessage(translate(fact))
    } catch (error) {
        gs.error('IT Partner Routing: the installation check failed: {0}', String(error))
        gs.addErrorMessage(translate(message('installCheckFailed')))
    }
}
