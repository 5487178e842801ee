#!/usr/bin/env node
// npm run deploy [-- OPTIONS]: builds the app, then installs it with `now-sdk install` on the instance of your
// `now-sdk auth` credentials, WITHOUT demo data. npm run deploy:demo adds the demo data (src/fluent/demo), for a personal
// developer instance only. OPTIONS go to now-sdk install (e.g. --auth <alias>), except the two it refuses:
//   - demo data flags: `now-sdk install` loads demo data unless told not to (SDK 4.9.0: --demoData, default true), so
//     this script always says which, and only deploy:demo says yes;
//   - --reinstall: it uninstalls the app first with all its data (the SDK asks the instance to delete everything), the
//     app's tables and what it wrote included. Run `npx now-sdk install --reinstall` by hand if that is what you want.
// --print prints the commands instead of running them. Production goes through the application repository, never
// through this script: docs/install.md, "Production path".
import { spawnSync } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const OWN = { demo: '--demo', print: '--print' }

/** The commands to run for the given arguments, or an error message; never touches an instance. */
export function deployPlan(argv) {
    const demo = argv.includes(OWN.demo)
    const print = argv.includes(OWN.print)
    const passed = argv.filter((arg) => arg !== OWN.demo && arg !== OWN.print)
    for (const arg of passed) {
        if (/^--(no-)?demo-?data(=|$)/i.test(arg)) {
            return { error: `deploy: ${arg} is not taken here: npm run deploy installs no demo data, npm run deploy:demo installs it (a personal developer instance only)` }
        }
        if (/^--reinstall(=|$)/.test(arg) || arg === '-r') {
            return {
                error:
                    `deploy: ${arg} is refused: now-sdk install --reinstall first uninstalls the app and deletes all its data ` +
                    '(its tables and what it wrote). On a personal developer instance, run npx now-sdk install --reinstall yourself; ' +
                    'see docs/install.md, "Production path"',
            }
        }
        if (/^-[A-Za-z]{2,}$/.test(arg)) {
            return { error: `deploy: ${arg}: give short options one by one (-a <alias>), so that none of them is read as --reinstall` }
        }
    }
    return {
        print,
        demo,
        steps: [
            ['npm', ['run', 'build']],
            ['npx', ['now-sdk', 'install', demo ? '--demoData=true' : '--demoData=false', ...passed]],
        ],
    }
}

function main() {
    const plan = deployPlan(process.argv.slice(2))
    if (plan.error) {
        console.error(plan.error)
        process.exit(2)
    }
    if (plan.demo) {
        console.error(
            'deploy: installing WITH demo data (groups, departments, users, Partners and routes, all named "... (demo)"): ' +
                'a personal developer instance only. Afterwards set x_bu_itpartner.tier1_groups to "IT Help Center (demo),Desktop Services (demo)".',
        )
    }
    for (const [command, args] of plan.steps) {
        if (plan.print) {
            console.log([command, ...args].join(' '))
            continue
        }
        const run = spawnSync(command, args, { stdio: 'inherit' })
        if (run.status !== 0) process.exit(run.status ?? 1)
    }
}

if (realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) main()
