import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { PageCard, type PageCardProps } from '../../components/page-card/PageCard';

/**
 * Owns the card's shadow root: mounts it once, re-renders with new props,
 * removes it on silent pages. The root is CLOSED: the page's scripts see a
 * <tradeguard-card> with no shadowRoot, so they can neither read the findings
 * nor press the card's buttons. Only the kind and state are mirrored on the
 * host (the page knows what page it is).
 */
export function createCardHost(ctx: ContentScriptContext) {
  let ui: ShadowRootContentScriptUi<Root> | null = null;
  let mounting: Promise<ShadowRootContentScriptUi<Root>> | null = null;

  async function ensure() {
    if (ui) return ui;
    mounting ??= createShadowRootUi(ctx, {
      name: 'tradeguard-card',
      position: 'inline',
      anchor: 'body',
      mode: 'closed',
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
      mounted.shadowHost.setAttribute('data-kind', props.kind);
      mounted.shadowHost.setAttribute('data-state', props.state ?? 'ready');
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
