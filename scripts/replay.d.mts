/** The bundled replay's entry points (scripts/replay.mjs). */
export function bundleReplay(): { cli: string; run: string }
