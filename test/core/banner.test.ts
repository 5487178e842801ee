import { bannerFor } from '../../src/server/core/banner.ts'
import { evidence, LAW, MET } from './fixtures.ts'

describe('bannerFor (Behaviour 4)', () => {
    test('escalation: Partner, signal and red-flag note; never offers Send to IT Partner', () => {
        const banner = bannerFor(evidence('red_flag', MET, 'MET IT desktop technician'), { partner: MET, department: 'Metropolitan College' })
        expect(banner).toMatchObject({
            kind: 'escalation',
            partner: MET.name,
            signal: 'red_flag',
            note: 'MET IT desktop technician',
            supportGroup: 'MET IT',
            canSendToPartner: false,
        })
    })

    test.each(['partner_opener', 'partner_handoff'] as const)('%s is an escalation banner', (signal) => {
        expect(bannerFor(evidence(signal), null)).toMatchObject({ kind: 'escalation', signal, note: '' })
    })

    test("a ticket already in the Partner's group: Send to IT Partner does not apply", () => {
        expect(bannerFor(null, { partner: MET, department: 'Metropolitan College' }, MET.supportGroup!.id)).toMatchObject({ kind: 'department', canSendToPartner: false })
    })

    test('department client whose Partner has a group: Send to IT Partner applies', () => {
        expect(bannerFor(null, { partner: MET, department: 'Metropolitan College' })).toMatchObject({
            kind: 'department',
            signal: 'department',
            department: 'Metropolitan College',
            supportGroup: 'MET IT',
            supportGroupId: MET.supportGroup!.id,
            canSendToPartner: true,
        })
    })

    test('department client whose Partner has only a support stream: the stream, no action', () => {
        expect(bannerFor(null, { partner: LAW, department: 'School of Law' })).toMatchObject({
            kind: 'department',
            supportGroup: '',
            supportStream: LAW.supportStream,
            canSendToPartner: false,
        })
    })

    test('department evidence alone is not an escalation banner', () => {
        expect(bannerFor(evidence('department'), null)).toBeNull()
    })

    test('no Partner at all: no banner', () => {
        expect(bannerFor(null, null)).toBeNull()
    })
})

describe('bannerFor: every field', () => {
    test('department client, Partner with a group', () => {
        expect(bannerFor(null, { partner: { ...MET, contact: 'metit@example.edu' }, department: 'Metropolitan College' }, 'grp_other')).toEqual({
            kind: 'department',
            partner: MET.name,
            signal: 'department',
            note: '',
            supportGroup: 'MET IT',
            supportGroupId: MET.supportGroup!.id,
            supportStream: '',
            contact: 'metit@example.edu',
            department: 'Metropolitan College',
            canSendToPartner: true,
        })
    })

    test('department client, Partner without a group: no group fields, nothing to send to', () => {
        expect(bannerFor(null, { partner: LAW, department: 'School of Law' })).toEqual({
            kind: 'department',
            partner: LAW.name,
            signal: 'department',
            note: '',
            supportGroup: '',
            supportGroupId: '',
            supportStream: LAW.supportStream,
            contact: '',
            department: 'School of Law',
            canSendToPartner: false,
        })
    })

    test('a ticket already in the Partner group is not offered Send to IT Partner', () => {
        expect(bannerFor(null, { partner: MET, department: 'Metropolitan College' }, MET.supportGroup!.id)?.canSendToPartner).toBe(false)
    })

    test('an escalation keeps the caller department it was found with', () => {
        expect(bannerFor(evidence('partner_opener'), { partner: LAW, department: 'School of Law' })).toMatchObject({ kind: 'escalation', partner: MET.name, department: 'School of Law', note: '' })
    })
})
