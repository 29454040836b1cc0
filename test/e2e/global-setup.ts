/** Fails the browser tests at once, with one clear line, when Chromium or the built extension is missing. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../harness/chromium';
import { EXTENSION_DIR } from '../harness/launch';

export default function setup(): void {
  findChromium();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm test\` (it builds first) or \`npm run build\`.`);
  }
}
