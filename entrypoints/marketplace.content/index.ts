import { BOOTED_AT } from './boot-clock';
// No lib/zod-jitless and no page reader here: this script builds no zod schema and carries no extractor. What
// needs them is injected by the background when a page first does (lib/messaging/injected-scripts.ts).
import '../../components/page-card/page-card.css';
import '../../components/findings/findings.css';
// The card's code loads later (entrypoints/card-ui); its styles go into the shadow root with this script's.
import '../../components/corrections/corrections.css';
import { startPageLanguage } from '../../lib/i18n/page-language';
import { logQuiet } from '../../lib/log';
import { MARKETPLACE_MATCHES } from '../../lib/marketplaces';
import { startApiOrderFeed } from './api-orders';
import { setBadgeLanguage } from './badges';
import { registerCaptureResponder } from './capture-responder';
import { startPageWatcher } from './watch';

/**
 * Runs on every Alibaba and AliExpress page (top frame). It only wires: the
 * watcher decides what the page is, the card presents it. Any error is
 * caught here so nothing ever throws into the buyer's page.
 */
export default defineContentScript({
  matches: [...MARKETPLACE_MATCHES],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    const moduleInitMs = performance.now() - BOOTED_AT;
    try {
      // First: the buyer's capture must work even on a page the watcher cannot read.
      registerCaptureResponder(ctx);
      // The buyer's language comes from the background (this script carries no message catalogs).
      const language = startPageLanguage();
      ctx.onInvalidated(language.stop);
      void language.ready.then(setBadgeLanguage, () => undefined);
      language.subscribe(setBadgeLanguage);
      let watcher: { reread: () => void } | null = null;
      const apiOrder = startApiOrderFeed(ctx, () => watcher?.reread());
      watcher = startPageWatcher(ctx, language, apiOrder, moduleInitMs);
    } catch (error) {
      logQuiet('page card', 'could not start on this page', error);
    }
  },
});
