import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PageCard, type PageCardProps } from '../../components/page-card/PageCard';

/** Owns the card's shadow root: mounts it once, re-renders with new props, removes it on silent pages. */
export function createCardHost(ctx: ContentScriptContext) {
  let ui: ShadowRootContentScriptUi<Root> | null = null;
  let mounting: Promise<ShadowRootContentScriptUi<Root>> | null = null;

  async function ensure() {
    if (ui) return ui;
    mounting ??= createShadowRootUi(ctx, {
      name: 'tradeguard-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (container) => {
        const root = createRoot(container);
        return root;
      },
      onRemove: (root) => root?.unmount(),
    }).then((created) => {
      created.mount();
      ui = created;
      return created;
    });
    return mounting;
  }

  return {
    /** Renders synchronously; resolves to the main-thread time the render took (mounting waits excluded). */
    async render(props: PageCardProps): Promise<number> {
      const mounted = await ensure();
      const started = performance.now();
      flushSync(() => mounted.mounted?.render(<PageCard {...props} />));
      return performance.now() - started;
    },
    remove() {
      ui?.remove();
      ui = null;
      mounting = null;
    },
  };
}
