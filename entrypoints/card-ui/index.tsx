import '../../lib/zod-jitless';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CARD_UI_GLOBAL, type CardUi } from '../../components/page-card/card-ui-contract';
import { PageCard } from '../../components/page-card/PageCard';

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
      return {
        render: (props) => flushSync(() => root.render(<PageCard {...props} />)),
        unmount: () => root.unmount(),
      };
    },
  };
  (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = ui;
});
