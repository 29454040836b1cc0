import { defineContentScript } from '#imports';
import packJson from '@/data/topic-pack.json';
import type { TopicPack } from '@/core/pack/types';
import { invalidateOnUnload } from '@/platform/extension-context';
import { startReader } from './reader';

/** The bundled corpus; validated against the pack schema before every build (wxt.config.ts). */
const pack = packJson as TopicPack;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // The UI's CSS is bundled into the script and handed to the shadow root: no CSS file to fetch,
  // so no web-accessible resource a page could probe.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  async main(ctx) {
    invalidateOnUnload(ctx);
    await startReader(ctx, pack);
  },
});
