import { parseCondition } from '../../src/server/core/condition.ts'

// Edges of the encoded-query reader that the condition builder's own output does not reach: each pins one anchor,
// operator or rule of src/server/core/condition.ts.

const problems = (condition: string) => parseCondition(condition).problems
const paths = (condition: string) => parseCondition(condition).fields.map((field) => field.path)
const TAG = '6c361e12471331007f47563dbb9a7135'

describe('operators', () => {
    test.each([
        ['reassignment_countGT_OR_EQUALS_FIELDreopen_count', ['reassignment_count', 'reopen_count']],
        ['reassignment_countLT_FIELDreopen_count', ['reassignment_count', 'reopen_count']],
        ['sys_created_onRELATIVEGE@hour@ago@1', ['sys_created_on']],
        ['sys_created_onRELATIVELE@hour@ago@1', ['sys_created_on']],
        ['sys_created_onRELATIVEEE@hour@ago@1', ['sys_created_on']],
        ['watch_listDOESNOTHAVEabc', ['watch_list']],
        ['categoryEXCLUDINGnetwork', ['category']],
        ['priority>2', ['priority']],
        ['priority<2', ['priority']],
    ])('%s is read', (condition, expected) => {
        expect(problems(condition)).toEqual([])
        expect(paths(condition)).toEqual(expected)
    })

    test('the @-joined operators need their parts', () => {
        expect(problems('sys_created_onRELATIVEEE1')).toEqual(['"sys_created_onRELATIVEEE1": RELATIVEEE needs its parts joined by @'])
    })

    test('an operator must follow the field at once', () => {
        expect(problems('priority~LIKE1')).toEqual(['"priority~LIKE1" is not a condition of the form <field><operator><value>'])
        expect(problems('CATEGORY=x')).toEqual(['"CATEGORY=x" is not a condition of the form <field><operator><value>'])
    })

    test('a field alone is refused; a field followed by an unknown operator is left to the platform, its field still read', () => {
        expect(problems('category')).toEqual(['"category" is not a condition of the form <field><operator><value>'])
        const unknown = parseCondition('categorySOUNDSLIKEnetwork')
        expect(unknown.problems).toEqual([])
        expect(unknown.unknownOperators).toEqual(['"categorySOUNDSLIKEnetwork" uses an unknown operator "SOUNDSLIKE"'])
        expect(unknown.fields).toEqual([{ term: 'categorySOUNDSLIKEnetwork', table: null, path: 'category' }])
    })

    test('IN HIERARCHY is read as its own operator, not as IN', () => {
        const parsed = parseCondition('assignment_groupIN HIERARCHYabc')
        expect([parsed.problems, parsed.unknownOperators, parsed.fields.map((field) => field.path)]).toEqual([[], [], ['assignment_group']])
    })
})

describe('terms', () => {
    test('space around the whole condition is ignored', () => {
        expect(problems('  category=network  ')).toEqual([])
        expect(paths('  category=network')).toEqual(['category'])
    })

    test('a literal caret (^^) is part of the value', () => {
        expect(problems('descriptionISEMPTY^^x')).toEqual(['"descriptionISEMPTY^x": ISEMPTY takes no value'])
    })

    test('order by: a whole field path, dot-walks included', () => {
        expect(paths('ORDERBYcaller_id.name')).toEqual(['caller_id.name'])
        expect(problems('ORDERBYPriority')).toEqual(['"ORDERBYPriority" does not name a field to order by'])
        expect(problems('ORDERBYpriority DESC')).toEqual(['"ORDERBYpriority DESC" does not name a field to order by'])
    })

    test('a field-valued operator names a whole field path', () => {
        expect(paths('sla_dueSAMEAScaller_id.vip')).toEqual(['sla_due', 'caller_id.vip'])
        expect(problems('caller_idSAMEASOpened_by')).toEqual(['"caller_idSAMEASOpened_by": SAMEAS must name another field'])
    })

    test('keywords count only at the start of a term', () => {
        expect(paths('short_description=ORDERBYnothing')).toEqual(['short_description'])
        expect(paths('short_description=123TEXTQUERY321=x')).toEqual(['short_description'])
        expect(problems('short_description=RLQUERYtask.parent,>=1')).toEqual([])
    })

    test('a tag is a sys_tags path with exactly one sys_id', () => {
        expect(paths(`sys_tags.${TAG}=${TAG}`)).toEqual([])
        expect(paths(`u_sys_tags.${TAG}=${TAG}`)).toEqual([`u_sys_tags.${TAG}`])
        expect(paths(`sys_tags.${TAG}0=${TAG}`)).toEqual([`sys_tags.${TAG}0`])
        // A tag with an operator the list lacks is left to the platform, and is still no field to check.
        expect(paths(`sys_tags.${TAG}SOUNDSLIKE${TAG}`)).toEqual([])
    })
})

describe('related-list queries', () => {
    test('a count of more than one digit', () => {
        expect(problems('RLQUERYtask_sla.task,>=10^ENDRLQUERY')).toEqual([])
    })

    test('nothing may follow the count but m2m or the first term', () => {
        expect(problems('RLQUERYtask_sla.task,>=1x^ENDRLQUERY')).toEqual([
            '"RLQUERYtask_sla.task,>=1x" is not a related-list query of the form RLQUERY<table>.<field>,<comparison><count>',
            '"ENDRLQUERY" closes a related-list query that was not opened',
        ])
    })

    test('one inside another is refused', () => {
        expect(problems('RLQUERYtask_sla.task,>=1^RLQUERYsys_user_grmember.user,>=1^ENDRLQUERY')).toEqual([
            '"RLQUERYsys_user_grmember.user,>=1" opens a related-list query inside another one',
        ])
    })
})
