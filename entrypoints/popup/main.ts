/**
 * Boots the popup. Its HTML already holds the first view, rendered at build time (`shell.tsx`), so
 * Chrome shows the popup as soon as this small module has run; the app (`mount.tsx`) is loaded once
 * that view is on screen and takes it over with `hydrate`. Loading it up front made the first paint
 * wait for Preact, the polyfill and the app to load and render: a frame later in the toolbar popup.
 * The stylesheets are imported here, so they are part of the HTML (inlined at build, see wxt.config.ts).
 */
import '@/components/tokens.css';
import '@/components/styles/base.css';
import '@/components/styles/claims.css';
import '@/components/popup/popup.css';
import '@/components/popup/popup-results.css';
import '@/components/popup/popup-detail.css';
import '@/components/popup/popup-site.css';
import { afterFirstPaint } from './after-first-paint';

void afterFirstPaint().then(() => import('./mount'));
