import { msg } from '../../../lib/i18n/msg';
import type { CaptureResult } from '../../../lib/messaging/protocol';
import { CaptureRefused, failure, saved } from './outcome';
import { caseHeading, saveIntoPageCase, stampedName } from './save';
import { askTab, pageInfo } from './tab-messages';
import { tabFacts } from './visible-tab';

const NO_CONTENT_SCRIPT = msg('capture.result.cannotRead');

/**
 * The page's HTML as the buyer's browser has rendered it (document.documentElement.outerHTML),
 * stored as text/html bytes. The content script answers; scripts in it are kept as they are
 * (it is evidence of what the page held) and the vault never renders it as a page.
 */
export async function savePageSnapshot(tabId: number): Promise<CaptureResult> {
  try {
    const tab = await tabFacts(tabId);
    const snapshot = await askTab(tabId, { type: 'tg-capture/snapshot' });
    if (!snapshot) throw new CaptureRefused(NO_CONTENT_SCRIPT);
    const now = new Date();
    const info = (await pageInfo(tabId)) ?? null;
    const page = { url: snapshot.url || tab.url, title: snapshot.title || tab.title, info };
    const { theCase, items } = await saveIntoPageCase(page, now, [
      {
        bytes: new Blob([snapshot.html], { type: 'text/html;charset=utf-8' }),
        mimeType: 'text/html;charset=utf-8',
        kind: 'other',
        captureMethod: 'page-snapshot',
        fileName: stampedName('page', now, 'html'),
      },
    ]);
    return saved(
      msg('capture.result.page'),
      caseHeading(theCase),
      items.map((i) => i.id),
      theCase.id,
    );
  } catch (error) {
    return failure(error);
  }
}
