import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { CardLanguage, CardView } from '../../components/page-card/card-ui-contract';
import type { PageCardProps } from '../../components/page-card/PageCard';
import { loadCardUi } from './card-ui-loader';

/**
 * Owns the card's shadow root: mounts it once, re-renders with new props,
 * removes it on silent pages. The root is CLOSED: the page's scripts see a
 * <tradeguard-card> with no shadowRoot, so they can neither read the findings
 * nor press the card's buttons. Only the kind and state are mirrored on the
 * host (the page knows what page it is). The card's UI code is loaded on the
 * first render (card-ui-loader.ts), never on pages that show no card.
 */
export function createCardHost(ctx: ContentScriptContext, language: CardLanguage) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let view: CardView | null = null;
  let mounting: Promise<{ ui: ShadowRootContentScriptUi<HTMLElement>; view: CardView }> | null = null;

  async function ensure() {
    if (ui && view) return { ui, view };
    mounting ??= Promise.all([
      loadCardUi(),
      createShadowRootUi(ctx, {
        name: 'tradeguard-card',
        position: 'inline',
        anchor: 'body',
        mode: 'closed',
        append: 'last',
        onMount: (container) => container,
        onRemove: () => {
          view?.unmount();
          view = null;
        },
      }),
    ]).then(([cardUi, created]) => {
      created.mount();
      ui = created;
      view = cardUi.mount(created.mounted as HTMLElement, language);
      return { ui: created, view };
    });
    try {
      return await mounting;
    } catch (error) {
      mounting = null; // the next render tries again
      throw error;
    }
  }

  return {
    /** Renders synchronously; resolves to the main-thread time the render took (loading and mounting waits excluded). */
    async render(props: PageCardProps): Promise<number> {
      const mounted = await ensure();
      mounted.ui.shadowHost.setAttribute('data-kind', props.kind);
      mounted.ui.shadowHost.setAttribute('data-state', props.state ?? 'ready');
      const started = performance.now();
      mounted.view.render(props);
      return performance.now() - started;
    },
    remove() {
      ui?.remove();
      ui = null;
      view = null;
      mounting = null;
    },
  };
}
