import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { built } from '../support/dist.ts'

/** The repository's own docs, as GitHub renders them: every relative link resolves, every table is whole. */
const ROOT = join(__dirname, '..', '..')
const DOCS = ['README.md', 'CHANGELOG.md', ...readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join('docs', name))]

/** The lines of a markdown file outside fenced code blocks (fenced lines become ''). */
function prose(file: string): string[] {
    let fenced = false
    return readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .map((line) => {
            if (/^\s*```/.test(line)) {
                fenced = !fenced
                return ''
            }
            return fenced ? '' : line
        })
}

/** GitHub's heading anchors: lower case, punctuation dropped, each space a hyphen; repeats get -1, -2, ... */
function anchors(file: string): Set<string> {
    const seen = new Map<string, number>()
    const found = new Set<string>()
    for (const line of prose(file)) {
        const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
        if (!heading) continue
        const slug = heading[1]
            .toLowerCase()
            .replace(/[^\p{L}\p{N}\s_-]/gu, '')
            .replace(/\s/g, '-')
        const count = seen.get(slug) ?? 0
        seen.set(slug, count + 1)
        found.add(count ? `${slug}-${count}` : slug)
    }
    return found
}

/** The cells of a table row: split on pipes not escaped, without the outer ones. */
const cells = (row: string) => row.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/)

describe.each(DOCS)('%s', (file) => {
    test('every relative link and image resolves: the file exists, and its anchor is a heading there', () => {
        const broken: string[] = []
        for (const line of prose(file)) {
            for (const [, target] of line.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)) {
                if (/^[a-z]+:/i.test(target)) continue
                const [path, anchor] = target.split('#')
                const into = path ? relative(ROOT, resolve(dirname(join(ROOT, file)), path)) : file
                if (!existsSync(join(ROOT, into))) broken.push(`${target}: no file ${into}`)
                else if (anchor && into.endsWith('.md') && !anchors(into).has(anchor)) broken.push(`${target}: no heading #${anchor} in ${into}`)
            }
        }
        expect(broken).toEqual([])
    })

    test('every table has as many cells in each row as in its header, and no blank line inside it', () => {
        const lines = prose(file)
        const problems: string[] = []
        for (let i = 0; i < lines.length; i++) {
            const isRow = (at: number) => /^\s*\|/.test(lines[at] ?? '')
            if (!isRow(i) || isRow(i - 1)) continue
            const separator = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(lines[i + 1] ?? '')
            if (!separator) {
                problems.push(`line ${i + 1}: a table row with no header above it (a blank line inside a table?): ${lines[i].slice(0, 60)}`)
                continue
            }
            const width = cells(lines[i]).length
            for (let row = i + 1; isRow(row); row++) {
                if (cells(lines[row]).length !== width) problems.push(`line ${row + 1}: ${cells(lines[row]).length} cells, the header has ${width}`)
            }
        }
        expect(problems).toEqual([])
    })
})

describe('properties in the docs', () => {
    const properties = built('sys_properties')
        .map((row) => row.fields.name)
        .filter((name) => name.startsWith('x_bu_itpartner.'))
        .sort()

    /** The properties named in the first column of the rows of the table under a heading. */
    function tableProperties(file: string, heading: string): string[] {
        const lines = prose(file)
        const start = lines.findIndex((line) => line === heading)
        expect([file, heading, start >= 0]).toEqual([file, heading, true])
        const names: string[] = []
        for (const line of lines.slice(start + 1)) {
            if (/^#{1,6}\s/.test(line)) break
            const name = /^\|\s*`(x_bu_itpartner\.[a-z0-9_]+)`\s*\|/.exec(line)?.[1]
            if (name) names.push(name)
        }
        return names.sort()
    }

    test('the app ships properties to list', () => {
        expect(properties.length).toBeGreaterThanOrEqual(9)
    })

    test.each([
        ['README.md', '## Configuration'],
        ['docs/admin.md', '## Properties'],
        ['docs/install.md', '### Properties to set'],
    ])('%s lists every app property in its table under "%s", once', (file, heading) => {
        expect(tableProperties(file, heading)).toEqual(properties)
    })
})
