import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { CardLanguage, CardView } from '../../components/page-card/card-ui-contract';
import type { PageCardProps } from '../../components/page-card/PageCard';
import { drawStaticCard, type StaticCardState } from '../../components/page-card/static-card';
import { logQuiet } from '../../lib/log';
import type { CorrectableFact } from '../../lib/model/correction';
import { loadCardUi } from './card-ui-loader';

/**
 * Owns the card's shadow root: mounts it once, redraws it with new props,
 * removes it on silent pages. The root is CLOSED: the page's scripts see a
 * <tradeguard-card> with no shadowRoot, so they can neither read the findings
 * nor press the card's buttons. Only the kind and state are mirrored on the
 * host (the page knows what page it is).
 *
 * The card is drawn as plain DOM first (static-card.ts: the same markup, a
 * fraction of React's first render), and most buyers never need more. The
 * React card (entrypoints/card-ui, loaded by card-ui-loader.ts) takes over
 * when the buyer opens a fact's form; its code is fetched as the pointer or
 * the focus reaches an "Enter it" button, so the form opens without a wait.
 */
export function createCardHost(ctx: ContentScriptContext, language: CardLanguage) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let mounting: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  /** The React card, once the buyer opened a form; until then the card is the static one. */
  let view: CardView | null = null;
  let handingOver: Promise<void> | null = null;
  let last: PageCardProps | null = null;
  let state: StaticCardState = { open: true, announced: new Set() };

  const drawStatic = () => {
    if (!ui || view || !last) return;
    try {
      drawStaticCard(ui.mounted as HTMLElement, language.current(), last, state, {
        onToggle: () => {
          state.open = !state.open;
          drawStatic();
        },
        onEdit: (fact) => handOver(fact),
      });
    } catch (error) {
      // Also called from the card's own buttons and on a language change: nothing may throw into the page.
      logQuiet('page card', 'could not draw the card', error);
    }
  };
  // The React card follows the language itself; the static one is redrawn in it.
  ctx.onInvalidated(language.subscribe(drawStatic));

  /** The React card takes the card over where the static one left off, with this fact's form open. */
  function handOver(editing: CorrectableFact) {
    if (handingOver) return; // a second click while the code loads opens nothing more
    // The card the buyer clicked: the page may change while the code loads (the card is removed and mounted
    // again, or redrawn for another page), and this fact's form belongs to that card only.
    const clicked = ui;
    const clickedOn = last;
    handingOver = loadCardUi()
      .then((cardUi) => {
        if (!clicked || ui !== clicked || last !== clickedOn) return;
        const container = clicked.mounted as HTMLElement | undefined;
        if (!container || view || !last) return;
        container.replaceChildren();
        view = cardUi.mount(container, language);
        view.render({ ...last, start: { open: state.open, announced: state.announced, editing } });
      })
      .catch((error) => logQuiet('page card', 'could not open the form', error))
      .finally(() => {
        handingOver = null;
      });
  }

  /** Loads the React card's code before the click that needs it (hover or keyboard focus on "Enter it"). */
  const preload = (event: Event) => {
    const target = event.target as Element | null;
    if (!view && target?.closest?.('.tg-fact__correct')) loadCardUi().catch(() => undefined);
  };

  async function ensure() {
    if (ui) return ui;
    mounting ??= createShadowRootUi(ctx, {
      name: 'tradeguard-card',
      position: 'inline',
      anchor: 'body',
      mode: 'closed',
      append: 'last',
      onMount: (container) => {
        container.addEventListener('pointerover', preload);
        container.addEventListener('focusin', preload);
        return container;
      },
      onRemove: () => {
        view?.unmount();
        view = null;
      },
    }).then((created) => {
      created.mount();
      ui = created;
      return created;
    });
    try {
      return await mounting;
    } catch (error) {
      mounting = null; // the next render tries again
      throw error;
    }
  }

  return {
    /** Draws synchronously; resolves to the main-thread time the drawing took (the mounting wait excluded). */
    async render(props: PageCardProps): Promise<number> {
      last = props;
      const mounted = await ensure();
      mounted.shadowHost.setAttribute('data-kind', props.kind);
      mounted.shadowHost.setAttribute('data-state', props.state ?? 'ready');
      const started = performance.now();
      if (view) view.render(props);
      else drawStatic();
      return performance.now() - started;
    },
    remove() {
      ui?.remove();
      ui = null;
      view = null;
      mounting = null;
      last = null;
      state = { open: true, announced: new Set() };
    },
  };
}
