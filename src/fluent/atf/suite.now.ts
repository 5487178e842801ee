import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'
import {
    appAdminMaintainsData,
    badRoutesBlocked,
    duplicateDepartmentBlocked,
    goodRouteSaved,
    inactiveDuplicateAllowed,
    itilReadsButCannotChange,
} from './admin.now'
import {
    bannerShownForEscalation,
    boomerangBlockedOnForm,
    noBannerForPlainCaller,
    plainTicketMovesOnForm,
    sendToPartnerHidden,
    sendToPartnerVisible,
} from './forms.now'
import {
    badConfigurationKeepsTicket,
    explainsDecision,
    keepsNonEscalation,
    killSwitchLeavesTicket,
    noDecisionForPlainTicket,
    routesRedFlagEscalation,
} from './routing.now'
import { decisionRowAfterSave, stampsRedFlagEscalation } from './stamp.now'
import { stampColumnsSecured } from './stamp-security.now'
import { backfillStampsOldTicket, moduleAndReportFindEscalation, pingPongAfterHops } from './surfaces.now'

/** One suite with every IT Partner Routing test (run it from Automated Test Framework > Suites). */
export const suite = Record({
    $id: Now.ID['atf_suite'],
    table: 'sys_atf_test_suite',
    data: {
        name: 'IT Partner Routing',
        description: 'design.md Behaviours 1-6 (a positive and a negative test each), admin-table validation and ACLs.',
        active: true,
    },
})

Record({
    $id: Now.ID['atf_suite_01'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: routesRedFlagEscalation, order: 100 },
})
Record({
    $id: Now.ID['atf_suite_02'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: keepsNonEscalation, order: 200 },
})
Record({
    $id: Now.ID['atf_suite_03'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: explainsDecision, order: 300 },
})
Record({
    $id: Now.ID['atf_suite_04'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: noDecisionForPlainTicket, order: 400 },
})
Record({
    $id: Now.ID['atf_suite_05'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: boomerangBlockedOnForm, order: 500 },
})
Record({
    $id: Now.ID['atf_suite_06'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: plainTicketMovesOnForm, order: 600 },
})
Record({
    $id: Now.ID['atf_suite_07'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: bannerShownForEscalation, order: 700 },
})
Record({
    $id: Now.ID['atf_suite_08'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: noBannerForPlainCaller, order: 800 },
})
Record({
    $id: Now.ID['atf_suite_09'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: sendToPartnerVisible, order: 900 },
})
Record({
    $id: Now.ID['atf_suite_10'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: sendToPartnerHidden, order: 1000 },
})
Record({
    $id: Now.ID['atf_suite_11'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: badConfigurationKeepsTicket, order: 1100 },
})
Record({
    $id: Now.ID['atf_suite_12'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: killSwitchLeavesTicket, order: 1200 },
})
Record({
    $id: Now.ID['atf_suite_13'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: duplicateDepartmentBlocked, order: 1300 },
})
Record({
    $id: Now.ID['atf_suite_14'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: inactiveDuplicateAllowed, order: 1400 },
})
Record({
    $id: Now.ID['atf_suite_15'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: badRoutesBlocked, order: 1500 },
})
Record({
    $id: Now.ID['atf_suite_16'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: goodRouteSaved, order: 1600 },
})
Record({
    $id: Now.ID['atf_suite_17'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: itilReadsButCannotChange, order: 1700 },
})
Record({
    $id: Now.ID['atf_suite_18'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: appAdminMaintainsData, order: 1800 },
})

Record({
    $id: Now.ID['atf_suite_21'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: stampsRedFlagEscalation, order: 2100 },
})

Record({
    $id: Now.ID['atf_suite_22'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: decisionRowAfterSave, order: 2200 },
})

Record({
    $id: Now.ID['atf_suite_23'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: moduleAndReportFindEscalation, order: 2300 },
})

Record({
    $id: Now.ID['atf_suite_24'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: pingPongAfterHops, order: 2400 },
})

Record({
    $id: Now.ID['atf_suite_25'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: backfillStampsOldTicket, order: 2500 },
})

Record({
    $id: Now.ID['atf_suite_26'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: suite, test: stampColumnsSecured, order: 2600 },
})
