import { gs, type GlideRecord } from '@servicenow/glide'
import { checkPartner, checkRoute, checkUnique, type Verdict } from '../core/admin-checks.ts'
import { message } from '../core/messages.ts'
import { otherActiveRow, routeFacts } from '../glide/admin-records.ts'
import { translate } from '../glide/messages.ts'
import { isActive } from '../glide/records.ts'

/** Business rule "IT Partner department: one active row per department" (before insert/update). */
export function validateDepartment(current: GlideRecord): void {
    apply(
        current,
        checkUnique(
            'department',
            current.getDisplayValue('department'),
            isActive(current.getValue('active')),
            otherActiveRow(current, 'department'),
        ),
    )
}

/** Business rule "IT Partner red flag: one active flag per user" (before insert/update). */
export function validateRedFlag(current: GlideRecord): void {
    apply(
        current,
        checkUnique(
            'red flag',
            current.getDisplayValue('user'),
            isActive(current.getValue('active')),
            otherActiveRow(current, 'user'),
        ),
    )
}

/** Business rule "IT Partner route: group active, condition valid" (before insert/update). */
export function validateRoute(current: GlideRecord): void {
    apply(current, checkRoute(routeFacts(current)))
}

/** Business rule "IT Partner: warn when nobody can be sent to the Partner" (before insert/update). */
export function validatePartner(current: GlideRecord): void {
    apply(
        current,
        checkPartner({
            active: isActive(current.getValue('active')),
            supportGroup: current.getValue('support_group') || '',
            supportStream: current.getValue('support_stream') || '',
        }),
    )
}

/**
 * A blocking verdict aborts the save with an error message (these tables are the app's own, so its scope may abort
 * their saves); a warning is shown and the save goes on. Messages are shown in the admin's language.
 */
function apply(current: GlideRecord, verdict: Verdict): void {
    if (!verdict.message) return
    if (verdict.block) {
        gs.addErrorMessage(translate(verdict.message))
        current.setAbortAction(true)
        return
    }
    gs.addInfoMessage(translate(message('adminWarning', verdict.message)))
}
