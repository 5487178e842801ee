/** A built app's business rules, and an instance's assignment rules, as the platform orders and applies them. */
import type { BuiltApp, XmlRecord } from './artifacts.ts'
import type { Row } from './glide-api.ts'
import { compileCondition, compileRuleScript, type ModuleLoader, type RuleFunction } from './modules.ts'

export interface BusinessRule {
    name: string
    table: string
    when: 'before' | 'after' | 'display' | 'async'
    order: number
    insert: boolean
    update: boolean
    condition: string
    /** The script condition (sys_script.condition); the filter condition is `condition`. */
    scriptCondition: (current: unknown) => boolean
    run: RuleFunction
}

export interface AssignmentRule {
    id: string
    name: string
    table: string
    order: number
    condition: string
    group: string
    user: string
    script: string
}

/** Active business rules from dist/app, in platform order (order, then name). */
export function businessRules(app: BuiltApp, loader: ModuleLoader, globals: Record<string, unknown>): BusinessRule[] {
    return app.businessRules
        .filter((rule) => rule.active === 'true')
        .map((rule: XmlRecord) => ({
            name: rule.name || rule.sys_id,
            table: rule.collection,
            when: whenOf(rule.when),
            order: Number(rule.order || 100),
            insert: rule.action_insert === 'true',
            update: rule.action_update === 'true',
            condition: rule.filter_condition || '',
            scriptCondition: compileCondition(rule.condition || '', globals),
            run: compileRuleScript(rule.script || '', loader, globals),
        }))
        .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
}

/** sys_script.when as the emulator runs it: the SDK writes display rules as `before_display`. */
function whenOf(value: string | undefined): BusinessRule['when'] {
    if (value === 'before_display') return 'display'
    return (value || 'before') as BusinessRule['when']
}

/** Active assignment rules (sysrule_assignment rows) in order. */
export function assignmentRules(rows: Row[]): AssignmentRule[] {
    return rows
        .filter((row) => row.active !== 'false')
        .map((row) => ({
            id: row.sys_id,
            name: row.name || row.sys_id,
            table: row.table || 'incident',
            order: Number(row.order || 100),
            condition: row.condition || '',
            group: row.group || '',
            user: row.user || '',
            script: (row.script || '').trim(),
        }))
        .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
}
