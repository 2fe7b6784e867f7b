import { msg } from '../../../lib/i18n/msg';
import type { CaptureResult } from '../../../lib/messaging/protocol';
import { makeThumbnail } from '../../../lib/vault/thumbnail';
import { isMessagePage } from './case-for-page';
import { failure, saved } from './outcome';
import { caseHeading, saveIntoPageCase, stampedName } from './save';
import { pageInfo } from './tab-messages';
import { captureWindow, visibleTab } from './visible-tab';

/** Screenshot of what the tab shows, filed in the tab's case ('communication' on chat pages, else 'other'). */
export async function saveScreenshot(tabId: number): Promise<CaptureResult> {
  try {
    const tab = await visibleTab(tabId);
    // Capture first: the picture must show the moment the buyer asked for, not a later one.
    const png = await captureWindow(tab.windowId);
    const now = new Date();
    const info = (await pageInfo(tabId)) ?? null;
    const { theCase, items } = await saveIntoPageCase({ url: tab.url, title: tab.title, info }, now, [
      {
        bytes: png,
        mimeType: 'image/png',
        kind: isMessagePage(tab.url) ? 'communication' : 'other',
        captureMethod: 'screenshot',
        fileName: stampedName('screenshot', now, 'png'),
        thumbnail: await makeThumbnail(png),
      },
    ]);
    return saved(
      msg('capture.result.screenshot'),
      caseHeading(theCase),
      items.map((i) => i.id),
      theCase.id,
    );
  } catch (error) {
    return failure(error);
  }
}
