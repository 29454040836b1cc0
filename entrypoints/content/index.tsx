import { defineContentScript } from '#imports';
import packText from '@/data/topic-pack.json?raw';
import type { TopicPack } from '@/core/pack/types';
import { invalidateOnUnload } from '@/platform/extension-context';
import { PAGE_MATCHES } from './matches';
import { startReader } from './reader';

export default defineContentScript({
  matches: PAGE_MATCHES,
  // The UI's CSS is bundled into the script and handed to the shadow root: no CSS file to fetch,
  // so no web-accessible resource a page could probe.
  cssInjectionMode: 'manual',
  runAt: 'document_idle',
  async main(ctx) {
    invalidateOnUnload(ctx);
    // The corpus, validated against the pack schema before every build (wxt.config.ts). Bundled as
    // text and parsed here: JSON.parse is faster than evaluating the same data as a 120 kB object
    // literal, a cost every page paid while the script loaded.
    await startReader(ctx, JSON.parse(packText) as TopicPack);
  },
});
