/** GlidePluginManager on the active instance. */
import { activeInstance } from './active.ts'

/**
 * "GlidePluginManager - Scoped" (Xanadu to Zurich): isActive(pluginID) "Determines if the specified plugin has been
 * activated". Here the instance's plugins are the rows of v_plugin (`id`, `active` = 'active' or 'inactive', as the
 * Plugins list shows them); a plugin with no row is not active. Not counted as a query.
 */
export class GlidePluginManager {
    static isActive(pluginId?: string): boolean {
        return activeInstance()
            .rows('v_plugin')
            .some((row) => row.id === pluginId && row.active === 'active')
    }
}
