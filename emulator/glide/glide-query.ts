import type { Instance } from './instance.ts'

/**
 * global.GlideQuery as the backfill's writer uses it: where(field, value), disableWorkflow(), disableAutoSysFields(),
 * update(values). With both disabled the platform runs no business rules and leaves sys_updated_* alone ("GlideQuery
 * - Scoped, Global"), so the embedded one writes the stored row as it is. `writes` records each update.
 */
export function glideQuery(inst: Instance, writes: { table: string; id: string; values: Record<string, unknown> }[] = []) {
    return function GlideQuery(this: unknown, table: string) {
        const where: Record<string, string> = {}
        let workflow = true
        let sysFields = true
        const query = {
            where(field: string, value: string) {
                where[field] = value
                return query
            },
            disableWorkflow() {
                workflow = false
                return query
            },
            disableAutoSysFields() {
                sysFields = false
                return query
            },
            update(values: Record<string, unknown>) {
                if (workflow || sysFields || Object.keys(where).join() !== 'sys_id') throw new Error('the embedded GlideQuery writes only by sys_id with workflow and sys fields off')
                const row = inst.db.store.find(table, where.sys_id)
                if (!row) throw new Error(`no ${table} ${where.sys_id}`)
                inst.db.store.update(row, Object.fromEntries(Object.entries(values).map(([field, value]) => [field, String(value)])))
                writes.push({ table, id: where.sys_id, values })
            },
        }
        return query
    }
}
