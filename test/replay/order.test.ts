import { emptyApp, type BuiltApp, type XmlRecord } from '../../emulator/app/artifacts.ts'
import { ReplayEngine, type EventResult } from '../../replay/run/engine.ts'
import type { InsertEvent, ReplayEvent, UpdateEvent } from '../../replay/read/events/event.ts'
import type { Snapshot } from '../../replay/read/snapshot.ts'
import { eventList } from '../support/event-list.ts'

type SaveEvent = Omit<InsertEvent, 'index'> | Omit<UpdateEvent, 'index'>

/**
 * The embedded instance's order of operations on a save (emulator/glide/README.md): before rules with order < 1000,
 * the assignment rules, before rules from 1000, the write, after rules. Probe rules log what they see.
 */
const GROUP = 'g-network'
const USER = 'u-agent'

function probe(name: string, when: 'before' | 'after', order: number, script: string): XmlRecord {
    return {
        sys_id: name,
        name,
        order: String(order),
        active: 'true',
        collection: 'incident',
        when,
        action_insert: 'true',
        action_update: 'true',
        filter_condition: '',
        script,
    }
}

/** gs.error lines reach EventResult.warnings (a gs.warn an earlier event already carried is not repeated). */
const SEES_GROUP = (label: string) => `gs.error('${label}:' + (current.getValue('assignment_group') || 'empty'));`
const SEES_STORED = (label: string) =>
    `var stored = new GlideRecord('incident'); gs.error('${label}:' + (stored.get(current.getUniqueValue()) ? stored.getValue('assignment_group') || 'empty' : 'unsaved'));`

const PROBES = [
    probe('at 999', 'before', 999, SEES_GROUP('999')),
    probe('at 1000', 'before', 1000, SEES_GROUP('1000')),
    probe('before reads the table', 'before', 1001, SEES_STORED('before')),
    probe('after reads the table', 'after', 100, SEES_STORED('after')),
]

function replay(events: SaveEvent[], rules: XmlRecord[] = PROBES): EventResult[] {
    const tables = new Map<string, Record<string, string>[]>([
        ['sys_user_group', [{ sys_id: GROUP, name: 'Network Services', active: 'true' }, { sys_id: 'g-desk', name: 'IT Help Center', active: 'true' }]],
        ['sys_user', [{ sys_id: USER, user_name: 'agent', name: 'Agent', active: 'true' }]],
        [
            'sysrule_assignment',
            [
                { sys_id: 'a1', name: 'network first', order: '100', active: 'true', table: 'incident', condition: 'category=network', group: GROUP, user: '', script: '' },
                { sys_id: 'a2', name: 'network second', order: '200', active: 'true', table: 'incident', condition: 'category=network', group: 'g-desk', user: '', script: '' },
            ],
        ],
    ])
    const snapshot: Snapshot = { dir: 'memory', tables, files: new Map(), warnings: [], events: eventList(events.map((event, index) => ({ ...event, index }) as ReplayEvent)) }
    const app: BuiltApp = { ...emptyApp(), businessRules: rules }
    const engine = new ReplayEngine(snapshot, app)
    return [...snapshot.events].map((event) => engine.replay(event))
}

const insert = (record: Record<string, string>): SaveEvent => ({
    table: 'incident',
    action: 'insert',
    number: 'INC0000001',
    record: { number: 'INC0000001', ...record },
    user: '',
})

describe('order of operations on a save', () => {
    test('a before rule at 999 sees no assignment-rule group; one at 1000 sees it; the first matching assignment rule wins', () => {
        const [result] = replay([insert({ category: 'network' })])
        expect(result.warnings.slice(0, 2)).toEqual(['999:empty', `1000:${GROUP}`])
        expect(result.group_before).toBe('Network Services')
    })

    test('before rules run before the write (the row is not in the table yet); after rules see the saved record', () => {
        const [result] = replay([insert({ category: 'network' })])
        expect(result.warnings.slice(2)).toEqual(['before:unsaved', `after:${GROUP}`])
        expect(result.group_after).toBe('Network Services')
    })

    test('assignment rules do not fire when assigned_to is set, nor when a group is set', () => {
        const [withUser] = replay([insert({ category: 'network', assigned_to: USER })])
        expect(withUser.warnings.slice(0, 2)).toEqual(['999:empty', '1000:empty'])
        expect(withUser.group_after).toBeNull()
        const [withGroup] = replay([insert({ category: 'network', assignment_group: 'g-desk' })])
        expect(withGroup.warnings.slice(0, 2)).toEqual(['999:g-desk', '1000:g-desk'])
        expect(withGroup.group_after).toBe('IT Help Center')
    })

    test('a before rule below 1000 that fills the group keeps the assignment rules out', () => {
        const filler = probe('fills at 500', 'before', 500, `current.setValue('assignment_group', 'g-desk');`)
        const [result] = replay([insert({ category: 'network' })], [filler, ...PROBES])
        expect(result.warnings.slice(0, 2)).toEqual(['999:g-desk', '1000:g-desk'])
    })

    test('a rule at 1000 or later sees the group at update as well, and the after rule the updated row', () => {
        const results = replay([
            insert({ category: 'hardware' }),
            { table: 'incident', action: 'update', number: 'INC0000001', set: { category: 'network' }, user: '' },
        ])
        expect(results[0].warnings).toEqual(['999:empty', '1000:empty', 'before:unsaved', 'after:empty'])
        expect(results[1].warnings).toEqual(['999:empty', `1000:${GROUP}`, 'before:empty', `after:${GROUP}`])
    })
})
