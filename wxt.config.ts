import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'News Context',
    description:
      'Context from a verified corpus while you read the news: North Korean troops and munitions in Russia’s war against Ukraine.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'news-context@example.org',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
