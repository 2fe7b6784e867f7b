// No lib/zod-jitless: nothing in this script uses zod (the background validates what it sends).
import { startPageLanguage } from '../../lib/i18n/page-language';
import { logQuiet } from '../../lib/log';
import { CHAT_MATCHES } from '../../lib/marketplaces';
import { startChatGuard } from './guard';
import { setMarkLanguage } from './marks';

/**
 * The chat guard: on Message Center pages (and their iframes) it reads each
 * new message once, flags risky supplier messages inline, and offers to save
 * them to the vault. Never throws into the page.
 */
export default defineContentScript({
  matches: [...CHAT_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      // The marks speak the buyer's language, sent by the background (this script carries no message
      // catalogs); followed when the options change it. No message is scanned before it is installed.
      const language = startPageLanguage();
      ctx.onInvalidated(language.stop);
      language.subscribe(setMarkLanguage);
      startChatGuard(ctx, language.ready.then(setMarkLanguage));
    } catch (error) {
      logQuiet('chat guard', 'could not start', error);
    }
  },
});
