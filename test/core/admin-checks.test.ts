import { checkPartner, checkRoute, checkUnique, type RouteFacts } from '../../src/server/core/admin-checks'
import { parseCondition } from '../../src/server/core/condition'
import { english } from '../../src/server/core/messages.ts'

/** Conditions as the condition builder writes them (see "Operators available for filters and queries"). */
const VALID: [string, string, string[]][] = [
    ['empty', '', []],
    ['AND, OR, NQ and EQ', 'category=network^ORcategory=hardware^NQcaller_id.vip=true^short_descriptionLIKEvpn^EQ', ['category', 'category', 'caller_id.vip', 'short_description']],
    ['dot-walk', 'caller_id.department.name=Physics', ['caller_id.department.name']],
    ['multi-word and value-less operators', 'descriptionNOT LIKEkace^assignment_groupISEMPTY^priority!=1^stateNOT IN6,7', ['description', 'assignment_group', 'priority', 'state']],
    ['IN, STARTSWITH, ENDSWITH', 'stateIN1,2,3^short_descriptionSTARTSWITHSAP^short_descriptionENDSWITHoutage', ['state', 'short_description', 'short_description']],
    ['empty string, anything, is not empty', 'descriptionEMPTYSTRING^categoryANYTHING^caller_idISNOTEMPTY', ['description', 'category', 'caller_id']],
    ['javascript: date value', 'opened_at>=javascript:gs.beginningOfLastMonth()', ['opened_at']],
    ['on today', 'opened_atONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()', ['opened_at']],
    ['not on', 'sla_dueNOTONToday@javascript:gs.daysAgoStart(0)@javascript:gs.daysAgoEnd(0)', ['sla_due']],
    ['between dates', "opened_atBETWEENjavascript:gs.dateGenerate('2025-01-01','start')@javascript:gs.dateGenerate('2025-01-31','end')", ['opened_at']],
    ['between numbers', 'priorityBETWEEN1@3', ['priority']],
    ['relative', 'sys_created_onRELATIVEGT@hour@ago@1^sys_updated_onRELATIVELT@day@ahead@2', ['sys_created_on', 'sys_updated_on']],
    ['trend', "sla_dueDATEPARTMonday@javascript:gs.datePart('dayofweek','monday','EE')", ['sla_due']],
    ['dynamic (Me)', 'caller_idDYNAMIC90d1921e5f510100a9ad2572f2b477fe', ['caller_id']],
    ['same as / different from another field', 'caller_idSAMEASopened_by^ORcaller_idNSAMEASassigned_to', ['caller_id', 'opened_by', 'caller_id', 'assigned_to']],
    ['date same as with a unit', 'sla_dueSAMEASactivity_due@day', ['sla_due', 'activity_due']],
    ['more than / less than another date', 'sla_dueMORETHANactivity_due@day@before@1^sla_dueLESSTHANactivity_due@day@before@3', ['sla_due', 'activity_due', 'sla_due', 'activity_due']],
    ['field comparisons', 'reassignment_countGT_FIELDreopen_count^reassignment_countLT_OR_EQUALS_FIELDreopen_count', ['reassignment_count', 'reopen_count', 'reassignment_count', 'reopen_count']],
    ['change operators', 'stateVALCHANGES^priorityCHANGESFROM1^stateCHANGESTO2', ['state', 'priority', 'state']],
    ['search term', '123TEXTQUERY321=email^active=true', ['active']],
    ['tags', 'sys_tags.6c361e12471331007f47563dbb9a7135=6c361e12471331007f47563dbb9a7135', []],
    ['order', 'active=true^ORDERBYpriority^ORDERBYDESCopened_at', ['active', 'priority', 'opened_at']],
    ['a literal caret', 'short_description=a^^b', ['short_description']],
]

describe('parseCondition accepts what the condition builder writes', () => {
    it.each(VALID)('%s', (_name, condition, paths) => {
        const parsed = parseCondition(condition)
        expect(parsed.problems).toEqual([])
        expect(parsed.fields.map((field) => field.path)).toEqual(paths)
        expect(parsed.fields.every((field) => field.table === null)).toBe(true)
    })

    it('reads a related-list query on its own table, with its inline and following terms', () => {
        const parsed = parseCondition('active=true^RLQUERYtask_sla.task,>=1,has_breached=true^stage=in_progress^ENDRLQUERY^priority=1')
        expect(parsed.problems).toEqual([])
        expect(parsed.fields.map((field) => [field.table, field.path])).toEqual([
            [null, 'active'],
            ['task_sla', 'task'],
            ['task_sla', 'has_breached'],
            ['task_sla', 'stage'],
            [null, 'priority'],
        ])
        expect(parseCondition('RLQUERYsys_user_grmember.user,>=1,m2m^group.name=Network^ENDRLQUERY').problems).toEqual([])
    })

    it('names the term it refuses, and why', () => {
        const problems = (condition: string) => parseCondition(condition).problems
        expect(problems('category=network^hello world')).toEqual(['"hello world" is not a condition of the form <field><operator><value>'])
        expect(problems('=x')).toEqual(['"=x" is not a condition of the form <field><operator><value>'])
        expect(parseCondition('priorityISBIGGER2').unknownOperators).toEqual(['"priorityISBIGGER2" uses an unknown operator "ISBIGGER"'])
        expect(problems('^ORcategoryLIKES')).toEqual([])
        expect(problems('categoryISEMPTYnetwork')).toEqual(['"categoryISEMPTYnetwork": ISEMPTY takes no value'])
        expect(problems('priorityBETWEEN1')).toEqual(['"priorityBETWEEN1": BETWEEN needs its parts joined by @'])
        expect(problems('caller_idSAMEAS')).toEqual(['"caller_idSAMEAS": SAMEAS must name another field'])
        expect(problems('RLQUERYtask_sla.task,>=1^stage=x')).toEqual(['"RLQUERYtask_sla.task,>=1" is not closed with ^ENDRLQUERY'])
        expect(problems('RLQUERYtask_sla')).toEqual(['"RLQUERYtask_sla" is not a related-list query of the form RLQUERY<table>.<field>,<comparison><count>'])
        expect(problems('active=true^ENDRLQUERY')).toEqual(['"ENDRLQUERY" closes a related-list query that was not opened'])
        expect(problems('ORDERBY')).toEqual(['"ORDERBY" does not name a field to order by'])
    })
})

describe('checkUnique', () => {
    it('blocks a second active row and names the Partner that holds the first', () => {
        const verdict = checkUnique('department', 'Metropolitan College', true, { partner: 'MET IT' })
        expect(verdict.block).toBe(true)
        expect(english(verdict.message!)).toContain(
            'Department Metropolitan College already has an active Partner department (IT Partner: MET IT)',
        )
    })

    it('lets an inactive row or the only active row through', () => {
        expect(checkUnique('red flag', 'Ann', false, { partner: 'MET IT' })).toEqual({ block: false, message: null })
        expect(checkUnique('red flag', 'Ann', true, null)).toEqual({ block: false, message: null })
    })
})

describe('checkRoute', () => {
    const good: RouteFacts = {
        active: true,
        group: { name: 'Network Services', active: true },
        table: 'incident',
        tableExists: true,
        condition: 'category=network',
        conditionProblems: [],
        fieldProblems: [],
        platformValid: true,
    }

    it('accepts an active route to an active group with a valid condition', () => {
        expect(checkRoute(good)).toEqual({ block: false, message: null })
    })

    it('blocks an inactive or missing group on an active route, not on an inactive one', () => {
        expect(english(checkRoute({ ...good, group: { name: 'Old', active: false } }).message!)).toContain('"Old" is inactive')
        expect(english(checkRoute({ ...good, group: null }).message!)).toContain('does not exist')
        expect(checkRoute({ ...good, active: false, group: { name: 'Old', active: false } }).block).toBe(false)
    })

    it('blocks unknown fields, dot-walks through a non-reference, unparsable terms and unknown tables, naming the term', () => {
        const field = (reason: 'no_table' | 'no_field' | 'not_reference', table: string, step: string) => ({
            ...good,
            fieldProblems: [{ term: 'caller_id.u_nope.name=x', reason, table, step }],
        })
        expect(english(checkRoute(field('no_field', 'sys_user', 'u_nope')).message!)).toContain(
            'its condition term "caller_id.u_nope.name=x" names a field that sys_user does not have: u_nope',
        )
        expect(english(checkRoute(field('not_reference', 'sys_user', 'u_nope')).message!)).toContain(
            'dot-walks through sys_user.u_nope, which is not a reference field',
        )
        expect(english(checkRoute(field('no_table', 'u_gone', '')).message!)).toContain('names a table that does not exist: u_gone')
        expect(checkRoute({ ...good, conditionProblems: ['"x" is bad'] }).block).toBe(true)
        expect(english(checkRoute({ ...good, platformValid: false }).message!)).toContain(
            '"category=network" is not a valid encoded query on incident (GlideRecord.isEncodedQueryValid)',
        )
        expect(english(checkRoute({ ...good, platformValid: false, conditionProblems: ['"x" is bad'] }).message!)).not.toContain('isEncodedQueryValid')
        expect(english(checkRoute({ ...good, table: 'u_gone', tableExists: false }).message!)).toContain(
            '"u_gone" does not exist',
        )
    })
})

describe('checkPartner', () => {
    it('warns, without blocking, about an active Partner nobody can be sent to', () => {
        const verdict = checkPartner({ active: true, supportGroup: '', supportStream: '  ' })
        expect(verdict.block).toBe(false)
        expect(english(verdict.message!)).toContain('neither a support group nor a support stream')
    })

    it('is silent when the Partner has a group or a stream, or is inactive', () => {
        expect(checkPartner({ active: true, supportGroup: 'g1', supportStream: '' }).message).toBeNull()
        expect(checkPartner({ active: true, supportGroup: '', supportStream: 'met-it@bu.edu' }).message).toBeNull()
        expect(checkPartner({ active: false, supportGroup: '', supportStream: '' }).message).toBeNull()
    })
})

describe('checkRoute: the whole message', () => {
    const facts: RouteFacts = {
        active: true,
        group: null,
        table: 'u_gone',
        tableExists: false,
        condition: 'u_x=1',
        conditionProblems: [],
        fieldProblems: [{ term: 'u_x=1', reason: 'no_table', table: 'u_gone', step: '' }],
        platformValid: false,
    }

    test('each problem once, joined; no field problems on a table that does not exist', () => {
        expect(english(checkRoute(facts).message!)).toBe('This escalation route cannot be saved: its assignment group does not exist; its table "u_gone" does not exist.')
    })
})
