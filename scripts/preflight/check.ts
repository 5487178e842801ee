import type { App, Script } from './app.ts'
import { where } from './app.ts'

/** One finding: where (dist/app file:line, or the record), what, and the stable key an allow-list entry names. */
export interface Finding {
    where: string
    message: string
    key: string
}

/** One pre-flight check: its name, the docs it applies, and how it finds violations in the built app. */
export interface Check {
    name: string
    /** What it refuses, in one line. */
    refuses: string
    /** ServiceNow doc pages (or other sources) the rule comes from. */
    sources: string[]
    run(app: App): Finding[]
}

/** An accepted finding: the check, the finding's key, and why it is accepted. */
export interface AllowEntry {
    check: string
    key: string
    reason: string
}

/** Findings of `pattern` in each script: one per match, keyed by the script and the matched text. */
export function matches(scripts: Script[], pattern: RegExp, message: (match: RegExpMatchArray, script: Script) => string): Finding[] {
    const flags = pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'
    const global = new RegExp(pattern.source, flags)
    return scripts.flatMap((script) =>
        [...script.code.matchAll(global)].map((match) => ({
            where: where(script, match.index ?? 0),
            message: message(match, script),
            key: `${label(script)}: ${match[0].trim()}`,
        })),
    )
}

/** `sys_script "IT Partner form banner"` or `sys_module src/server/glide/routes.ts`. */
export function label(script: Script): string {
    return script.kind === 'module' ? `sys_module ${script.name}` : `${script.table}.${script.field} "${script.name}"`
}

/**
 * The arguments of the call whose `(` is at `open`: their count at the top level (commas outside brackets and
 * strings). -1 when the call is not closed in the script.
 */
export function argumentCount(code: string, open: number): number {
    let depth = 0
    let count = 0
    let empty = true
    let quote = ''
    for (let i = open; i < code.length; i++) {
        const c = code[i]
        if (quote) {
            if (c === '\\') i++
            else if (c === quote) quote = ''
            continue
        }
        if (c === "'" || c === '"' || c === '`') quote = c
        else if (c === '(' || c === '[' || c === '{') depth++
        else if (c === ')' || c === ']' || c === '}') {
            depth--
            if (depth === 0) return empty ? 0 : count + 1
        } else if (c === ',' && depth === 1) count++
        if (depth >= 1 && i > open && !/\s/.test(c)) empty = false
    }
    return -1
}
