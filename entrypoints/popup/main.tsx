/** Mounts the popup. The search engine (fuse.js and core/search) loads later, in its own chunk. */
import { render } from 'preact';
import type { TopicPack } from '@/core/pack/types';
import pack from '@/data/topic-pack.json';
import '@/components/tokens.css';
import '@/components/styles/base.css';
import '@/components/styles/claims.css';
import '@/components/popup/popup.css';
import '@/components/popup/popup-results.css';
import '@/components/popup/popup-detail.css';
import '@/components/popup/popup-site.css';
import App from './App';

const root = document.getElementById('app');
// The pack is checked against its schema by the corpus tests; JSON imports are typed loosely.
if (root) render(<App pack={pack as TopicPack} />, root);
