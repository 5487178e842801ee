/**
 * Stryker runs each mutant with `--testNamePattern` (the tests that cover it) and, with findRelatedTests, every test
 * file that imports the mutated file; jest then loads each of those files only to skip most of their tests, and the
 * loading was most of a mutant's time. This sequencer leaves out the files none of whose recorded tests
 * (record-names.cjs) match the pattern, with jest's own matching (a case-insensitive regular expression on the full
 * name). A file with no record yet is kept, so a missing record costs time, never a result.
 */
const { existsSync, readFileSync } = require('node:fs')
const Sequencer = require('@jest/test-sequencer').default
const { namesFile } = require('./names.cjs')

class RecordedNamesSequencer extends Sequencer {
    constructor(options) {
        super(options)
        const pattern = options.globalConfig.testNamePattern
        this.pattern = pattern ? new RegExp(pattern, 'i') : null
    }

    sort(tests) {
        const pattern = this.pattern
        if (!pattern) return super.sort(tests)
        return super.sort(
            tests.filter((test) => {
                const file = namesFile(test.path)
                if (!existsSync(file)) return true
                return JSON.parse(readFileSync(file, 'utf8')).some((name) => pattern.test(name))
            }),
        )
    }
}

module.exports = RecordedNamesSequencer
