import '@servicenow/sdk/global'
import { Role } from '@servicenow/sdk/core'

/** Agents who read what the banner shows: itil users get it through containment (see README "Security"). */
export const readerRole = Role({
    name: 'x_bu_itpartner.reader',
    description: 'Reads IT Partners, Partner departments, red flags, escalation routes and routing decisions.',
})

/** Keeps the Partner data, routes and properties current; may override the anti-boomerang guard. */
export const adminRole = Role({
    name: 'x_bu_itpartner.admin',
    description:
        'Maintains IT Partners, Partner departments, red flags, escalation routes and the app properties; may override the anti-boomerang guard.',
    containsRoles: [readerRole],
})
