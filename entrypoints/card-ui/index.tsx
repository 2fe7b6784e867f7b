// No lib/zod-jitless: the card builds no zod schema (its form reads with lib/corrections/read-input.ts; the
// background validates what it stores), and importing it would put zod's core into this bundle.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../components/i18n/I18n';
import { CARD_UI_GLOBAL, type CardUi } from '../../components/page-card/card-ui-contract';
import { PageCard, type PageCardProps } from '../../components/page-card/PageCard';

/**
 * The page card's React UI, loaded only when a page has a card to show: the
 * background injects this file into the marketplace content script's isolated
 * world (content/load-card-ui), so the script that runs on every page stays
 * small. Its styles travel with the content script's shadow root; its words
 * are the content script's, in the buyer's language (lib/i18n/page-language.ts).
 */
export default defineUnlistedScript(() => {
  const ui: CardUi = {
    mount(container, language) {
      const root = createRoot(container);
      let t = language.current();
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
      const stop = language.subscribe(relanguage);
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
