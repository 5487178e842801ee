/**
 * A table exported page by page (the Table API loop in docs/replay.md): `<table>.<n>.json` (or `.xml`), read in the
 * order of n and joined, when `<table>.json` / `<table>.xml` itself is absent.
 */
import { readdirSync } from 'node:fs'

export function tableParts(dir: string, table: string): string[] {
    const pattern = new RegExp(`^${table.replace(/[.]/g, '\\.')}\\.(\\d+)\\.(json|xml)$`)
    return readdirSync(dir)
        .map((file) => ({ file, match: pattern.exec(file) }))
        .filter((entry) => entry.match)
        .sort((a, b) => Number(a.match![1]) - Number(b.match![1]) || a.file.localeCompare(b.file))
        .map((entry) => entry.file)
}
