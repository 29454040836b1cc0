/** Finds Debian's Chromium for the browser tests, the demo and the benchmark. */
import { existsSync } from 'node:fs';

/** Where `.ci/run` and the README tell people to install it. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The one line printed when no browser is found. */
export const MISSING_CHROMIUM_MESSAGE =
  'Chromium not found: install it with `sudo apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium binary.';

/** The Chromium binary to use: `CHROMIUM_PATH`, else Debian's; throws the one-line message when missing. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
  if (!existsSync(path)) throw new Error(MISSING_CHROMIUM_MESSAGE);
  return path;
}
