import { type Msg, msg } from '../../../lib/i18n/msg';
import { english } from '../../../lib/i18n/translate';
import type { CaptureResult, ChatLine, RequestOf } from '../../../lib/messaging/protocol';
import type { TranscriptLine } from '../../../lib/vault/schema/rows';
import type { EvidenceInput } from '../../../lib/vault/store';
import { makeThumbnail } from '../../../lib/vault/thumbnail';
import { failure, isGrantError, NO_GRANT } from './outcome';
import { caseHeading, saveIntoPageCase, stampedName } from './save';
import { pageInfo } from './tab-messages';
import { captureWindow, tabFacts } from './visible-tab';

type SaveMessage = RequestOf<'content/save-message'>;

function line(m: ChatLine): TranscriptLine {
  return { from: m.senderName ? `${m.from} (${m.senderName})` : m.from, at: m.at ?? '', text: m.text };
}

/** The record kept for a risky message: the message, why it was flagged, and the talk around it. */
function messageRecord(request: SaveMessage, url: string, now: Date): string {
  const { title, message, context, findings } = request;
  const record = {
    savedAt: now.toISOString(),
    url,
    title,
    message,
    findings: findings.map(({ rule, severity, message: why, quote }) => ({
      rule,
      severity,
      message: why,
      quote,
    })),
    context,
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** A screenshot of the chat tab, or why there is none (no user gesture granted activeTab, tab hidden…). */
async function tryScreenshot(tabId: number | undefined): Promise<{ png?: Blob; why?: Msg }> {
  if (tabId === undefined) return { why: msg('capture.result.shotNoTab') };
  try {
    const tab = await tabFacts(tabId);
    if (!tab.active) return { why: msg('capture.result.shotHidden') };
    return { png: await captureWindow(tab.windowId) };
  } catch (error) {
    return { why: isGrantError(error) ? NO_GRANT : msg('capture.result.shotRefused') };
  }
}

/** Stores a flagged chat message with its findings and context, plus a screenshot when one can be taken. */
export async function saveRiskyMessage(
  request: SaveMessage,
  senderTabId: number | undefined,
  /** The chat's address as the browser gives it (the message's own `url` is not trusted). */
  senderUrl: string,
): Promise<CaptureResult> {
  try {
    const shot = await tryScreenshot(senderTabId);
    const now = new Date();
    const transcript = (
      request.context.includes(request.message) ? request.context : [...request.context, request.message]
    ).map(line);
    const cut = [request.message, ...request.context].filter((m) => m.cut).length;
    const cutNote = cut
      ? ` (${cut === 1 ? 'one message was' : `${cut} messages were`} longer than 20,000 characters and cut; the page has them in full)`
      : '';
    const common = {
      kind: 'communication' as const,
      captureMethod: 'chat-capture' as const,
      note:
        `Flagged by TradeGuard: ${request.findings.map((f) => f.message).join(' · ') || 'saved by the buyer'}`.slice(
          0,
          2000 - cutNote.length,
        ) + cutNote,
      tags: ['flagged-message', ...request.findings.map((f) => f.rule)],
      transcript,
    };
    const inputs: Omit<EvidenceInput, 'caseId' | 'now' | 'sourceUrl' | 'sourceTitle'>[] = [
      {
        ...common,
        bytes: new Blob([messageRecord(request, senderUrl, now)], { type: 'application/json' }),
        mimeType: 'application/json',
        fileName: stampedName('flagged-message', now, 'json'),
      },
    ];
    if (shot.png) {
      inputs.push({
        ...common,
        bytes: shot.png,
        mimeType: 'image/png',
        captureMethod: 'screenshot',
        fileName: stampedName('flagged-message-screenshot', now, 'png'),
        thumbnail: await makeThumbnail(shot.png),
      });
    }
    const info = senderTabId === undefined ? null : ((await pageInfo(senderTabId)) ?? null);
    const { theCase, items } = await saveIntoPageCase(
      { url: senderUrl, title: request.title, info },
      now,
      inputs,
    );
    const where = caseHeading(theCase);
    const text = shot.png
      ? msg('capture.result.chatSaved', { case: where })
      : msg('capture.result.chatSavedNoShot', {
          case: where,
          why: shot.why ?? msg('capture.result.shotRefused'),
        });
    return {
      ok: true,
      message: english.render(text),
      text,
      itemIds: items.map((i) => i.id),
      caseId: theCase.id,
    };
  } catch (error) {
    return failure(error);
  }
}
