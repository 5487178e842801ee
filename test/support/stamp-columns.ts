import type { Instance } from '../../replay/glide/index.ts'
import { STAMP_FIELD } from '../../src/server/glide/stamp.ts'

/**
 * The app's columns on incident (src/fluent/tables/incident.now.ts) on an embedded instance whose schema is the
 * platform's alone; the replay gets them from dist/app's sys_dictionary. test/artifacts/surfaces.test.ts checks
 * this list against the built dictionary.
 */
export const STAMP_COLUMNS = {
    [STAMP_FIELD.partner]: { reference: 'x_bu_itpartner_partner' },
    [STAMP_FIELD.signal]: 'string',
    [STAMP_FIELD.escalation]: { type: 'boolean', default: 'false' },
    [STAMP_FIELD.hops]: { type: 'integer', default: '0' },
    [STAMP_FIELD.boomerangs]: { type: 'integer', default: '0' },
} as const

export function withStampColumns(inst: Instance): Instance {
    inst.schema.define('incident', { fields: STAMP_COLUMNS })
    return inst
}
