import { MESSAGES } from '../../src/server/core/messages.ts'
import { sendToPartner } from '../../src/server/rules/send-to-partner.ts'
import { validatePartner } from '../../src/server/rules/validate-admin.ts'
import { existingIncident, updateIncident } from '../support/harness.ts'
import { articleWorld, G, U } from '../support/world.ts'

/** A session language where every server text has a translation: "[fr]" in front of the English text. */
function frenchWorld() {
    const inst = articleWorld()
    inst.addMessages(Object.fromEntries(Object.values(MESSAGES).map((key) => [key, '[fr] ' + key])))
    return inst
}

describe('server messages are shown in the session language (gs.getMessage)', () => {
    test("the guard's block message, its nested evidence too", () => {
        const inst = frenchWorld()
        const ticket = existingIncident(inst, { caller_id: U.metTech, category: 'network', assignment_group: G.network })
        updateIncident(inst, ticket, { assignment_group: G.helpCenter })
        expect(inst.messages.error).toEqual([
            '[fr] [fr] This ticket is an IT Partner escalation ([fr] the caller has a red flag as Metropolitan College IT (MET IT) staff): ' +
                'Level 1 troubleshooting is done, so it must not go to the tier-1 group IT Help Center. ' +
                'The assignment group was not changed. Ask an IT Partner Routing admin if it really belongs there.',
        ])
    })

    test('Send to IT Partner', () => {
        const inst = frenchWorld()
        const ticket = existingIncident(inst, { caller_id: U.metClient, assignment_group: G.helpCenter, opened_by: U.agent })
        sendToPartner(inst.recordForDisplay('incident', ticket), null)
        expect(inst.messages.info).toEqual(['[fr] Sent to Metropolitan College IT (MET IT)’s group MET IT.'])
    })

    test('admin validation', () => {
        const inst = frenchWorld()
        validatePartner(inst.recordForInsert('x_bu_itpartner_partner', { name: 'Nobody IT', active: 'true' }))
        expect(inst.messages.info).toEqual([`[fr] Warning: [fr] ${MESSAGES.partnerUnreachable}`])
    })
})
