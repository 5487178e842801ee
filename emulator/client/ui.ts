/**
 * The client API each UI documents for client scripts (ServiceNow docs, Xanadu to Zurich; emulator/glide/README.md,
 * "Client", lists the pages). A script with UI type All runs in all three, so it may call only what all three offer.
 */
export type ClientUi = 'core' | 'workspace' | 'portal'

export const CLIENT_UIS: readonly ClientUi[] = ['core', 'workspace', 'portal']

export const UI_NAMES: Record<ClientUi, string> = { core: 'Core UI', workspace: 'Workspace', portal: 'Service Portal' }

const words = (text: string): readonly string[] => text.trim().split(/\s+/)

/** The GlideUser methods and properties of "GlideUser - Client". */
const GLIDE_USER = 'firstName lastName userName userID getClientData setClientData getFullName hasRole hasRoleExactly hasRoleFromList hasRoles'

export const CLIENT_API: Record<ClientUi, { g_form: readonly string[]; g_user: readonly string[]; GlideAjax: readonly string[] }> = {
    // "GlideForm (g_form) - Client", "GlideUser - Client", "GlideAjax - Client".
    core: {
        g_form: words(`addDecoration addErrorMessage addFormMessage addInfoMessage addOption clearAllFormMessages
            clearFormMessages clearMessages clearOptions clearValue disableAttachments enableAttachments flash getActionName
            getBooleanValue getControl getDecimalValue getDisplayBox getDisplayValue getElement getFormElement
            getHelpTextControl getIntValue getLabelOf getOption getReference getRelatedListNames getSectionNames getSections
            getTableName getUniqueValue getValue hideAllFieldMsgs hideErrorBox hideFieldMsg hideRelatedList hideRelatedLists
            isLiveUpdating isMandatory isNewRecord isSectionVisible isVisible onUserChangeValue refreshSlushbucket
            removeDecoration removeOption save setDisabled setDisplay setLabelOf setMandatory setReadOnly setSectionDisplay
            setValue setVariablesReadOnly setVisible showErrorBox showFieldMsg showRelatedList showRelatedLists submit`),
        g_user: words(GLIDE_USER),
        GlideAjax: words('addParam getAnswer getXML getXMLAnswer getXMLWait'),
    },
    // "GlideForm (Next Experience) - Client" and "GlideUser (Next Experience) - Client" (which adds getRoles); the
    // synchronous getXMLWait is left out, as in every UI that is not Core UI.
    workspace: {
        g_form: words(`addAdditionalParams addChoice addDecoration addErrorMessage addFormMessage addHighMessage
            addInfoMessage addLowMessage addModerateMessage addOption addSuccessMessage clearAllFormMessages clearChoices
            clearFormMessages clearMessages clearOptions clearValue disableAttachments disableChoice enableAttachments
            enableChoice flash getActionName getAnnotationByName getAnnotations getBooleanValue getChoice getControl
            getDecimalValue getDisplayValue getElement getFormElement getIntValue getLabelOf getOptions getReference
            getRelatedListNames getSectionNames getSections getTableName getUniqueValue getValue hideAllFieldMsgs
            hideAnnotation hideErrorBox hideFieldMsg hideRelatedList hideRelatedLists isMandatory isNewRecord isVisible
            onUserChangeValue removeChoice removeDecoration removeOption save setChoiceLabel setDisabled setDisplay
            setLabelOf setMandatory setReadOnly setSectionDisplay setValue setVariablesReadOnly setVisible showAnnotation
            showErrorBox showFieldMsg showRelatedList showRelatedLists submit toggleAnnotations`),
        g_user: words(`${GLIDE_USER} getRoles`),
        GlideAjax: words('addParam getAnswer getXML getXMLAnswer'),
    },
    // "Supported client script types and APIs" (Service Portal): no clearMessages, no getUniqueValue (getSysId).
    // That page does not list g_user; "GlideUser - Client" says g_user is there in every client script.
    portal: {
        g_form: words(`addDecoration addErrorMessage addInfoMessage addOption clearOptions getActionName getBooleanValue
            getDecimalValue getEncodedRecord getFieldNames getIntValue getLabel getReference getRelatedListNames
            getSectionNames getSysId getTableName getValue hasField hideAllFieldMsgs hideErrorBox hideFieldMsg
            hideRelatedList hideRelatedLists isMandatory isNewRecord isReadOnly isVisible removeDecoration removeOption save
            serialize setFieldPlaceholder setLabel setMandatory setReadOnly setSectionDisplay setValue setVisible
            showErrorBox showFieldMsg showRelatedList showRelatedLists submit`),
        g_user: words(GLIDE_USER),
        GlideAjax: words('addParam getParam getXML getXMLAnswer getJSON setErrorCallback getURL getParams execute setScope'),
    },
}

/**
 * Whether a form button (a built sys_ui_action record) shows in Configurable Workspace (Service Operations
 * Workspace): only with the workspace settings, form_button_v2 and format_for_configurable_workspace
 * (now-sdk explain ui-action-guide, "Workspace Compatibility").
 */
export function showsInWorkspace(action: Record<string, string>): boolean {
    return (
        action.active === 'true' &&
        action.form_button_v2 === 'true' &&
        action.format_for_configurable_workspace === 'true'
    )
}

/** Whether a form button shows on the Core UI form (the classic form_button). */
export function showsInCoreUi(action: Record<string, string>): boolean {
    return action.active === 'true' && action.form_button === 'true'
}
