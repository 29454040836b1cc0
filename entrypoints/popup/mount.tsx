/**
 * Takes over the popup's pre-rendered first view (see main.ts). Text typed into the search box before
 * this ran is in the input, so the app starts from it.
 */
import { hydrate } from 'preact';
import App from './App';

const root = document.getElementById('app');
if (root) {
  const typed = root.querySelector<HTMLInputElement>('input[type="search"]')?.value ?? '';
  hydrate(<App typedQuery={typed} />, root);
}
