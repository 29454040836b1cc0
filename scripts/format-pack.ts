/**
 * Validates data/topic-pack.json and rewrites it in canonical form.
 * Usage: `npx tsx scripts/format-pack.ts` (rewrite) or `npx tsx scripts/format-pack.ts --check`
 * (exit 1 if the file is not canonical; writes nothing).
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatPack } from '../core/pack/format-pack';
import { assertValidPack } from '../core/pack/validate-pack';

const PACK_NAME = 'data/topic-pack.json';
const packPath = fileURLToPath(new URL(`../${PACK_NAME}`, import.meta.url));

/** Runs the CLI; returns the process exit code. */
function main(args: readonly string[]): number {
  const text = readFileSync(packPath, 'utf8');
  const formatted = formatPack(assertValidPack(JSON.parse(text), PACK_NAME));
  if (formatted === text) {
    console.log(`${PACK_NAME} is valid and formatted.`);
    return 0;
  }
  if (args.includes('--check')) {
    console.error(`${PACK_NAME} is valid but not formatted: run npx tsx scripts/format-pack.ts`);
    return 1;
  }
  writeFileSync(packPath, formatted);
  console.log(`${PACK_NAME} is valid; rewrote it formatted.`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
