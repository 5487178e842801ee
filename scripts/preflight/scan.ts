import type { App } from './app.ts'
import type { AllowEntry, Check, Finding } from './check.ts'
import { ALLOWED, FIXED_ON_OTHER_BRANCHES } from './allow-list.ts'
import { clientCode } from './checks/client-code.ts'
import { beforeRuleCurrentUpdate, beforeRuleWrites } from './checks/before-rules.ts'
import { businessRuleCondition, globalTableScripts, tableAcls, transformRunBusinessRules } from './checks/rule-records.ts'
import { debugOutput, dynamicCode, hardCodedIds, propertyDefault, rowCount } from './checks/script-patterns.ts'
import { crossScopePrivileges } from './checks/privileges.ts'

/** The pre-flight checks, in the order the scan prints them. */
export const CHECKS: Check[] = [
    clientCode,
    beforeRuleCurrentUpdate,
    beforeRuleWrites,
    businessRuleCondition,
    globalTableScripts,
    hardCodedIds,
    dynamicCode,
    debugOutput,
    rowCount,
    tableAcls,
    crossScopePrivileges,
    propertyDefault,
    transformRunBusinessRules,
]

export interface CheckResult {
    check: Check
    /** Findings left after the allow-list, plus one per allow-list entry that matched nothing. */
    findings: Finding[]
    /** How many findings an allow-list entry accepted. */
    allowed: number
}

/** Runs every check on the app; allow-list entries take out the findings they name. */
export function runScan(app: App, checks: Check[] = CHECKS, allow: AllowEntry[] = [...ALLOWED, ...FIXED_ON_OTHER_BRANCHES]): CheckResult[] {
    const unknown = allow.filter((entry) => !checks.some((check) => check.name === entry.check))
    if (unknown.length) throw new Error(`allow-list entries name no check: ${unknown.map((entry) => `"${entry.check}"`).join(', ')}`)
    return checks.map((check) => {
        const raw = check.run(app)
        const entries = allow.filter((entry) => entry.check === check.name)
        const findings = raw.filter((finding) => !entries.some((entry) => entry.key === finding.key))
        for (const entry of entries.filter((e) => !raw.some((finding) => finding.key === e.key))) {
            findings.push({
                where: 'scripts/preflight/allow-list.ts',
                message: `allow-list entry matches no finding (remove it): ${entry.key}`,
                key: `stale: ${entry.key}`,
            })
        }
        return { check, findings, allowed: raw.length - findings.filter((f) => !f.key.startsWith('stale: ')).length }
    })
}
