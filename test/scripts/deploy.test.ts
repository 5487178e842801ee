import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * npm run deploy / deploy:demo, without an instance: the commands scripts/deploy.mjs would run (--print), and how the
 * SDK's own `now-sdk install` command line parser (@servicenow/sdk-cli's install builder, on its yargs) reads them.
 */
const ROOT = join(__dirname, '..', '..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }

function deploy(args: string[]): { status: number | null; stdout: string; stderr: string; steps: string[][] } {
    const run = spawnSync('node', [join(ROOT, 'scripts', 'deploy.mjs'), '--print', ...args], { encoding: 'utf8' })
    const steps = run.stdout.split('\n').filter(Boolean).map((line) => line.split(' '))
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, steps }
}

/** The npm script's arguments: `npm run deploy -- X` runs `<script> X`. */
const scriptArgs = (name: string) => pkg.scripts[name].split(' ').slice(2)

const SDK_CLI = join(ROOT, 'node_modules', '@servicenow', 'sdk-cli')
type Yargs = { parse(): Promise<Record<string, unknown>> }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yargs = require(require.resolve('yargs/yargs', { paths: [SDK_CLI] })) as (args: string[]) => Yargs
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { builder } = require(join(SDK_CLI, 'dist', 'command', 'install', 'index.js')) as { builder(y: Yargs): Promise<Yargs> }

/** How now-sdk install 4.9.0 reads these arguments (`install` itself is the command, not an option). */
async function sdkReads(installArgs: string[]): Promise<Record<string, unknown>> {
    expect(installArgs.slice(0, 2)).toEqual(['now-sdk', 'install'])
    return (await builder(yargs(installArgs.slice(2)))).parse()
}

describe('npm run deploy', () => {
    test('the SDK installs demo data unless told not to: the reason deploy always says which', async () => {
        expect((await sdkReads(['now-sdk', 'install'])).demoData).toBe(true)
    })

    test('deploy builds, then installs without demo data; options go through to now-sdk install', async () => {
        expect(pkg.scripts.deploy).toBe('node scripts/deploy.mjs')
        const run = deploy([...scriptArgs('deploy'), '--auth', 'dev'])
        expect(run.status).toBe(0)
        expect(run.steps).toEqual([
            ['npm', 'run', 'build'],
            ['npx', 'now-sdk', 'install', '--demoData=false', '--auth', 'dev'],
        ])
        expect(await sdkReads(run.steps[1].slice(1))).toMatchObject({ demoData: false, reinstall: false, auth: 'dev' })
    })

    test('deploy:demo installs with demo data and says it is for a personal developer instance', async () => {
        expect(pkg.scripts['deploy:demo']).toBe('node scripts/deploy.mjs --demo')
        const run = deploy(scriptArgs('deploy:demo'))
        expect(run.status).toBe(0)
        expect(run.steps[1]).toEqual(['npx', 'now-sdk', 'install', '--demoData=true'])
        expect(await sdkReads(run.steps[1].slice(1))).toMatchObject({ demoData: true, reinstall: false })
        expect(run.stderr).toContain('a personal developer instance only')
        expect(run.stderr).toContain('x_bu_itpartner.tier1_groups')
    })

    test.each([['--demoData'], ['--demoData=true'], ['--no-demoData'], ['--demo-data=false']])('refuses %s: demo data is chosen by the script name', (flag) => {
        const run = deploy([flag])
        expect([run.status, run.stdout]).toEqual([2, ''])
        expect(run.stderr).toMatch(/npm run deploy:demo/)
    })

    test.each([['--reinstall'], ['-r'], ['--reinstall=true'], ['-ar'], ['-rb']])('refuses %s, which would uninstall the app with all its data first', async (flag) => {
        const run = deploy(['--auth', 'dev', flag])
        expect([run.status, run.stdout]).toEqual([2, ''])
        expect(run.stderr).toMatch(/^deploy: /)
        // What the SDK would have made of it: each of these is a reinstall (a cluster too: -ar is -a '' -r).
        expect((await sdkReads(['now-sdk', 'install', flag])).reinstall).toBe(true)
    })

    test('these tests read the SDK version whose install options they describe (4.9.0): a new SDK needs them checked again', () => {
        expect((JSON.parse(readFileSync(join(SDK_CLI, 'package.json'), 'utf8')) as { version: string }).version).toBe('4.9.0')
    })
})
