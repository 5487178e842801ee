import { parseConfig, type Config } from '../../src/server/core/config.ts'
import type { Evidence, Group, Partner, Route } from '../../src/server/core/model.ts'

/** The article's world: its groups and Partners. */
export const group = (name: string, active = true): Group => ({ id: 'grp_' + name.toLowerCase().replace(/\W+/g, '_'), name, active })

export const HELP_CENTER = group('IT Help Center')
export const DESKTOP = group('Desktop Services')
export const NETWORK = group('Network Services')
export const SYSENG = group('System Engineering')
export const MET_GROUP = group('MET IT')

export const partner = (name: string, supportGroup: Group | null = null, supportStream = ''): Partner => ({
    id: 'prt_' + name.toLowerCase().replace(/\W+/g, '_'),
    name,
    supportGroup,
    supportStream,
    contact: '',
})

export const MET = partner('Metropolitan College IT (MET IT)', MET_GROUP)
export const LAW = partner('LAW IT', null, 'https://www.bu.edu/law/it-help')

export const evidence = (signal: Evidence['signal'], who: Partner = MET, note?: string): Evidence => ({ signal, partner: who, note })

export const route = (description: string, target: Group | null, order = 100, condition = ''): Route => ({
    id: 'rte_' + description.toLowerCase().replace(/\W+/g, '_'),
    description,
    order,
    condition,
    group: target,
})

export function config(overrides: Partial<Config> = {}): Config {
    return { ...parseConfig({}).config, ...overrides }
}
