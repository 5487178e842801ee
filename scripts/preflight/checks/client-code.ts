import type { Check, Finding } from '../check.ts'
import { argumentCount, label, matches } from '../check.ts'
import { where } from '../app.ts'

/** Client scripts, client UI action scripts and workspace client scripts: the app's compiled browser scripts. */
export const clientCode: Check = {
    name: 'client code',
    refuses: 'GlideRecord, DOM access (document, window, $(, jQuery, gel), getXMLWait, getReference without a callback in client scripts',
    sources: [
        'ServiceNow docs, "Client-side scripting design and processing" (Minimize server lookups: "GlideRecord and g_form.getReference() ... are no longer recommended"): https://docs.servicenow.com/bundle/paris-application-development/page/script/client-scripts/concept/client-script-best-practices.html (served as the Xanadu page)',
        'ServiceNow KB0954537 (avoid DOM manipulation in client scripts, flagged by HealthScan/Instance Scan)',
        'GlideForm getReference(fieldName, callback): "It is strongly recommended that you use a callback function" (GlideForm client API reference)',
        'GlideAjax (scoped): getXMLWait is not available to scoped applications; use getXMLAnswer (GlideAjax client API reference)',
    ],
    run(app) {
        const client = app.scripts.filter((script) => script.kind === 'client')
        const findings: Finding[] = [
            ...matches(client, /\bGlideRecord\b/, () => 'GlideRecord in client code: read through GlideAjax or g_scratchpad'),
            ...matches(
                client,
                /\b(?:document|window)\s*\.|(?<![\w$.])\$\$?\s*\(|\bjQuery\b|(?<![\w$.])gel\s*\(/,
                (match) => `DOM access (${match[0].trim()}) in client code: use g_form, which also works in Workspace`,
            ),
            ...matches(client, /\.getXMLWait\s*\(/, () => 'getXMLWait (synchronous) in client code: use getXMLAnswer'),
        ]
        for (const script of client) {
            for (const match of script.code.matchAll(/\.getReference\s*\(/g)) {
                const open = (match.index ?? 0) + match[0].length - 1
                if (argumentCount(script.code, open) >= 2) continue
                findings.push({
                    where: where(script, match.index ?? 0),
                    message: 'getReference without a callback (synchronous): pass a callback, or use GlideAjax',
                    key: `${label(script)}: getReference(`,
                })
            }
        }
        return findings
    },
}
