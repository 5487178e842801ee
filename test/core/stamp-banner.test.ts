import { escalationFromStamp, type StampFacts } from '../../src/server/core/banner.ts'
import type { Evidence, Partner } from '../../src/server/core/model.ts'
import { NO_STAMP, type Stamp } from '../../src/server/core/stamp.ts'
import { evidence, LAW, MET } from './fixtures.ts'

const stamp = (signal: Stamp['signal'], partner: Partner = MET, escalation = true): Stamp => ({ partner: partner.id, signal, escalation })
const flag = (who: Partner, note = 'note of ' + who.name): Evidence => evidence('red_flag', who, note)

type Case = [name: string, stamp: Stamp, callerFlag: Evidence | null, openerFlag: Evidence | null, stamped: Partner | null, expected: Evidence | null, asksPartner: boolean]

describe('escalationFromStamp: the banner from the stamp, or null to fall back to the lookups', () => {
    test.each<Case>([
        ['red_flag stamp, the caller still has that flag: the flag, with its note', stamp('red_flag'), flag(MET), null, MET, flag(MET), false],
        ['red_flag stamp, the flag is gone: lookups', stamp('red_flag'), null, null, MET, null, false],
        ['red_flag stamp, the caller now flagged for another Partner: lookups', stamp('red_flag'), flag(LAW), null, MET, null, false],
        ['red_flag stamp, only the opener is flagged: lookups', stamp('red_flag'), null, flag(MET), MET, null, false],
        ['partner_opener stamp, the opener flagged for that Partner: its note', stamp('partner_opener'), null, flag(MET), MET, { ...flag(MET), signal: 'partner_opener' }, false],
        ['partner_opener stamp, the opener flagged for another Partner: lookups', stamp('partner_opener'), null, flag(LAW), MET, null, false],
        ['partner_opener stamp by membership (no flag): the stamped Partner', stamp('partner_opener'), null, null, MET, { signal: 'partner_opener', partner: MET }, true],
        ['partner_opener stamp, the caller now has a red flag (stronger): lookups', stamp('partner_opener'), flag(MET), null, MET, null, false],
        ['partner_handoff stamp: the stamped Partner, no note', stamp('partner_handoff'), null, null, MET, { signal: 'partner_handoff', partner: MET }, true],
        ['partner_handoff stamp, an opener flagged for another Partner (weaker): the stamp', stamp('partner_handoff'), null, flag(LAW), MET, { signal: 'partner_handoff', partner: MET }, true],
        ['partner_handoff stamp, the caller flagged: lookups', stamp('partner_handoff'), flag(MET), null, MET, null, false],
        ['stamped Partner gone or inactive: lookups', stamp('partner_handoff'), null, null, null, null, true],
        ['stamped Partner answers with another id: lookups', stamp('partner_handoff'), null, null, LAW, null, true],
        ['department stamp (never an escalation): lookups', stamp('department', MET, false), null, null, MET, null, false],
        ['escalation flag off: lookups', stamp('partner_handoff', MET, false), null, null, MET, null, false],
        ['a department stamp marked as an escalation (a hand-edited ticket): lookups', stamp('department'), null, null, MET, null, false],
        ['no stamp: lookups', NO_STAMP, null, null, MET, null, false],
        ['a stamp without a Partner: lookups', { partner: '', signal: 'partner_handoff', escalation: true }, null, null, MET, null, false],
    ])('%s', (_name, given, callerFlag, openerFlag, stamped, expected, asksPartner) => {
        let asked = 0
        const facts: StampFacts = { callerFlag, openerFlag, stampedPartner: () => (asked++, stamped) }
        expect(escalationFromStamp(given, facts)).toEqual(expected)
        expect(asked).toBe(asksPartner ? 1 : 0)
    })
})
