import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AjaxPolicy } from '../../emulator/client/ajax.ts'
import { ClientScript, type ClientForm, type FormOptions } from '../../emulator/client/form.ts'
import { onLoad } from '../../src/browser/banner-onload.ts'
import { onChange } from '../../src/browser/caller-onchange.ts'

type Handler = (...args: unknown[]) => void
type AjaxClass = new (processor: string) => { getXMLAnswer(callback: (answer: string | null) => void): void }

/** The client globals src/browser reads (declared in src/browser/globals.d.ts). */
const GLOBALS = ['g_form', 'g_user', 'g_scratchpad', 'GlideAjax', 'getMessage'] as const
const scope = globalThis as Record<string, unknown>

/**
 * What dist/app installs for GlideAjax: the banner's script include and its execute ACL. The source tests have no
 * dist/app; test/browser/banner-client.test.ts checks that the built policy contains exactly these.
 */
export const BANNER_AJAX_POLICY: AjaxPolicy = {
    includes: [{ name: 'ITPartnerBannerAjax', apiName: 'x_bu_itpartner.ITPartnerBannerAjax', clientCallable: true, active: true }],
    acls: [
        {
            name: 'ITPartnerBannerAjax',
            operation: 'execute',
            roles: ['itil', 'x_bu_itpartner.reader', 'x_bu_itpartner.admin'],
            adminOverrides: true,
            active: true,
        },
    ],
}

/** The `messages` field of both banner client scripts, as their Fluent source writes it. */
function fluentMessages(): string[] {
    const source = readFileSync(join(__dirname, '..', '..', 'src', 'fluent', 'client-scripts', 'banner.now.ts'), 'utf8')
    const list = /const BANNER_MESSAGES = `([^`]*)`/.exec(source)
    if (!list) throw new Error('src/fluent/client-scripts/banner.now.ts: no BANNER_MESSAGES list')
    return list[1].split('\n').filter((line) => line.length > 0)
}

/**
 * A browser script run from its TypeScript source in src/browser (not the compiled copy in dist/app) on the same
 * embedded client form: while a handler or a GlideAjax answer runs, that form's g_form, g_user, g_scratchpad,
 * GlideAjax and getMessage are the globals the source reads. Mutation testing reaches src/browser only this way.
 */
class SourceClientScript extends ClientScript {
    constructor(
        name: string,
        private readonly handlers: { onLoad?: Handler; onChange?: Handler },
    ) {
        super({ name, script: '', messages: fluentMessages() })
    }

    override open(options: FormOptions = {}): ClientForm {
        return super.open({ ajax: BANNER_AJAX_POLICY, ...options })
    }

    override load(form: ClientForm, g_form: unknown, g_user: unknown, GlideAjax: unknown, getMessage: unknown): { onLoad?: Handler; onChange?: Handler } {
        const values: unknown[] = []
        const enter =
            (work: Handler): Handler =>
            (...args) => {
                const saved = GLOBALS.map((name) => scope[name])
                GLOBALS.forEach((name, index) => (scope[name] = values[index]))
                try {
                    work(...args)
                } finally {
                    GLOBALS.forEach((name, index) => (scope[name] = saved[index]))
                }
            }
        // The answer callback runs later, when the test delivers the answer: it gets this form's globals again.
        class SourceGlideAjax extends (GlideAjax as AjaxClass) {
            override getXMLAnswer(callback: (answer: string | null) => void): void {
                super.getXMLAnswer(enter(callback as Handler))
            }
        }
        values.push(g_form, g_user, form.scratchpad, SourceGlideAjax, getMessage)
        return {
            onLoad: this.handlers.onLoad && enter(this.handlers.onLoad),
            onChange: this.handlers.onChange && enter(this.handlers.onChange),
        }
    }
}

/** A banner client script, by its record name, run from source. */
export function sourceClientScript(name: 'IT Partner banner' | 'IT Partner banner refresh'): ClientScript {
    return name === 'IT Partner banner'
        ? new SourceClientScript(name, { onLoad: onLoad as Handler })
        : new SourceClientScript(name, { onChange: onChange as Handler })
}
