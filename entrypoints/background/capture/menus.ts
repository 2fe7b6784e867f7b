import { browser } from 'wxt/browser';
import { loadTranslator, onLanguageChange } from '../../../lib/i18n/browser';
import type { MessageKey } from '../../../lib/i18n/keys';
import { logError } from '../../../lib/log';
import { MARKETPLACE_MATCHES } from '../../../lib/marketplaces';
import type { CaptureResult } from '../../../lib/messaging/protocol';
import { saveAddress, saveSelection } from './link-records';
import { savePageSnapshot } from './page-snapshot';
import { saveScreenshot } from './screenshot';

/**
 * Right-click menu and keyboard shortcut. Both are user gestures, so Chrome
 * grants activeTab for the tab and the screenshot is allowed. The result is
 * told in a system notification, since no TradeGuard surface is open.
 */
const MENU_ITEMS = [
  {
    id: 'tg-save-screenshot',
    title: 'menu.screenshot',
    contexts: ['page', 'selection', 'image', 'link'],
  },
  { id: 'tg-save-page', title: 'menu.page', contexts: ['page', 'selection', 'image', 'link'] },
  { id: 'tg-save-selection', title: 'menu.selection', contexts: ['selection'] },
  { id: 'tg-save-image', title: 'menu.image', contexts: ['image'] },
  { id: 'tg-save-link', title: 'menu.link', contexts: ['link'] },
] as const satisfies readonly { id: string; title: MessageKey; contexts: readonly string[] }[];

export const CAPTURE_COMMAND = 'capture-screenshot';

type MenuClick = {
  menuItemId: string | number;
  selectionText?: string;
  srcUrl?: string;
  linkUrl?: string;
  pageUrl?: string;
};
type ClickedTab = { id?: number; url?: string; title?: string } | undefined;

async function createMenus(): Promise<void> {
  // Menus outlive the worker in Chrome; re-creating from scratch avoids "duplicate id" errors on every start.
  await browser.contextMenus.removeAll();
  const t = await loadTranslator();
  for (const item of MENU_ITEMS) {
    browser.contextMenus.create({
      id: item.id,
      title: t.render({ key: item.title }),
      contexts: [...item.contexts],
      documentUrlPatterns: [...MARKETPLACE_MATCHES],
    });
  }
}

export async function notify(result: CaptureResult): Promise<void> {
  const t = await loadTranslator();
  await browser.notifications
    .create({
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: result.ok ? t.t('notify.saved') : t.t('notify.notSaved'),
      message: result.text ? t.render(result.text) : result.message,
    })
    .catch(() => undefined);
}

export function onMenuClick(info: MenuClick, tab: ClickedTab): Promise<CaptureResult> | undefined {
  if (tab?.id === undefined) return undefined;
  const page = { tabId: tab.id, url: info.pageUrl ?? tab.url ?? '', title: tab.title ?? '' };
  switch (info.menuItemId) {
    case 'tg-save-screenshot':
      return saveScreenshot(tab.id);
    case 'tg-save-page':
      return savePageSnapshot(tab.id);
    case 'tg-save-selection':
      return saveSelection(page, info.selectionText);
    case 'tg-save-image':
      return saveAddress(page, info.srcUrl, 'image');
    case 'tg-save-link':
      return saveAddress(page, info.linkUrl, 'link');
    default:
      return undefined;
  }
}

async function onCommand(command: string, tab: ClickedTab): Promise<void> {
  if (command !== CAPTURE_COMMAND) return;
  const target = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target !== undefined) await notify(await saveScreenshot(target));
}

/** Listeners are added synchronously, at worker start, so a click that woke the worker is not missed. */
export function registerMenusAndCommand(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    onMenuClick(info as MenuClick, tab)?.then(notify, () => undefined);
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    void onCommand(command, tab);
  });
  void createMenus().catch((error) => logError('capture', 'could not add the vault menu items', error));
  // The menu speaks the language the buyer picks in the options.
  onLanguageChange(() => void createMenus().catch(() => undefined));
}
