import { checkPartner, checkRoute, checkUnique, type RouteFacts } from '../../src/server/core/admin-checks'
import { parseCondition } from '../../src/server/core/condition'
import { english } from '../../src/server/core/messages.ts'

describe('parseCondition', () => {
    it('accepts an empty condition', () => {
        expect(parseCondition('')).toEqual({ fields: [], problems: [] })
    })

    it('reads the field paths of AND, OR and NQ terms, once each', () => {
        const parsed = parseCondition(
            'category=network^ORcategory=hardware^NQcaller_id.vip=true^short_descriptionLIKEvpn^EQ',
        )
        expect(parsed.problems).toEqual([])
        expect(parsed.fields).toEqual(['category', 'caller_id.vip', 'short_description'])
    })

    it('knows multi-word and value-less operators', () => {
        const parsed = parseCondition('descriptionNOT LIKEkace^assignment_groupISEMPTY^priority!=1^stateNOT IN6,7')
        expect(parsed).toEqual({ fields: ['description', 'assignment_group', 'priority', 'state'], problems: [] })
    })

    it('ignores ordering clauses and keeps a literal caret in a value', () => {
        expect(parseCondition('short_description=a^^b^ORDERBYnumber')).toEqual({
            fields: ['short_description'],
            problems: [],
        })
    })

    it('reports terms without a field and operator', () => {
        expect(parseCondition('category=network^hello world').problems).toEqual([
            '"hello world" is not a condition of the form <field><operator><value>',
        ])
        expect(parseCondition('=x').problems).toHaveLength(1)
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
        unknownFields: [],
    }

    it('accepts an active route to an active group with a valid condition', () => {
        expect(checkRoute(good)).toEqual({ block: false, message: null })
    })

    it('blocks an inactive or missing group on an active route, not on an inactive one', () => {
        expect(english(checkRoute({ ...good, group: { name: 'Old', active: false } }).message!)).toContain('"Old" is inactive')
        expect(english(checkRoute({ ...good, group: null }).message!)).toContain('does not exist')
        expect(checkRoute({ ...good, active: false, group: { name: 'Old', active: false } }).block).toBe(false)
    })

    it('blocks unknown fields, unparsable terms and unknown tables', () => {
        expect(english(checkRoute({ ...good, unknownFields: ['u_nope'] }).message!)).toContain('incident does not have: u_nope')
        expect(checkRoute({ ...good, conditionProblems: ['"x" is bad'] }).block).toBe(true)
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
