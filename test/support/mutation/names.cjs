/**
 * Where a test file's test names are kept for the mutation runs: one JSON file per test file under reports/ (ignored
 * by git) of the folder the tests run in (Stryker's sandbox, which holds a copy of this file).
 */
const { createHash } = require('node:crypto')
const { join } = require('node:path')

const ROOT = join(__dirname, '..', '..', '..')

function namesFile(testPath) {
    return join(ROOT, 'reports', 'test-names', `${createHash('sha256').update(testPath).digest('hex').slice(0, 20)}.json`)
}

module.exports = { namesFile }
