import { type Msg, msg } from '../../../lib/i18n/msg';
import type { CaptureResult } from '../../../lib/messaging/protocol';
import type { CaptureMethod } from '../../../lib/vault/schema/rows';
import { isMessagePage } from './case-for-page';
import { CaptureRefused, failure, saved } from './outcome';
import { caseHeading, saveIntoPageCase, stampedName } from './save';
import { pageInfo } from './tab-messages';

/**
 * Context-menu records that need no screenshot: selected text, and images or
 * links kept as their ADDRESS (text/uri-list), never fetched. TradeGuard makes
 * no network request; the buyer can save the image itself and upload it.
 */
export interface PageRef {
  tabId?: number;
  url: string;
  title: string;
}

async function store(
  page: PageRef,
  what: Msg,
  record: {
    text: string;
    mimeType: string;
    captureMethod: CaptureMethod;
    fileStem: string;
    extension: string;
  },
): Promise<CaptureResult> {
  try {
    const now = new Date();
    const info = page.tabId === undefined ? null : ((await pageInfo(page.tabId)) ?? null);
    const { theCase, items } = await saveIntoPageCase({ url: page.url, title: page.title, info }, now, [
      {
        bytes: new Blob([record.text], { type: record.mimeType }),
        mimeType: record.mimeType,
        kind: isMessagePage(page.url) ? 'communication' : 'other',
        captureMethod: record.captureMethod,
        fileName: stampedName(record.fileStem, now, record.extension),
      },
    ]);
    return saved(
      what,
      caseHeading(theCase),
      items.map((i) => i.id),
      theCase.id,
    );
  } catch (error) {
    return failure(error);
  }
}

export function saveSelection(page: PageRef, selectionText: string | undefined): Promise<CaptureResult> {
  if (!selectionText?.trim())
    return Promise.resolve(failure(new CaptureRefused(msg('capture.result.noSelection'))));
  return store(page, msg('capture.result.selection'), {
    text: selectionText,
    mimeType: 'text/plain;charset=utf-8',
    captureMethod: 'selection',
    fileStem: 'selection',
    extension: 'txt',
  });
}

/** RFC 2483 text/uri-list: comment lines start with "#"; lines end with CRLF. */
function uriList(target: string, comment: string): string {
  return `# ${comment.replace(/[\r\n]+/g, ' ')}\r\n${target}\r\n`;
}

export function saveAddress(
  page: PageRef,
  target: string | undefined,
  what: 'image' | 'link',
): Promise<CaptureResult> {
  if (!target)
    return Promise.resolve(
      failure(new CaptureRefused(msg(what === 'image' ? 'capture.result.noImage' : 'capture.result.noLink'))),
    );
  const label = what === 'image' ? 'Image' : 'Link target';
  return store(page, msg(what === 'image' ? 'capture.result.imageAddress' : 'capture.result.linkAddress'), {
    text: uriList(target, `${label} on ${page.url} (${page.title})`),
    mimeType: 'text/uri-list',
    captureMethod: what,
    fileStem: what === 'image' ? 'image-address' : 'link-address',
    extension: 'uri',
  });
}
