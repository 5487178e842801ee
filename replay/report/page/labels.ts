/** The labels the report page shows for outcomes and signals: the built app's own choice lists. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import type { Labels } from './data.ts'

/** The decision table's outcome and signal choices as the built app labels them (dist/app sys_choice). */
export function readLabels(root: string): Labels {
    const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false })
    const choices = (element: string) => {
        const file = join(root, 'dist', 'app', 'author_elective_update', `sys_choice_x_bu_itpartner_decision_${element}.xml`)
        const doc = parser.parse(readFileSync(file, 'utf8')) as { record_update: { sys_choice_v2: { sys_choice: unknown } } }
        const rows = ([] as Record<string, string>[]).concat(doc.record_update.sys_choice_v2.sys_choice as Record<string, string>[])
        return rows
            .filter((row) => row.value !== undefined && row.label !== undefined)
            .sort((a, b) => Number(a.sequence) - Number(b.sequence))
            .map((row) => ({ value: String(row.value), label: String(row.label) }))
    }
    return { outcomes: choices('outcome'), signals: choices('signal') }
}
