import type { Instance } from './instance.ts'

/**
 * global.GlideQuery ("GlideQuery - Scoped, Global", Xanadu to Zurich), the one writer form an app needs when it may not
 * use GlideRecord.setWorkflow and autoSysFields from its scope: where(field, value), disableWorkflow(),
 * disableAutoSysFields(), update(values). With both disabled the platform runs no business rules and leaves
 * sys_updated_* alone, so the embedded one writes the stored row as it is. Its reads and writes are the calling
 * scope's: the page's Limitations exclude "Reading or writing to tables that do not allow access from other scopes",
 * and disableWorkflow() "only works for tables in the GLOBAL scope". `writes` records each update. Any other use throws.
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
                if (inst.schema.scopeOf(table) !== 'global') throw new Error(`embedded GlideQuery: disableWorkflow() works only on tables of the global scope, not ${table}`)
                workflow = false
                return query
            },
            disableAutoSysFields() {
                sysFields = false
                return query
            },
            update(values: Record<string, unknown>) {
                if (workflow || sysFields || Object.keys(where).join() !== 'sys_id') throw new Error('the embedded GlideQuery writes only by sys_id with workflow and sys fields off')
                inst.crossScope.checkTable(table, 'read')
                inst.crossScope.checkTable(table, 'write')
                const row = inst.db.store.find(table, where.sys_id)
                if (!row) throw new Error(`no ${table} ${where.sys_id}`)
                inst.db.store.update(row, Object.fromEntries(Object.entries(values).map(([field, value]) => [field, String(value)])))
                writes.push({ table, id: where.sys_id, values })
            },
        }
        return query
    }
}
