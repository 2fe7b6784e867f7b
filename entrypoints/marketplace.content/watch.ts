import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { send } from '../../lib/messaging/client';
import type { PageKind } from '../../lib/model/page-kind';
import { isChallengePage } from '../../lib/pages/challenge';
import { pageKindFromUrl } from '../../lib/pages/detect';
import { createCardHost } from './card-host';

/** Quiet kinds: TradeGuard says nothing on security checks and on pages it does not know. */
const isSilent = (kind: PageKind) => kind === 'challenge' || kind === 'unknown';

/**
 * Decides what the page is and keeps the card in step with it, including
 * in-page navigation of single-page apps (WXT's `wxt:locationchange`).
 */
export function startPageWatcher(ctx: ContentScriptContext) {
  const card = createCardHost(ctx);
  let lastUrl = '';

  async function evaluate(url: string) {
    if (url === lastUrl) return;
    lastUrl = url;
    let kind = pageKindFromUrl(url);
    if (!isSilent(kind) && isChallengePage(document)) kind = 'challenge';
    if (isSilent(kind)) {
      card.remove();
      return;
    }
    await card.render({ kind });
    await send({ type: 'content/page-seen', url, kind, title: document.title.slice(0, 2000) }).catch(() => {
      // The background may be restarting; the card still shows what the page is.
    });
  }

  const safely = (url: string) => evaluate(url).catch((error) => console.debug('TradeGuard: page check failed', error));
  // The event fires as navigation starts, before location.href changes: take the URL from the event.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => safely(event.newUrl.href));
  safely(location.href);
}
