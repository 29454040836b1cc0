/** Pages the content script runs on; the manifest's hint stylesheet goes to the same (wxt.config.ts). */
export const PAGE_MATCHES = ['http://*/*', 'https://*/*'];
