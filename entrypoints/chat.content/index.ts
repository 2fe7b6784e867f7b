import '../../lib/zod-jitless';
import { loadTranslator, onLanguageChange } from '../../lib/i18n/browser';
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
      // The marks speak the buyer's language (read from the settings; followed when the options change it).
      void loadTranslator().then(setMarkLanguage, () => undefined);
      onLanguageChange(setMarkLanguage);
      startChatGuard(ctx);
    } catch (error) {
      logQuiet('chat guard', 'could not start', error);
    }
  },
});
