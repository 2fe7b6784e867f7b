import { CARD_UI_GLOBAL, type CardUi } from '../../components/page-card/card-ui-contract';
import { send } from '../../lib/messaging/client';

/**
 * The card's UI code (entrypoints/card-ui), asked of the background once per
 * page: it injects the file into this isolated world, where it registers
 * itself. A failed load is tried again on the next render.
 */
let loading: Promise<CardUi> | null = null;

const registered = () => (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] as CardUi | undefined;

export function loadCardUi(): Promise<CardUi> {
  loading ??= (async () => {
    if (!registered()) await send({ type: 'content/load-card-ui' });
    const ui = registered();
    if (!ui) {
      loading = null;
      throw new Error('the card could not be loaded');
    }
    return ui;
  })();
  return loading;
}
