import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * The stamp columns' field ACLs (src/fluent/security/stamp-acls.now.ts), in the style of ATF 17 and 18: asked of the
 * platform as each user, with GlideElement canWrite() and canCreate() ("GlideElement - Scoped": whether the user's
 * roles permit writing the field / creating it on a new record), which evaluate the field ACLs the list editor, the
 * form and the Table API obey. short_description is the control: both users may write it.
 */

export const stampColumnsSecured = Test(
    {
        $id: Now.ID['atf_stamp_columns_secured'],
        name: 'IT Partner 26: an itil agent cannot change the stamp columns on incident; an app admin can',
        description:
            'Field security of the stamp: as an itil-only user, every app column on incident (IT Partner, signal, Partner escalation, hops, boomerangs, ping-pong, pending decisions) is neither writable on a saved incident nor creatable on a new one, while short_description is writable; as a user with itil and x_bu_itpartner.admin, every one is writable.',
        failOnServerError: true,
    },
    (atf) => {
        const itil = atf.server.recordQuery({
            $id: Now.ID['atf26_itil'],
            table: 'sys_user_role',
            fieldValues: 'name=itil',
        })
        const appAdmin = atf.server.recordQuery({
            $id: Now.ID['atf26_app_admin_role'],
            table: 'sys_user_role',
            fieldValues: 'name=x_bu_itpartner.admin',
        })
        const agent = atf.server.createUser({
            $id: Now.ID['atf26_agent'],
            firstName: 'ATF26',
            lastName: 'Agent',
            impersonate: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf26_agent_itil'],
            table: 'sys_user_has_role',
            fieldValues: { user: agent.user, role: itil.first_record },
            enforceSecurity: false,
        })
        const admin = atf.server.createUser({
            $id: Now.ID['atf26_admin'],
            firstName: 'ATF26',
            lastName: 'App Admin',
            impersonate: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf26_admin_itil'],
            table: 'sys_user_has_role',
            fieldValues: { user: admin.user, role: itil.first_record },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf26_admin_app_admin'],
            table: 'sys_user_has_role',
            fieldValues: { user: admin.user, role: appAdmin.first_record },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf26_incident'],
            table: 'incident',
            fieldValues: { short_description: 'ATF26 printer jam' },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf26_impersonate_agent'], user: agent.user })
        atf.server.runServerSideScript({
            $id: Now.ID['atf26_agent_cannot'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var columns = ['x_bu_itpartner_partner', 'x_bu_itpartner_signal', 'x_bu_itpartner_escalation', 'x_bu_itpartner_hops',
        'x_bu_itpartner_boomerangs', 'x_bu_itpartner_ping_pong', 'x_bu_itpartner_pending_decision'];
    var saved = new GlideRecord('incident');
    saved.addQuery('short_description', 'ATF26 printer jam');
    saved.query();
    assertEqual({ name: 'the test incident exists', shouldbe: true, value: saved.next() });
    assertEqual({ name: 'agent may write short_description (control)', shouldbe: true, value: saved.short_description.canWrite() });
    var fresh = new GlideRecord('incident');
    fresh.initialize();
    for (var i = 0; i < columns.length; i++) {
        assertEqual({ name: 'agent may write ' + columns[i], shouldbe: false, value: saved[columns[i]].canWrite() });
        assertEqual({ name: 'agent may set ' + columns[i] + ' on a new incident', shouldbe: false, value: fresh[columns[i]].canCreate() });
    }
    stepResult.setOutputMessage('The itil agent can write none of the ' + columns.length + ' stamp columns.');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
        atf.server.impersonate({ $id: Now.ID['atf26_impersonate_admin'], user: admin.user })
        atf.server.runServerSideScript({
            $id: Now.ID['atf26_admin_can'],
            script: `(function (outputs, steps, params, stepResult, assertEqual) {
    var columns = ['x_bu_itpartner_partner', 'x_bu_itpartner_signal', 'x_bu_itpartner_escalation', 'x_bu_itpartner_hops',
        'x_bu_itpartner_boomerangs', 'x_bu_itpartner_ping_pong', 'x_bu_itpartner_pending_decision'];
    var saved = new GlideRecord('incident');
    saved.addQuery('short_description', 'ATF26 printer jam');
    saved.query();
    assertEqual({ name: 'the test incident exists', shouldbe: true, value: saved.next() });
    for (var i = 0; i < columns.length; i++) {
        assertEqual({ name: 'app admin may write ' + columns[i], shouldbe: true, value: saved[columns[i]].canWrite() });
    }
    stepResult.setOutputMessage('The app admin can write all ' + columns.length + ' stamp columns.');
    return true;
})(outputs, steps, params, stepResult, assertEqual);`,
        })
    },
)
