/**
 * Records the full name of every test a test file runs (`expect.getState().currentTestName`, the name Stryker's jest
 * runner uses as the test's id), once per test file: Stryker's first run, which runs every test, leaves each file's
 * list for sequencer.cjs.
 */
const { existsSync, mkdirSync, renameSync, writeFileSync } = require('node:fs')
const { dirname } = require('node:path')
const { namesFile } = require('./names.cjs')

const file = namesFile(expect.getState().testPath)

if (!existsSync(file)) {
    const names = []
    beforeEach(() => {
        names.push(expect.getState().currentTestName)
    })
    afterAll(() => {
        mkdirSync(dirname(file), { recursive: true })
        // Written whole, then renamed: a run that starts meanwhile never reads half a list.
        const partial = `${file}.${process.pid}`
        writeFileSync(partial, JSON.stringify(names))
        renameSync(partial, file)
    })
}
