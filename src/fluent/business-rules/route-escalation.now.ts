import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { routeEscalation } from '../../server/rules/route-escalation'

/**
 * Order 1000: the platform runs before rules below 1000, then its before engines (assignment rules, data lookup
 * rules), then before rules from 1000 up ("Execution order of scripts and engines", ServiceNow docs). Routing must
 * see the group those engines chose, e.g. the Service Desk catch-all assignment rule.
 */
BusinessRule({
    $id: Now.ID['br_route_escalation'],
    name: 'IT Partner escalation routing',
    description:
        'Sends IT Partner escalations past the tier-1 groups to the IS&T group their escalation route names (design.md Behaviour 1).',
    table: 'incident',
    when: 'before',
    action: ['insert', 'update'],
    order: 1000,
    active: true,
    // Only saves that can change a decision or the stamp: every insert, and an update that changes
    // the group, caller or opener. operation() names the save ("GlideRecord - Scoped"), so the insert does not depend
    // on what changes() answers for a new record; changes() compares with the previous values ("GlideElement -
    // Scoped"). A script condition runs before the rule and the rule runs only when it is true ("Business rules").
    condition: "current.operation() == 'insert' || current.getElement('assignment_group').changes() || current.getElement('caller_id').changes() || current.getElement('opened_by').changes()",
    script: routeEscalation,
})
