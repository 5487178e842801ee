import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { recordDecisions } from '../../server/rules/record-decisions'

/**
 * After insert/update: a decision row exists only for a save that happened. The before rules
 * (routing 1000, guard 1100) queue their decisions on the ticket; after rules run once the save is in the database,
 * and changes() still compares with the previous values there ("GlideElement - Scoped", Xanadu to Zurich). An insert
 * is told by operation() ("GlideRecord - Scoped"): it runs when the before rules queued anything.
 */
BusinessRule({
    $id: Now.ID['br_record_decisions'],
    name: 'IT Partner decision log',
    description: 'Writes the routing decisions this save made (design.md Behaviour 2), only after the save succeeded.',
    table: 'incident',
    when: 'after',
    action: ['insert', 'update'],
    order: 1000,
    active: true,
    condition: "current.operation() == 'insert' ? !current.getElement('x_bu_itpartner_pending_decision').nil() : current.getElement('x_bu_itpartner_pending_decision').changes()",
    script: recordDecisions,
})
