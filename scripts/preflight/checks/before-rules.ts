import type { Check, Finding } from '../check.ts'
import { label, matches } from '../check.ts'
import { moduleGraph, requiredModules, type App, type Script } from '../app.ts'

/** Each before business rule with the scripts it runs: its own script and every module its module graph reaches. */
function beforeRules(app: App): { rule: string; scripts: Script[] }[] {
    return app.scripts
        .filter((script) => script.table === 'sys_script' && script.field === 'script' && script.record.fields.when === 'before')
        .map((script) => ({
            rule: script.name,
            scripts: [script, ...moduleGraph(app, requiredModules(script)).map((module) => module.script)],
        }))
}

/** The rule's name in front of each finding's key, so one module reached from two rules is two findings. */
function perRule(app: App, find: (scripts: Script[]) => Finding[]): Finding[] {
    return beforeRules(app).flatMap(({ rule, scripts }) =>
        find(scripts).map((finding) => ({ ...finding, key: `"${rule}" -> ${finding.key}`, message: `before rule "${rule}": ${finding.message}` })),
    )
}

export const beforeRuleCurrentUpdate: Check = {
    name: 'no current.update() in before rules',
    refuses: 'current.update() in a before business rule or any module it imports (the save writes current; update() recurses)',
    sources: [
        'ServiceNow docs, "Classic Business rules" (When business rules run: before rules run before the database write, which saves current): https://www.servicenow.com/docs/r/xanadu/api-reference/business-rules-classic/c_BusinessRules.html',
        'ServiceNow KB0715782, "Recommended Practices in Using current.update() in Business Rules"',
    ],
    run(app) {
        return perRule(app, (scripts) => matches(scripts, /\bcurrent\s*\.\s*update\s*\(/, () => 'current.update() (the platform saves current after the before rules)'))
    },
}

export const beforeRuleWrites: Check = {
    name: 'before rules write no other table',
    refuses: 'GlideRecord insert/update/delete on another record reached from a before business rule (unless allow-listed with a reason)',
    sources: [
        'ServiceNow docs, "Classic Business rules" (When business rules run, table 1: before rules run before the database write, after rules after it; a record a before rule writes stays even when a later rule aborts the save): https://www.servicenow.com/docs/r/xanadu/api-reference/business-rules-classic/c_BusinessRules.html',
        'ServiceNow HealthScan / ACE finding "Before Business Rules should not update() or insert() records on other tables" (ServiceNow Community, 2017: https://www.servicenow.com/community/developer-forum/how-can-we-decide-that-a-given-before-business-rule-should-be/m-p/1514248)',
    ],
    run(app) {
        return perRule(app, (scripts) =>
            matches(
                scripts,
                /\b(?!current\b)([A-Za-z_$][\w$]*)\s*\.\s*(insert|update|updateMultiple|deleteRecord|deleteMultiple)\s*\(/,
                (match, script) => `${match[1]}.${match[2]}() in ${label(script)} writes a record before the save commits`,
            ),
        )
    },
}

