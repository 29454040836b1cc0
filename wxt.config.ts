import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

const DESCRIPTION =
  'Context from a verified corpus while you read the news: North Korean troops and munitions in Russia’s war against Ukraine.';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'News Context',
    description: DESCRIPTION,
    // `storage`: settings. Content scripts need no host permission; nothing else is requested.
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'news-context@news-context.invalid',
              // Firefox 140 is the first to read data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '105' }),
  }),
});
