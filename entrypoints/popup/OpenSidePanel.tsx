import { browser } from 'wxt/browser';
import { useT } from '../../components/i18n/I18n';

/** Opens the side panel (Chrome) or sidebar (Firefox) from the popup's click, which counts as the user gesture. */
export function OpenSidePanel() {
  const t = useT();
  async function open() {
    try {
      const win = await browser.windows.getCurrent();
      // biome-ignore lint/suspicious/noExplicitAny: sidePanel (Chrome) and sidebarAction (Firefox) are not both typed.
      const api = browser as any;
      if (api.sidePanel?.open) await api.sidePanel.open({ windowId: win.id });
      else await api.sidebarAction?.open?.();
      window.close();
    } catch {
      // Some browsers refuse outside a gesture; the buyer can open it from the browser's own menu.
    }
  }
  return (
    <p>
      <button type="button" className="tg-button tg-button--quiet" onClick={open}>
        {t.t('popup.openSidePanel')}
      </button>
    </p>
  );
}
