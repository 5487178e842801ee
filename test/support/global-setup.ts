/** jest globalSetup: artifact-dependent tests (test/artifacts, test/replay) need dist/app; build it when missing or stale. */
import { join } from 'node:path'
import { ensureBuilt } from '../../replay/run/build.ts'

export default function globalSetup(): void {
    ensureBuilt(join(__dirname, '..', '..'), (line) => console.log(line))
}
