/** The part of espree (10.x, which ships no types) that the pre-flight scan uses. */
declare module 'espree' {
    export function tokenize(
        code: string,
        options: { ecmaVersion: 'latest' | number; sourceType: 'module' | 'script'; comment?: boolean; range?: boolean },
    ): { comments?: { range?: [number, number] }[] }
}
