import { Linter } from 'eslint'

const linter = new Linter({ configType: 'flat' })

/**
 * Parse errors of a script read as classic ES5 (no let/const, arrows, template literals, ...): how the platform's
 * Rhino engine runs transform scripts, and the safe dialect for ATF server scripts on every release. [] when valid.
 */
export function es5Errors(script: string): string[] {
    return linter
        .verify(script, { languageOptions: { ecmaVersion: 5, sourceType: 'script' } })
        .filter((message) => message.fatal)
        .map((message) => `${message.line}:${message.column} ${message.message}`)
}
