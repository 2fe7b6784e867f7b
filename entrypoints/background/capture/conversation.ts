import { msg } from '../../../lib/i18n/msg';
import type { CaptureResult } from '../../../lib/messaging/protocol';
import type { ListGeometry } from '../../../lib/messaging/tab-protocol';
import type { ChatMessage } from '../../../lib/model/chat-message';
import type { TranscriptLine } from '../../../lib/vault/schema/rows';
import type { EvidenceInput } from '../../../lib/vault/store';
import { makeThumbnail } from '../../../lib/vault/thumbnail';
import { isMessagePage } from './case-for-page';
import { CaptureRefused, failure, saved } from './outcome';
import { caseHeading, saveIntoPageCase, stampedName } from './save';
import { Stitcher, stripRegion } from './stitch';
import { askTab, pageInfo } from './tab-messages';
import { captureWindow, sleep, visibleTab } from './visible-tab';

/** Time for a chat that loads history on scroll to render the rows before the picture. */
const SETTLE_MS = 200;
/** 400 screens ≈ 4 minutes at 2 captures per second: a bound for chats that keep growing while scrolled. */
const MAX_STEPS = 400;

export function transcriptOf(messages: readonly ChatMessage[]): TranscriptLine[] {
  return messages.map((m) => ({
    from: m.senderName ? `${m.from} (${m.senderName})` : m.from,
    at: m.at?.iso ?? m.at?.raw ?? '',
    text: m.text,
  }));
}

async function scrollTo(tabId: number, top: number): Promise<ListGeometry> {
  const answer = await askTab(tabId, { type: 'tg-capture/scroll-to', top });
  if (!answer) throw new CaptureRefused(msg('capture.result.chatStopped'));
  if (!answer.ok) throw new CaptureRefused(answer.reason);
  return answer.geometry;
}

/** Scrolls the message list a screen at a time, capturing each screen (≥ 550 ms apart) into stitched parts. */
async function captureScreens(
  tabId: number,
  windowId: number,
): Promise<{ parts: Blob[]; complete: boolean }> {
  const stitcher = new Stitcher();
  try {
    let previousTop: number | null = null;
    let target = 0;
    for (let step = 0; step < MAX_STEPS; step++) {
      const g = await scrollTo(tabId, target);
      await sleep(SETTLE_MS);
      const newRows = previousTop === null ? g.height : g.scrollTop - previousTop;
      if (newRows <= 0) return { parts: await finish(stitcher), complete: true };
      const png = await captureWindow(windowId);
      const image = await createImageBitmap(png);
      const region = stripRegion(image, g, newRows);
      if (region)
        await stitcher.add(await createImageBitmap(image, region.sx, region.sy, region.sw, region.sh));
      image.close();
      previousTop = g.scrollTop;
      if (g.scrollTop + g.height >= g.scrollHeight - 1)
        return { parts: await finish(stitcher), complete: true };
      target = g.scrollTop + g.height;
    }
    return { parts: await finish(stitcher), complete: false };
  } catch (error) {
    stitcher.discard();
    throw error;
  }
}

async function finish(stitcher: Stitcher): Promise<Blob[]> {
  await stitcher.flush();
  return stitcher.parts;
}

/**
 * The whole conversation: stitched screenshots in parts (sharing `partOf`)
 * plus the structured transcript as a JSON item and inside every image item.
 * The list's scroll position is put back whatever happens.
 */
export async function saveConversation(tabId: number): Promise<CaptureResult> {
  try {
    const tab = await visibleTab(tabId);
    if (!isMessagePage(tab.url)) {
      throw new CaptureRefused(msg('capture.result.notChat'));
    }
    const start = await askTab(tabId, { type: 'tg-capture/scroll-start' });
    if (!start) throw new CaptureRefused(msg('capture.result.chatUnreadable'));
    if (!start.ok) throw new CaptureRefused(start.reason);
    let shots: { parts: Blob[]; complete: boolean };
    let end: { messages: ChatMessage[] } | undefined;
    try {
      shots = await captureScreens(tabId, tab.windowId);
    } finally {
      // Put the chat back where the buyer had it, even when a capture failed.
      end = await askTab(tabId, { type: 'tg-capture/scroll-end' });
    }
    const messages = end?.messages ?? [];
    const transcript = transcriptOf(messages);
    const now = new Date();
    const partOf = crypto.randomUUID();
    const inputs: Omit<EvidenceInput, 'caseId' | 'now' | 'sourceUrl' | 'sourceTitle'>[] = [];
    for (const [index, part] of shots.parts.entries()) {
      inputs.push({
        bytes: part,
        mimeType: 'image/png',
        kind: 'communication',
        captureMethod: 'chat-capture',
        fileName: stampedName(`conversation-part-${index + 1}-of-${shots.parts.length}`, now, 'png'),
        thumbnail: index === 0 ? await makeThumbnail(part) : undefined,
        transcript,
        partOf,
      });
    }
    inputs.push({
      bytes: new Blob(
        [
          `${JSON.stringify({ url: tab.url, title: tab.title, capturedAt: now.toISOString(), messages }, null, 2)}\n`,
        ],
        {
          type: 'application/json',
        },
      ),
      mimeType: 'application/json',
      kind: 'communication',
      captureMethod: 'chat-capture',
      fileName: stampedName('conversation-transcript', now, 'json'),
      transcript,
      partOf,
    });
    const info = (await pageInfo(tabId)) ?? null;
    const { theCase, items } = await saveIntoPageCase({ url: tab.url, title: tab.title, info }, now, inputs);
    const what = msg(shots.complete ? 'capture.result.conversation' : 'capture.result.conversationCut', {
      images: { plural: 'capture.result.images', count: shots.parts.length },
      messages: { plural: 'capture.result.messages', count: messages.length },
    });
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
