import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { DIST } from '../support/dist.ts'

/**
 * Template text the SDK writes when a script field is left to its default (sdk-build-plugins: business rules,
 * transform maps, field maps, transform scripts, UI policies) and the platform's own new-script templates. None of it
 * may ship: an admin reading the app's records should find only code that runs.
 */
const PLACEHOLDERS = [
    'Add your code here',
    '(function executeRule(current, previous /*null when async*/)',
    'return the value to be put into the target field',
    'log, target /*undefined onStart*/',
    'function onCondition() {\n\n}',
    'Type appropriate comment here',
    'begin script below',
]

function files(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    )
}

describe('no template boilerplate ships', () => {
    it.each(PLACEHOLDERS)('no file in dist/app contains %j', (placeholder) => {
        const all = files(DIST)
        expect(all.length).toBeGreaterThan(100)
        const found = all.filter((file) => readFileSync(file, 'utf8').includes(placeholder)).map((file) => relative(DIST, file))
        expect(found).toEqual([])
    })
})
