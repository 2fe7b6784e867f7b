import type { Translator } from '../../lib/i18n/translate';
import type { PageCardProps } from './PageCard';

/**
 * The page card's UI (React and the card's components) is not in the
 * marketplace content script: the background injects it (entrypoints/card-ui)
 * into the content script's isolated world the first time a card is shown,
 * and it registers itself under this name on that world's global object —
 * which the page's own scripts cannot see.
 */
export const CARD_UI_GLOBAL = '__tradeguardCardUi';

export interface CardView {
  /** Renders synchronously (the card is up to date when it returns). */
  render(props: PageCardProps): void;
  unmount(): void;
}

/** The content script's language, which the card follows (the card's bundle carries no message catalogs). */
export interface CardLanguage {
  current(): Translator;
  subscribe(callback: (t: Translator) => void): () => void;
}

export interface CardUi {
  mount(container: HTMLElement, language: CardLanguage): CardView;
}
