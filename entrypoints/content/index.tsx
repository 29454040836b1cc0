import { createShadowRootUi, defineContentScript } from '#imports';
import { render } from 'preact';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'manual',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'news-context-ui',
      position: 'inline',
      anchor: 'body',
      onMount(container) {
        render(<div data-testid="launcher">News Context</div>, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
