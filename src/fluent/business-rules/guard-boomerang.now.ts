import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { guardBoomerang } from '../../server/rules/guard-boomerang'

/** Order 1100: after routing (1000), so a hand-off the routing rule just moved is judged by where it went. */
BusinessRule({
    $id: Now.ID['br_guard_boomerang'],
    name: 'IT Partner anti-boomerang guard',
    description:
        "Blocks or warns when an IT Partner escalation is sent back to a tier-1 group or to the Partner's own group (design.md Behaviour 3).",
    table: 'incident',
    when: 'before',
    action: ['update'],
    order: 1100,
    active: true,
    filterCondition: 'assignment_groupVALCHANGES^EQ',
    script: guardBoomerang,
})
