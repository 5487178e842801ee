/** The active instance: the one GlideRecord, gs and GlideFilter operate on when app code imports them. */
import type { Instance } from './instance.ts'

let active: Instance | null = null

export function setActiveInstance(instance: Instance | null): void {
    active = instance
}

export function activeInstance(): Instance {
    if (!active)
        throw new Error(
            'No active Glide instance: create one and activate it (new Instance().activate()) before using GlideRecord, gs or GlideFilter',
        )
    return active
}

