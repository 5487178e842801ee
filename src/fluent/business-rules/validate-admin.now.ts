import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { validateDepartment, validatePartner, validateRedFlag, validateRoute } from '../../server/rules/validate-admin'

/**
 * Admin-table validation: before insert/update, clear messages, abort only where the data would be wrong.
 * The filter conditions run each rule only where its check can find something: the uniqueness and Partner checks
 * judge active rows only, so `active=true`; a route is checked when active, or when its table or condition changes.
 */
BusinessRule({
    $id: Now.ID['br_validate_department'],
    name: 'IT Partner department: one active row per department',
    description: 'Blocks a second active Partner department row for the same cmn_department.',
    table: 'x_bu_itpartner_department',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    filterCondition: 'active=true^EQ',
    script: validateDepartment,
})

BusinessRule({
    $id: Now.ID['br_validate_red_flag'],
    name: 'IT Partner red flag: one active flag per user',
    description: 'Blocks a second active red flag for the same user.',
    table: 'x_bu_itpartner_red_flag',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    filterCondition: 'active=true^EQ',
    script: validateRedFlag,
})

BusinessRule({
    $id: Now.ID['br_validate_route'],
    name: 'IT Partner route: active group, valid condition',
    description:
        "Blocks an escalation route whose group is missing or inactive, whose table does not exist, or whose condition does not parse or names fields the route's table lacks.",
    table: 'x_bu_itpartner_route',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    filterCondition: 'active=true^ORtableVALCHANGES^ORconditionVALCHANGES^EQ',
    script: validateRoute,
})

BusinessRule({
    $id: Now.ID['br_validate_partner'],
    name: 'IT Partner: warn without support group or stream',
    description: 'Warns (does not block) when an active IT Partner has neither a support group nor a support stream.',
    table: 'x_bu_itpartner_partner',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    active: true,
    filterCondition: 'active=true^EQ',
    script: validatePartner,
})
