import { ModuleLoader } from '../../../emulator/app/modules.ts'

/** require() from a script (script include, scheduled job, ATF step) as the instance resolves it. */
describe('ModuleLoader.scriptRequire', () => {
    const modules = new Map([
        ['x_app/pkg/1.2.0/src/server/rules/a.ts', "import { b } from '../core/b.ts'\nexport function a() { return 'a' + b() }"],
        ['x_app/pkg/1.2.0/src/server/core/b.ts', "export function b() { return 'b' }"],
    ])
    const loader = new ModuleLoader(modules, { '@servicenow/glide': { gs: 'glide' } }, 'x_app/pkg/1.2.0')

    test("'./path' starts at the app's package folder, whatever its version", () => {
        expect((loader.scriptRequire('./src/server/rules/a.ts').a as () => string)()).toBe('ab')
    })

    test('a full module path is taken as it is; a path with another version is not found', () => {
        expect(loader.scriptRequire('x_app/pkg/1.2.0/src/server/core/b.ts')).toBe(loader.scriptRequire('./src/server/core/b.ts'))
        expect(() => loader.scriptRequire('x_app/pkg/1.1.0/src/server/core/b.ts')).toThrow(/module not found.*1\.1\.0/)
    })

    test("'../' would leave the package, and a loader without a package folder cannot resolve './'", () => {
        expect(() => loader.scriptRequire('../other/x.ts')).toThrow(/cannot leave the app's package/)
        expect(() => new ModuleLoader(modules, {}).scriptRequire('./src/server/core/b.ts')).toThrow(/no package folder/)
    })

    test('a built-in module (the Glide API) is given as is', () => {
        expect(loader.scriptRequire('@servicenow/glide')).toEqual({ gs: 'glide' })
    })
})
