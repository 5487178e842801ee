import { built } from '../support/dist.ts'

const APP_TABLES = ['x_bu_itpartner_partner', 'x_bu_itpartner_department', 'x_bu_itpartner_red_flag', 'x_bu_itpartner_route', 'x_bu_itpartner_decision']

describe('dist/app: Table API access', () => {
    // The replay's snapshot is a Table API export (docs/replay.md); without web service access it returns 403
    // (now-sdk explain table-api). The read ACLs (test/artifacts/admin.test.ts) still decide who gets rows.
    test.each(APP_TABLES)('%s allows web service access', (table) => {
        const [record] = built('sys_db_object', { name: table }).filter((candidate) => candidate.folder === 'update')
        expect(record.fields.ws_access).toBe('true')
    })
})
