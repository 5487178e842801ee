import { gs, GlideFilter, GlideRecord } from '@servicenow/glide'
import { isTier1, type Config } from '../core/config.ts'
import type { Group, Route } from '../core/model.ts'
import { groupWithStatus, isActive, TABLE } from './records.ts'

/** A route as the core sees it, plus a lazy resolver of its group (a reference read only when it matches). */
export interface RouteTable {
    routes: Route[]
    matches: (route: Route) => boolean
}

/** The active routes for the ticket's table in order (one query); conditions are checked against the ticket. */
export function loadRoutes(ticket: GlideRecord, label: string): RouteTable {
    const record = new GlideRecord(TABLE.route)
    record.addQuery('active', true)
    record.addQuery('table', ticket.getTableName())
    record.orderBy('order')
    record.query()
    const routes: Route[] = []
    while (record.next()) {
        routes.push({
            id: record.getUniqueValue(),
            order: Number(record.getValue('order')) || 0,
            description: record.getValue('description') || '',
            condition: record.getValue('condition') || '',
            group: groupWithStatus(record, 'assignment_group'),
        })
    }
    return { routes, matches: (route) => conditionMatches(ticket, route, label) }
}

/** The first matching route whose group is a tier-1 group: a specialty that stays with tier 1. */
export function specialtyRoute(ticket: GlideRecord, config: Config, label: string): Route | null {
    const table = loadRoutes(ticket, label)
    return table.routes.find((route) => isTier1(route.group, config) && route.group?.active !== false && table.matches(route)) ?? null
}

/**
 * A route condition matches like the list filter an admin built it with: ignoring case (GlideFilter alone is
 * case-sensitive, GlideRecord queries are not) and needing every term (`match(ticket, true)`; ServiceNow docs,
 * "GlideFilter - Scoped, Global"). An empty condition matches every ticket. A condition that cannot be evaluated does
 * not match; the route is named in the log so an admin can fix it.
 */
function conditionMatches(ticket: GlideRecord, route: Route, label: string): boolean {
    if (!route.condition) return true
    try {
        const filter = new GlideFilter(route.condition, 'IT Partner escalation route')
        filter.setCaseSensitive(false)
        return filter.match(ticket, true)
    } catch (error) {
        gs.error('IT Partner Routing: route {0} has a condition that cannot be evaluated on {1}: {2}', route.description || route.id, label, String(error))
        return false
    }
}

/** Resolves a group given by name or sys_id (one query), or null; readConfig already logged one that names none. */
export function findGroup(nameOrId: string): Group | null {
    if (!nameOrId) return null
    const group = new GlideRecord('sys_user_group')
    group.addQuery('sys_id', nameOrId).addOrCondition('name', nameOrId)
    group.setLimit(1)
    group.query()
    if (!group.next()) return null
    return { id: group.getUniqueValue(), name: group.getValue('name') || '', active: isActive(group.getValue('active')) }
}
