import { readFileSync } from 'node:fs'
import { posix, relative } from 'node:path'
import * as espree from 'espree'
import { readDist, type BuiltRecord } from './dist.ts'

/** Where a script runs: on the server, in the browser, or as an ES module (sys_module, built from src/server). */
export type ScriptKind = 'server' | 'client' | 'module'

/** One script that ships in dist/app. */
export interface Script {
    record: BuiltRecord
    table: string
    field: string
    /** The record's name, or the module's source path (src/server/...). */
    name: string
    kind: ScriptKind
    /** The script with its comments blanked out (same length and lines), so patterns see code and strings only. */
    code: string
    /** The file (relative to dist/app) and the line of that file where the script's first line is. */
    file: string
    line: number
}

/** A sys_module record: its path on the instance and the paths of the modules it imports. */
export interface Module {
    path: string
    source: string
    script: Script
    imports: string[]
}

export interface App {
    dist: string
    records: BuiltRecord[]
    scripts: Script[]
    /** sys_module records by their path (`<scope>/<package>/<version>/src/server/...`). */
    modules: Map<string, Module>
}

/** ATF step "Run Server Side Script" and its `script` input (ids from the SDK's ATF step catalogue). */
const ATF_SCRIPT_INPUT = '989d9e235324220002c6435723dc3484'

/** The script fields of each table that ships scripts, and where each runs. */
function scriptFields(record: BuiltRecord): [string, ScriptKind][] {
    const f = record.fields
    switch (record.table) {
        case 'sys_script':
            return [['script', 'server'], ['condition', 'server']]
        case 'sys_script_include':
        case 'sysauto_script':
        case 'sys_transform_map':
        case 'sys_transform_script':
            return [['script', 'server']]
        case 'sys_security_acl':
            return [['script', 'server']]
        case 'sys_transform_entry':
            return [['source_script', 'server']]
        case 'sys_script_client':
            return [['script', 'client']]
        case 'sys_ui_action':
            return [['script', f.client === 'true' ? 'client' : 'server'], ['condition', 'server'], ['client_script_v2', 'client']]
        case 'sys_module':
            // Script modules only: the SDK also ships package.json and bom.json (the app's own record keys) as modules.
            return /\.[cm]?[jt]s$/.test(f.path ?? '') ? [['content', 'module']] : []
        case 'sys_variable_value':
            return f.variable === ATF_SCRIPT_INPUT ? [['value', 'server']] : []
        default:
            return []
    }
}

/** The module's source path inside the package (`src/server/glide/routes.ts`), else its full path. */
export function sourcePath(modulePath: string): string {
    const at = modulePath.indexOf('/src/')
    return at >= 0 ? modulePath.slice(at + 1) : modulePath
}

/** Blanks comments (keeping newlines), so a pattern in a comment is not a finding; unparsable code is kept as is. */
export function withoutComments(code: string, module: boolean): string {
    let comments: { range?: [number, number] }[]
    try {
        comments = espree.tokenize(code, { ecmaVersion: 'latest', sourceType: module ? 'module' : 'script', comment: true, range: true }).comments ?? []
    } catch {
        return code
    }
    let out = code
    for (const { range } of comments) {
        if (!range) continue
        const [start, end] = range
        out = out.slice(0, start) + out.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end)
    }
    return out
}

function lineOf(text: string, index: number): number {
    let line = 1
    for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++
    return line
}

/** The line in the record's XML file where the script starts (CDATA keeps the text as is; else the field's tag). */
function startLine(raw: string, field: string, code: string): number {
    const at = raw.indexOf(code.slice(0, 200))
    if (at >= 0) return lineOf(raw, at)
    const tag = raw.search(new RegExp(`<${field}[ >]`))
    return tag >= 0 ? lineOf(raw, tag) : 1
}

/** Reads dist/app into what the checks look at: records, scripts, modules and their imports. */
export function loadApp(dist: string): App {
    const records = readDist(dist)
    const scripts: Script[] = []
    const raws = new Map<string, string>()
    for (const record of records) {
        for (const [field, kind] of scriptFields(record)) {
            const text = record.fields[field] ?? ''
            if (!text.trim()) continue
            if (!raws.has(record.file)) raws.set(record.file, readFileSync(record.file, 'utf8'))
            const f = record.fields
            const name = kind === 'module' ? sourcePath(f.path) : f.name || f.sys_name || (f.when ? `${f.when} ${f.sys_id}` : f.sys_id)
            scripts.push({
                record,
                table: record.table,
                field,
                name,
                kind,
                code: withoutComments(text, kind === 'module'),
                file: relative(dist, record.file),
                line: startLine(raws.get(record.file)!, field, text),
            })
        }
    }
    const modules = new Map<string, Module>()
    for (const script of scripts.filter((s) => s.kind === 'module')) {
        const path = script.record.fields.path
        modules.set(path, { path, source: script.record.fields.content, script, imports: importsOf(path, script.code) })
    }
    return { dist, records, scripts, modules }
}

/** Relative imports (and re-exports) of a module, resolved against its own path as the platform does. */
function importsOf(path: string, code: string): string[] {
    const found: string[] = []
    for (const match of code.matchAll(/\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]/g)) {
        const specifier = match[1] ?? match[2]
        if (specifier.startsWith('.')) found.push(posix.join(posix.dirname(path), specifier))
    }
    return found
}

/** The module a business rule or UI action script calls through the SDK's stub (`require('<module path>')`). */
export function requiredModules(script: Script): string[] {
    return [...script.code.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1])
}

/** Every module reachable from `roots` through imports, in visiting order. */
export function moduleGraph(app: App, roots: string[]): Module[] {
    const seen = new Set<string>()
    const order: Module[] = []
    const visit = (path: string) => {
        if (seen.has(path)) return
        seen.add(path)
        const module = app.modules.get(path)
        if (!module) return
        order.push(module)
        for (const next of module.imports) visit(next)
    }
    for (const root of roots) visit(root)
    return order
}

/** `file:line` of a position in a script (index into script.code). */
export function where(script: Script, index: number): string {
    return `${script.file}:${script.line + lineOf(script.code, index) - 1}`
}

