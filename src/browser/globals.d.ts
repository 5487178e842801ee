/**
 * The classic client-script globals these scripts use, declared by the project: @servicenow/glide has no client
 * types, and the SDK's own declarations need an instance and get some callbacks wrong. Only documented methods.
 */

/** What the display rule "IT Partner form banner" and the GlideAjax answer carry (src/server/core/banner.ts). */
type ItPartnerBanner = import('../server/core/banner.ts').Banner

interface ItPartnerScratchpad {
    /** Set by the display rule when the form has a banner; the scripts keep it equal to what is shown. */
    itPartner?: ItPartnerBanner | null
    /** Set by the display rule whenever it looked the ticket up, banner or not: the onLoad script then asks no server. */
    itPartnerChecked?: boolean
}

/**
 * The g_form methods every UI these scripts run in (uiType all) documents: Core UI ("GlideForm (g_form) - Client"),
 * Workspace ("GlideForm (Next Experience) - Client") and Service Portal ("Supported client script types and APIs").
 * The optional ones some UI lacks: scripts check before calling them (emulator/glide/README.md, "Client").
 */
interface ClientGlideForm {
    getValue(fieldName: string): string
    isNewRecord(): boolean
    addInfoMessage(message: string): void
    addDecoration(fieldName: string, icon: string, title: string): void
    removeDecoration(fieldName: string, icon: string, title: string): void
    /** Core UI and Workspace; not Service Portal. */
    getUniqueValue?(): string
    /** Service Portal only. */
    getSysId?(): string
    /** Core UI and Workspace; not Service Portal. */
    clearMessages?(): void
}

interface ClientGlideUser {
    hasRole(role: string): boolean
}

declare class GlideAjax {
    constructor(scriptIncludeName: string)
    addParam(name: string, value: string): void
    /** Asynchronous; the callback receives the processor's answer (a string, or null when there is none). */
    getXMLAnswer(callback: (answer: string | null) => void): void
}

declare const g_form: ClientGlideForm
declare const g_user: ClientGlideUser
declare const g_scratchpad: ItPartnerScratchpad
/** The translated text of a message listed in the client script's `messages` field. */
declare function getMessage(key: string): string
