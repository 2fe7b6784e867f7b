import '../../lib/zod-jitless';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../components/i18n/I18n';
import { CARD_UI_GLOBAL, type CardUi } from '../../components/page-card/card-ui-contract';
import { PageCard, type PageCardProps } from '../../components/page-card/PageCard';
import { loadTranslator, onLanguageChange, translatorFor } from '../../lib/i18n/browser';

/**
 * The page card's React UI, loaded only when a page has a card to show: the
 * background injects this file into the marketplace content script's isolated
 * world (content/load-card-ui), so the script that runs on every page stays
 * small. Its styles travel with the content script's shadow root.
 */
export default defineUnlistedScript(() => {
  const ui: CardUi = {
    mount(container) {
      const root = createRoot(container);
      // The browser's language at once (no storage read); the buyer's own choice, if any, as soon as it is read.
      let t = translatorFor('auto');
      let last: PageCardProps | null = null;
      const draw = (props: PageCardProps) =>
        flushSync(() =>
          root.render(
            <I18nProvider value={t}>
              <PageCard {...props} />
            </I18nProvider>,
          ),
        );
      const relanguage = (next: typeof t) => {
        t = next;
        if (last) draw(last);
      };
      void loadTranslator().then(relanguage, () => undefined);
      const stop = onLanguageChange(relanguage);
      return {
        render: (props) => {
          last = props;
          draw(props);
        },
        unmount: () => {
          stop();
          root.unmount();
        },
      };
    },
  };
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = ui;
});
