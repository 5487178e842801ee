/**
 * From a snapshot folder to an engine ready to run: the built app (built first when stale), the snapshot read and
 * checked against the app's own dictionary, and a fresh embedded instance holding both.
 */
import { readBuiltApp } from '../../emulator/app/artifacts.ts'
import { eventFieldsOf } from '../read/events/fields.ts'
import { loadSnapshot, type Snapshot } from '../read/snapshot.ts'
import { ensureBuilt } from './build.ts'
import { ReplayEngine } from './engine.ts'
import { ROOT } from './root.ts'

/** Loads the built app (building it when stale) and the snapshot, and returns a ready engine. */
export function prepareReplay(
    dir: string,
    root = ROOT,
    progress?: (message: string) => void,
    ticketsOnly = false,
): { engine: ReplayEngine; snapshot: Snapshot } {
    ensureBuilt(root)
    const app = readBuiltApp(root)
    const references: Record<string, Record<string, string>> = {}
    for (const [table, entry] of Object.entries(app.dictionary)) {
        // task references are not checked: tickets are not part of the snapshot's reference closure
        references[table] = Object.fromEntries(Object.entries(entry.references).filter(([, target]) => target !== 'task'))
    }
    const builtFields = Object.fromEntries(Object.entries(app.dictionary).map(([table, entry]) => [table, entry.fields]))
    const snapshot = loadSnapshot(dir, {
        references,
        eventFields: (table, tables) => eventFieldsOf(table, tables, builtFields),
        noWebServiceAccess: app.noWebServiceAccess,
        progress,
        ticketsOnly,
    })
    return { engine: new ReplayEngine(snapshot, app), snapshot }
}
