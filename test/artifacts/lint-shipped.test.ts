import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** The "lint shipped scripts" step of npm test, run on a small dist/app of our own making. */
const SCRIPT = join(__dirname, '..', '..', 'scripts', 'lint-shipped.mjs')

function businessRule(name: string, script: string): string {
    return `<?xml version="1.0"?>
<record_update table="sys_script">
  <sys_script action="INSERT_OR_UPDATE">
    <sys_id>0123456789abcdef0123456789abcdef</sys_id>
    <collection>incident</collection>
    <name>${name}</name>
    <when>after</when>
    <script><![CDATA[${script}]]></script>
  </sys_script>
</record_update>`
}

function lint(files: Record<string, string>): { status: number | null; output: string } {
    const dist = mkdtempSync(join(tmpdir(), 'lint-shipped-'))
    try {
        mkdirSync(join(dist, 'update'))
        for (const [name, xml] of Object.entries(files)) writeFileSync(join(dist, 'update', name), xml)
        const run = spawnSync(process.execPath, [SCRIPT, dist], { encoding: 'utf8' })
        return { status: run.status, output: run.stdout }
    } finally {
        rmSync(dist, { recursive: true, force: true })
    }
}

describe('lint shipped scripts', () => {
    it('fails on a business rule that calls current.update(), naming the record and the rule', () => {
        const { status, output } = lint({
            'sys_script_bad.xml': businessRule('Bad rule', '(function executeRule(current, previous) {\n    current.update();\n})(current, previous);'),
        })
        expect(status).toBe(1)
        expect(output).toContain('sys_script.script "Bad rule"')
        expect(output).toContain('@admc.com/sn/no-br-current-update')
        expect(output).toContain('1 scripts (sys_script/scoped-es12): 2 errors')
    })

    it('fails on a syntax error', () => {
        const { status, output } = lint({ 'sys_script_broken.xml': businessRule('Broken rule', 'const = ;') })
        expect(status).toBe(1)
        expect(output).toContain('parse error')
    })

    it('lints the script of an ATF "Run Server Side Script" step as a server script', () => {
        const step = `<?xml version="1.0"?>
<record_update table="sys_atf_step">
  <sys_atf_step action="INSERT_OR_UPDATE">
    <sys_id>fedcba9876543210fedcba9876543210</sys_id>
    <display_name>Run Server Side Script</display_name>
    <step_config>41de4a935332120028bc29cac2dc349a</step_config>
  </sys_atf_step>
  <sys_variable_value action="INSERT_OR_UPDATE">
    <sys_id>00000000000000000000000000000001</sys_id>
    <document>sys_atf_step</document>
    <document_key>fedcba9876543210fedcba9876543210</document_key>
    <value>(function(outputs, steps, params, stepResult, assertEqual) {
    var unused = 1;
    return true;
})(outputs, steps, params, stepResult, assertEqual);</value>
    <variable>989d9e235324220002c6435723dc3484</variable>
  </sys_variable_value>
</record_update>`
        const { status, output } = lint({ 'sys_atf_step_x.xml': step })
        expect(status).toBe(1)
        expect(output).toContain('sys_atf_step.script "Run Server Side Script"')
        expect(output).toContain("'unused' is assigned a value but never used")
    })

    it('passes the SDK module stub of a business rule (require, top-level const)', () => {
        const stub = [
            "// @fluent-module routeEscalation;false;x_bu_itpartner/it-partner-routing/0.0.1/src/server/rules/route-escalation.ts",
            "const { routeEscalation } = require('x_bu_itpartner/it-partner-routing/0.0.1/src/server/rules/route-escalation.ts');",
            'routeEscalation(current, previous);',
        ].join('\n')
        const { status, output } = lint({ 'sys_script_stub.xml': businessRule('Stub rule', stub) })
        expect(output).toContain('0 errors')
        expect(status).toBe(0)
    })
})
