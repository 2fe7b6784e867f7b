import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { I18nProvider } from '../../components/i18n/I18n';
import { PageCard, type PageCardProps } from '../../components/page-card/PageCard';
import { loadTranslator, onLanguageChange } from '../../lib/i18n/browser';
import type { Translator } from '../../lib/i18n/translate';

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
  // The buyer's language, read once per page (and again when the options change it).
  let translator: Promise<Translator> | null = null;
  let last: PageCardProps | null = null;
  onLanguageChange((t) => {
    translator = Promise.resolve(t);
    if (last && ui) void render(last);
  });

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

  /** Renders synchronously; resolves to the main-thread time the render took (mounting waits excluded). */
  async function render(props: PageCardProps): Promise<number> {
    last = props;
    translator ??= loadTranslator();
    const [mounted, t] = await Promise.all([ensure(), translator]);
    mounted.shadowHost.setAttribute('data-kind', props.kind);
    mounted.shadowHost.setAttribute('data-state', props.state ?? 'ready');
    const started = performance.now();
    flushSync(() =>
      mounted.mounted?.render(
        <I18nProvider value={t}>
          <PageCard {...props} />
        </I18nProvider>,
      ),
    );
    return performance.now() - started;
  }

  return {
    render,
    remove() {
      ui?.remove();
      ui = null;
      mounting = null;
    },
  };
}
