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
    // Only saves that can change a decision or the stamp (issue 16 item 6). On insert the previous values are the new
    // record's empty ones, so a field the insert sets "changes" ("Scoped GlideElement - changes()"; the condition
    // builder supports changes() in business-rule conditions: "Business rules", Xanadu to Zurich).
    filterCondition: 'assignment_groupVALCHANGES^ORcaller_idVALCHANGES^ORopened_byVALCHANGES^EQ',
    script: routeEscalation,
})
