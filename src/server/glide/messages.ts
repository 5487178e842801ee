import { gs } from '@servicenow/glide'
import { argText, type Message } from '../core/messages.ts'

/** The message in the session user's language (sys_ui_message), placeholders filled, nested messages translated too. */
export function translate(text: Message): string {
    return gs.getMessage(
        text.key,
        text.args.map((arg) => argText(arg, translate)),
    )
}
