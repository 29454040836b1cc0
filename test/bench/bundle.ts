/**
 * Bundles `page/entry.ts` (the content script's scan, report and paint modules plus the bench
 * hooks) into one IIFE string for `page.addScriptTag({ content })`, with Vite (Rolldown) and the
 * same `@/` alias and minification as the extension build.
 */
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = resolve(import.meta.dirname, 'page/entry.ts');

function firstChunk(output: Awaited<ReturnType<typeof build>>): Rolldown.OutputChunk {
  const outputs = Array.isArray(output) ? output : [output];
  for (const result of outputs) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item): item is Rolldown.OutputChunk => item.type === 'chunk');
    if (chunk) return chunk;
  }
  throw new Error('bench bundle: no chunk produced');
}

/** Builds the in-page bench bundle and returns its code (unminified for profiling, when asked). */
export async function buildPageBundle(minify = true): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      minify,
      lib: { entry: ENTRY, formats: ['iife'], name: 'NewsContextBench' },
    },
  });
  return firstChunk(output).code;
}
