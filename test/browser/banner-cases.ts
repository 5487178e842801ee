import type { AjaxPolicy } from '../../emulator/client/ajax.ts'
import type { ClientForm, ClientScript, FormOptions } from '../../emulator/client/form.ts'
import { CLIENT_UIS, type ClientUi } from '../../emulator/client/ui.ts'
import { bannerFor, type Banner } from '../../src/server/core/banner.ts'
import type { Partner } from '../../src/server/core/model.ts'

const MET: Partner = {
    id: 'p1',
    name: 'MET IT',
    supportGroup: { id: 'a'.repeat(32), name: 'MET IT Service Desk' },
    supportStream: 'MET IT Help Desk',
    contact: 'metit@example.edu',
}
const LAW: Partner = { id: 'p2', name: 'LAW IT', supportGroup: null, supportStream: 'https://www.bu.edu/law/it-help', contact: '' }

const redFlag = bannerFor({ signal: 'red_flag', partner: MET, note: 'MET IT desktop technician: Level 1 is done.' }, null)!
const opener = bannerFor({ signal: 'partner_opener', partner: MET }, null)!
const handoff = bannerFor({ signal: 'partner_handoff', partner: MET }, null)!
const metClient = bannerFor(null, { partner: MET, department: 'Metropolitan College' })!
const lawClient = bannerFor(null, { partner: LAW, department: 'School of Law' })!

const CALLER = 'c'.repeat(32)
const OTHER = 'd'.repeat(32)
const TICKET = 'e'.repeat(32)
const OPENER = 'f'.repeat(32)

const LEVEL1 =
    'Level 1 troubleshooting is done. Do not ask basic triage questions (reboot, another outlet) and do not send the ticket back to the Service Desk, Desktop Services or MET IT: route it to the IS&T group that can solve it.'

/**
 * What an agent sees from the two banner client scripts, in each UI's documented client API (uiType all). Run on the
 * built scripts (banner-client.test.ts) and on their TypeScript sources (banner-source.test.ts).
 */
export function bannerScriptCases(kind: string, onLoadScript: ClientScript, onChangeScript: ClientScript, ajax: AjaxPolicy): void {
    describe.each(CLIENT_UIS)('in %s', (ui: ClientUi) => {
        // Service Portal's g_form has no clearMessages: a banner shown there stays until the form reloads.
        const clears = ui !== 'portal'

        function loaded(scratchpad: { itPartner?: Banner | null; itPartnerChecked?: boolean }, options: FormOptions = {}): ClientForm {
            const form = onLoadScript.open({ ui, roles: ['itil'], scratchpad, ...options })
            form.onLoad()
            return form
        }

        describe(`onLoad "IT Partner banner" (${kind})`, () => {
            test('red-flag escalation: who escalated, Level 1 done, do not send back, the red-flag note; escalation decoration', () => {
                const form = loaded({ itPartner: redFlag })
                expect(form.messages).toEqual([
                    `IT Partner escalation from MET IT: the caller is MET IT staff (red flag). ${LEVEL1} Red flag note: MET IT desktop technician: Level 1 is done. MET IT contact: metit@example.edu`,
                ])
                expect(form.decorations).toEqual([{ field: 'caller_id', icon: 'icon-user-group', title: 'IT Partner escalation: MET IT' }])
            })

            test('opener escalation names the opener as Partner staff, without a red-flag note', () => {
                const form = loaded({ itPartner: opener })
                expect(form.messages).toHaveLength(1)
                expect(form.messages[0]).toBe(
                    `IT Partner escalation from MET IT: this ticket was opened by MET IT staff. ${LEVEL1} MET IT contact: metit@example.edu`,
                )
                expect(form.decorations[0].title).toBe('IT Partner escalation: MET IT')
            })

            test('hand-off escalation says the Partner handed it over from its own queue', () => {
                const form = loaded({ itPartner: handoff })
                expect(form.messages[0]).toMatch(
                    /^IT Partner escalation from MET IT: MET IT handed this ticket to IS&T from its own queue\. Level 1 troubleshooting is done\./,
                )
                expect(form.messages[0]).not.toContain('Red flag note')
            })

            test('department client whose Partner has a support group: Send to IT Partner, its group, account and KACE stay', () => {
                const form = loaded({ itPartner: metClient })
                expect(form.messages).toEqual([
                    'Department client: Metropolitan College is supported by the IT Partner MET IT. If the client reached IS&T by mistake, use Send to IT Partner to move the ticket to MET IT Service Desk. If MET IT escalated it after Level 1 troubleshooting, keep it with IS&T. Account issues and KACE stay with IS&T. MET IT contact: metit@example.edu',
                ])
                expect(form.decorations).toEqual([{ field: 'caller_id', icon: 'icon-user-group', title: 'IT Partner client: MET IT' }])
            })

            test('department client whose Partner has only a support stream: the stream, no Send to IT Partner', () => {
                const form = loaded({ itPartner: lawClient })
                expect(form.messages).toEqual([
                    "Department client: School of Law is supported by the IT Partner LAW IT. If the client reached IS&T by mistake, refer them to LAW IT's support stream: https://www.bu.edu/law/it-help. If LAW IT escalated it after Level 1 troubleshooting, keep it with IS&T. Account issues and KACE stay with IS&T.",
                ])
                expect(form.messages[0]).not.toContain('Send to IT Partner')
                expect(form.decorations[0].title).toBe('IT Partner client: LAW IT')
            })

            test('department client whose Partner has neither group nor stream, department unknown: the Partner alone', () => {
                const bare: Partner = { id: 'p3', name: 'CAS IT', supportGroup: null, supportStream: '', contact: '' }
                const form = loaded({ itPartner: bannerFor(null, { partner: bare, department: '' })! })
                expect(form.messages).toEqual([
                    "Department client: The caller's department is supported by the IT Partner CAS IT. If the client reached IS&T by mistake, refer them to CAS IT (no support group or stream is on record). If CAS IT escalated it after Level 1 troubleshooting, keep it with IS&T. Account issues and KACE stay with IS&T.",
                ])
                expect(form.unlistedMessages).toEqual([])
            })

            test('non-partner caller (the display rule ran and found no banner): no message, no decoration, no server call', () => {
                const form = loaded({ itPartnerChecked: true }, { values: { caller_id: CALLER, opened_by: OPENER }, sysId: TICKET })
                expect(form.messages).toEqual([])
                expect(form.decorations).toEqual([])
                expect(form.ajaxCalls).toHaveLength(0)
            })

            test('self-service user: nothing, even if banner data were there, and no server call without it', () => {
                const bare = loaded({}, { roles: [], values: { caller_id: CALLER }, sysId: TICKET })
                expect(bare.messages).toEqual([])
                expect(bare.ajaxCalls).toHaveLength(0)
                const form = loaded({ itPartner: redFlag }, { roles: [] })
                expect(form.messages).toEqual([])
                expect(form.decorations).toEqual([])
            })

            test('the app reader role sees the banner too', () => {
                expect(loaded({ itPartner: redFlag }, { roles: ['x_bu_itpartner.reader'] }).messages).toHaveLength(1)
            })

            test('makes no server call and asks only for listed (translatable) messages', () => {
                for (const banner of [redFlag, opener, handoff, metClient, lawClient]) {
                    const form = loaded({ itPartner: banner, itPartnerChecked: true }, { values: { caller_id: CALLER, opened_by: OPENER }, sysId: TICKET })
                    expect(form.ajaxCalls).toHaveLength(0)
                    expect(form.unlistedMessages).toEqual([])
                }
            })

            test('angle brackets in Partner data cannot inject markup into the Core UI message', () => {
                const form = loaded({ itPartner: { ...redFlag, note: '<img src=x onerror=alert(1)>' } })
                expect(form.messages[0]).not.toMatch(/[<>]/)
            })
        })

        describe(`onLoad "IT Partner banner" without the display rule's data (${kind})`, () => {
            /** A saved ticket's form whose g_scratchpad the display rule did not fill (rule removed, inactive or refused). */
            function bare(options: FormOptions = {}): ClientForm {
                return loaded({}, { values: { caller_id: CALLER, opened_by: OPENER }, sysId: TICKET, ...options })
            }

            test('asks ITPartnerBannerAjax.getBanner once for the form’s parties and shows the answer', () => {
                const form = bare()
                expect(form.ajaxCalls).toHaveLength(1)
                expect(form.ajaxCalls[0].processor).toBe('x_bu_itpartner.ITPartnerBannerAjax')
                expect(form.ajaxCalls[0].params).toEqual({ sysparm_name: 'getBanner', sysparm_caller: CALLER, sysparm_opener: OPENER, sysparm_ticket: TICKET })
                expect(form.ajaxCalls[0].answered).toBe(true)
                form.ajaxCalls[0].answer(JSON.stringify(redFlag))
                expect(form.messages).toEqual([expect.stringMatching(/^IT Partner escalation from MET IT: the caller is MET IT staff \(red flag\)\./)])
                expect(form.decorations).toEqual([{ field: 'caller_id', icon: 'icon-user-group', title: 'IT Partner escalation: MET IT' }])
                expect(form.scratchpad.itPartner).toEqual(redFlag)
                expect(form.unlistedMessages).toEqual([])
            })

            test('no banner in the answer, an answer that is not JSON, or a refused request: nothing shown', () => {
                for (const answer of ['', '<html>session expired</html>', JSON.stringify({ kind: 'escalation' })]) {
                    const form = bare()
                    form.ajaxCalls[0].answer(answer)
                    expect([answer, form.messages, form.decorations]).toEqual([answer, [], []])
                }
                const refusing = { ...ajax, acls: ajax.acls.map((acl) => ({ ...acl, roles: ['x_bu_itpartner.admin'], adminOverrides: false })) }
                const refused = bare({ ajax: refusing })
                expect(refused.ajaxCalls[0]).toMatchObject({ answered: false })
                refused.ajaxCalls[0].answer(JSON.stringify(redFlag))
                expect(refused.messages).toEqual([])
            })

            test('a new form: no call without a caller; with a prefilled caller, no ticket sys_id is sent', () => {
                expect(bare({ isNew: true, values: { caller_id: '', opened_by: OPENER } }).ajaxCalls).toHaveLength(0)
                const form = bare({ isNew: true })
                expect(form.ajaxCalls.map((call) => call.params.sysparm_ticket)).toEqual([''])
            })

            test('a saved ticket with no caller still asks: the ticket itself may prove a hand-off', () => {
                const form = bare({ values: { caller_id: '', opened_by: '' } })
                expect(form.ajaxCalls.map((call) => call.params)).toEqual([{ sysparm_name: 'getBanner', sysparm_caller: '', sysparm_opener: '', sysparm_ticket: TICKET }])
                form.ajaxCalls[0].answer(JSON.stringify(handoff))
                expect(form.decorations).toEqual([{ field: 'caller_id', icon: 'icon-user-group', title: 'IT Partner escalation: MET IT' }])
            })

            test('an answer that arrives after the agent changed the caller is dropped (the onChange script answers for the new one)', () => {
                const form = bare()
                form.values.caller_id = OTHER
                form.ajaxCalls[0].answer(JSON.stringify(redFlag))
                expect(form.messages).toEqual([])
                expect(form.decorations).toEqual([])
            })

            test.each(['x_bu_itpartner.reader', 'x_bu_itpartner.admin', 'admin'])('a %s user’s request is answered too', (role) => {
                const form = bare({ roles: [role] })
                expect(form.ajaxCalls[0]).toMatchObject({ answered: true, refusal: null })
            })
        })

        describe(`onChange of caller_id "IT Partner banner refresh" (${kind})`, () => {
            function changed(options: FormOptions & { from?: Banner }) {
                const form = onChangeScript.open({
                    ui,
                    roles: ['itil'],
                    values: { caller_id: CALLER, opened_by: OPENER },
                    sysId: TICKET,
                    ...options,
                    scratchpad: {},
                })
                // The banner the onLoad script showed for the old caller.
                if (options.from) {
                    const onLoadForm = loaded({ itPartner: options.from })
                    form.messages.push(...onLoadForm.messages)
                    form.decorations.push(...onLoadForm.decorations)
                    form.scratchpad.itPartner = options.from
                }
                return form
            }

            test('does nothing while the form loads', () => {
                const form = changed({ from: redFlag })
                form.changeCaller(CALLER, true)
                expect(form.ajaxCalls).toHaveLength(0)
                expect(form.messages).toHaveLength(1)
            })

            test('asks x_bu_itpartner.ITPartnerBannerAjax.getBanner for the new caller and replaces banner and decoration', () => {
                const form = changed({ from: redFlag })
                form.changeCaller(OTHER)
                expect(form.ajaxCalls).toHaveLength(1)
                expect(form.ajaxCalls[0].processor).toBe('x_bu_itpartner.ITPartnerBannerAjax')
                expect(form.ajaxCalls[0].params).toEqual({ sysparm_name: 'getBanner', sysparm_caller: OTHER, sysparm_opener: OPENER, sysparm_ticket: TICKET })
                expect(form.ajaxCalls[0].answered).toBe(true)
                form.ajaxCalls[0].answer(JSON.stringify(metClient))
                expect(form.messages).toHaveLength(clears ? 1 : 2)
                expect(form.messages.at(-1)).toMatch(/^Department client: Metropolitan College is supported by the IT Partner MET IT\./)
                expect(form.decorations).toEqual([{ field: 'caller_id', icon: 'icon-user-group', title: 'IT Partner client: MET IT' }])
                expect(form.scratchpad.itPartner).toEqual(metClient)
                expect(form.unlistedMessages).toEqual([])
            })

            test('an empty answer (non-partner caller) takes the old banner down', () => {
                const form = changed({ from: metClient })
                form.changeCaller(OTHER)
                form.ajaxCalls[0].answer('')
                expect(form.messages).toHaveLength(clears ? 0 : 1)
                expect(form.decorations).toEqual([])
            })

            test('caller cleared on a new form: banner removed at once, no server call', () => {
                const form = changed({ from: redFlag, isNew: true })
                form.changeCaller('')
                expect(form.ajaxCalls).toHaveLength(0)
                expect(form.messages).toHaveLength(clears ? 0 : 1)
                expect(form.decorations).toEqual([])
                expect(form.scratchpad.itPartner).toBeFalsy()
            })

            test('caller cleared on a saved form: asks with an empty caller, and shows what the ticket itself still proves', () => {
                const form = changed({ from: redFlag, values: { caller_id: CALLER } })
                form.changeCaller('')
                expect(form.ajaxCalls.map((call) => call.params)).toEqual([{ sysparm_name: 'getBanner', sysparm_caller: '', sysparm_opener: '', sysparm_ticket: TICKET }])
                form.ajaxCalls[0].answer(JSON.stringify(handoff))
                expect(form.messages.at(-1)).toMatch(/^IT Partner escalation from MET IT: MET IT handed this ticket to IS&T from its own queue\./)
                expect(form.decorations).toEqual([{ field: 'caller_id', icon: 'icon-user-group', title: 'IT Partner escalation: MET IT' }])
            })

            test('an answer that is not JSON takes the old banner down and shows none', () => {
                const form = changed({ from: redFlag })
                form.changeCaller(OTHER)
                form.ajaxCalls[0].answer('<html>session expired</html>')
                expect(form.decorations).toEqual([])
                expect(form.scratchpad.itPartner).toBeNull()
            })

            test('a new form sends no ticket sys_id', () => {
                const form = changed({ isNew: true })
                form.changeCaller(OTHER)
                expect(form.ajaxCalls[0].params.sysparm_ticket).toBe('')
            })

            test('an answer for a caller no longer on the form is dropped', () => {
                const form = changed({ from: redFlag })
                form.changeCaller(OTHER)
                form.changeCaller(CALLER)
                form.ajaxCalls[0].answer(JSON.stringify(metClient))
                expect(form.messages[0]).toMatch(/^IT Partner escalation from MET IT/)
            })

            test('a form without a banner keeps its other messages when the new caller has none', () => {
                const form = changed({})
                form.messages.push('Record updated')
                form.changeCaller(OTHER)
                form.ajaxCalls[0].answer('')
                expect(form.messages).toEqual(['Record updated'])
                expect(form.clearCount).toBe(0)
            })

            test('self-service users make no server call', () => {
                const form = changed({ roles: [] })
                form.changeCaller(OTHER)
                expect(form.ajaxCalls).toHaveLength(0)
            })

            test.each(['x_bu_itpartner.reader', 'x_bu_itpartner.admin', 'admin'])('the ACL lets a %s user have the answer', (role) => {
                const form = changed({ roles: [role] })
                form.changeCaller(OTHER)
                expect(form.ajaxCalls[0]).toMatchObject({ answered: true, refusal: null })
                form.ajaxCalls[0].answer(JSON.stringify(metClient))
                expect(form.decorations).toEqual([{ field: 'caller_id', icon: 'icon-user-group', title: 'IT Partner client: MET IT' }])
            })

            test('a request the ACL refuses goes unanswered: no new banner, the old decoration comes down', () => {
                const refusing = { ...ajax, acls: ajax.acls.map((acl) => ({ ...acl, roles: ['x_bu_itpartner.admin'], adminOverrides: false })) }
                const form = changed({ from: redFlag, ajax: refusing })
                form.changeCaller(OTHER)
                expect(form.ajaxCalls[0]).toMatchObject({ answered: false })
                form.ajaxCalls[0].answer(JSON.stringify(metClient))
                expect(form.messages.filter((message) => message.startsWith('Department client'))).toEqual([])
                expect(form.decorations).toEqual([])
            })
        })
    })
}
