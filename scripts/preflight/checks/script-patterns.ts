import type { Check, Finding } from '../check.ts'
import { argumentCount, label, matches } from '../check.ts'
import { where } from '../app.ts'

/** A summary of ServiceNow's "Server-side Scripting Technical Best Practices" guide. */
const SCRIPTING_PRACTICES =
    'ServiceNow Community, "ServiceNow development best practices" (a digest of the Server-side Scripting Technical Best Practices guide): https://www.servicenow.com/community/developer-articles/servicenow-development-best-practices/ta-p/2312003'

export const hardCodedIds: Check = {
    name: 'no hard-coded sys_ids or instance URLs',
    refuses: 'a 32-hex sys_id literal or a *.service-now.com URL in any shipped script',
    sources: [
        'ServiceNow docs, "Unique record identifier (sys_id)": sys_ids identify one record of one instance; the same value elsewhere only comes from copying that record: https://raw.githubusercontent.com/ServiceNow/ServiceNowDocs/australia/markdown/platform-administration/c_UniqueRecordIdentifier.md',
        'ServiceNow Community, server-side scripting practices: "Use system properties instead of hardcoding sysid or any value" (https://www.servicenow.com/community/servicenow-studio-forum/can-u-tell-me-the-five-best-practices-that-we-use-in-a-server/m-p/3274106)',
    ],
    run(app) {
        return [
            ...matches(app.scripts, /(?<![0-9A-Za-z_$])[0-9a-f]{32}(?![0-9A-Za-z_$])/, (match, script) => `hard-coded sys_id ${match[0]} in ${label(script)}`),
            ...matches(app.scripts, /[\w.-]*\.service-now\.com\b/, (match, script) => `instance URL ${match[0]} in ${label(script)}`),
        ]
    },
}

export const dynamicCode: Check = {
    name: 'no eval, Function or gs.sql',
    refuses: 'eval(, new Function( / Function(, gs.sql in any shipped script',
    sources: [
        `${SCRIPTING_PRACTICES}: "Avoid using Eval function ... opens up your code for injection attacks"`,
        '@servicenow/glide 27.0.5 declares gs.sql(statement) with no documentation; raw SQL bypasses ACLs and scope, so the scan refuses it',
    ],
    run(app) {
        return matches(app.scripts, /(?<![\w$.])eval\s*\(|(?:\bnew\s+)?(?<![\w$.])Function\s*\(|\bgs\s*\.\s*sql\b/, (match, script) => `${match[0].trim()} in ${label(script)}`)
    },
}

export const debugOutput: Check = {
    name: 'no gs.log, gs.print, console.log or alert',
    refuses: 'gs.log(, gs.print(, console.log(, alert( in any shipped script',
    sources: [
        'ServiceNow Community, "Can we use gs.log in scoped application": gs.log is restricted to the global scope; scoped apps log with gs.info/warn/error/debug (https://www.servicenow.com/community/itsm-forum/can-we-use-gs-log-in-scoped-application/m-p/876628)',
        'Project toolchain notes (/work/shared/notes/toolchain.md, "Client scripts in TypeScript"): scoped client scripts run without DOM access and show messages with g_form.addInfoMessage / showFieldMsg, which also work in Workspace; alert() and console output are debugging leftovers',
    ],
    run(app) {
        return matches(
            app.scripts,
            /\bgs\s*\.\s*(?:log|print)\s*\(|\bconsole\s*\.\s*log\s*\(|(?<![\w$.])alert\s*\(/,
            (match, script) => `${match[0].replace(/\s+/g, '')} in ${label(script)}`,
        )
    },
}

export const rowCount: Check = {
    name: 'no getRowCount()',
    refuses: 'getRowCount() in any shipped script: existence is setLimit(1) + hasNext()/next(), a count is GlideAggregate',
    sources: [
        'ServiceNow GlideAggregate documentation, quoted in ServiceNow Community "Record Exists - GlideAggregate or GlideRecord": "Using GlideRecord to count rows can cause scalability issues ... GlideAggregate gets its result from built-in database functionality"; existence is setLimit(1) + next() (https://www.servicenow.com/community/developer-forum/record-exists-glideaggregate-or-gliderecord/m-p/2217608)',
    ],
    run(app) {
        return matches(app.scripts, /\.getRowCount\s*\(/, (_match, script) => `getRowCount() in ${label(script)}`)
    },
}

export const propertyDefault: Check = {
    name: 'gs.getProperty with a default',
    refuses: 'gs.getProperty(name) without a second argument (a missing or empty property then reads null)',
    sources: [
        'ServiceNow docs, "GlideSystem - Scoped", getProperty(String key, Object alt): alt is returned when the property is not found (also declared so in @servicenow/glide 27.0.5 gs.d.ts; emulator/glide/README.md lists the emulated rule)',
    ],
    run(app) {
        const findings: Finding[] = []
        for (const script of app.scripts.filter((s) => s.kind !== 'client')) {
            for (const match of script.code.matchAll(/\bgs\s*\.\s*getProperty\s*\(/g)) {
                if (argumentCount(script.code, (match.index ?? 0) + match[0].length - 1) >= 2) continue
                findings.push({
                    where: where(script, match.index ?? 0),
                    message: `gs.getProperty without a default in ${label(script)}`,
                    key: `${label(script)}: gs.getProperty(`,
                })
            }
        }
        return findings
    },
}
