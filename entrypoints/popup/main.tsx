/** Mounts the popup. The corpus (topic pack and search engine) loads after the first paint: see use-corpus.ts. */
import { render } from 'preact';
import '@/components/tokens.css';
import '@/components/styles/base.css';
import '@/components/styles/claims.css';
import '@/components/popup/popup.css';
import '@/components/popup/popup-results.css';
import '@/components/popup/popup-detail.css';
import '@/components/popup/popup-site.css';
import App from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
