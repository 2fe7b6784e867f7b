import '../../lib/zod-jitless';
import {
  type ListGeometry,
  type PageInfo,
  type ScrollAnswer,
  TAB_ANSWER_SCHEMAS,
  type TabAnswer,
  TabCaptureRequestSchema,
  type TabRequestOf,
  type TabRequestType,
} from '../../lib/messaging/tab-protocol';
import type { ChatMessage } from '../../lib/model/chat-message';
import { extractPage } from '../../lib/pages/extract';
import { findMessageList } from '../../lib/pages/messages/message-list';
import { createMessageReader, type MessageReader } from '../../lib/pages/messages/reader';

/**
 * Loaded on the first capture request (capture-responder.ts), with the zod
 * schemas it checks requests and answers against: no page pays for them until
 * the buyer captures. Answers the background while it captures this tab: what the page is about
 * (to file the capture in the right case), the page's HTML, and scrolling the
 * chat a screen at a time for a whole-conversation capture. Only messages
 * matching the capture protocol are answered; the page is left as it was found.
 */
const ORDER_NUMBER = /\b\d{12,20}\b/g;
const MAX_MESSAGES = 50_000;

interface ScrollSession {
  scroller: Element;
  isPage: boolean;
  restoreTop: number;
  restorePageTop: number;
  reader: MessageReader;
  messages: ChatMessage[];
}

let session: ScrollSession | null = null;

function pageInfo(): PageInfo {
  const url = location.href;
  const snapshot = extractPage(document, url);
  const supplier = snapshot.supplier ?? snapshot.product?.supplier ?? null;
  const mentioned = new Set<string>();
  // Order numbers stand in message text and in attachment names ("PI-218834501001020304-v2.pdf").
  for (const m of snapshot.messages ?? []) {
    const said = [m.text, ...m.attachments.flatMap((a) => [a.name ?? '', a.url ?? ''])].join(' ');
    for (const hit of said.match(ORDER_NUMBER) ?? []) mentioned.add(hit);
  }
  return {
    url,
    title: document.title.slice(0, 2000),
    orderId: snapshot.order?.id ?? snapshot.payment?.orderId ?? null,
    supplierName: supplier?.name ?? snapshot.order?.supplierName ?? null,
    supplierCompanyId: supplier?.companyId ?? snapshot.order?.supplierCompanyId ?? null,
    mentionedOrderIds: [...mentioned].slice(0, 50),
  };
}

function isScrollable(el: Element): boolean {
  return (
    /(auto|scroll|overlay)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1
  );
}

/**
 * The element that scrolls the chat: the nearest scrollable ancestor of the message list
 * (scrolling an outer one would move the header and the input box instead). Without a
 * recognisable list, the largest scrollable element on the page; else the page itself.
 */
function chatScroller(): { scroller: Element; isPage: boolean } {
  const page = document.scrollingElement ?? document.documentElement;
  const list = findMessageList(document.body);
  for (let el: Element | null = list; el && el !== page && el !== document.body; el = el.parentElement) {
    if (isScrollable(el)) return { scroller: el, isPage: false };
  }
  if (!list) {
    let best: Element | null = null;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (
        el.clientHeight * el.clientWidth > (best ? best.clientHeight * best.clientWidth : 0) &&
        isScrollable(el)
      )
        best = el;
    }
    if (best) return { scroller: best, isPage: false };
  }
  return { scroller: page, isPage: true };
}

function geometry(s: ScrollSession): ListGeometry {
  const el = s.scroller;
  const base = {
    scrollTop: el.scrollTop,
    scrollHeight: el.scrollHeight,
    devicePixelRatio: window.devicePixelRatio || 1,
  };
  if (s.isPage) {
    return {
      ...base,
      left: 0,
      top: 0,
      width: document.documentElement.clientWidth,
      height: window.innerHeight,
    };
  }
  const rect = el.getBoundingClientRect();
  // Only the part of the list inside the viewport is in a screenshot.
  const top = Math.max(0, rect.top + el.clientTop);
  const bottom = Math.min(window.innerHeight, rect.top + el.clientTop + el.clientHeight);
  return {
    ...base,
    left: Math.max(0, rect.left + el.clientLeft),
    top,
    width: el.clientWidth,
    height: Math.max(1, bottom - top),
  };
}

/** Two frames: the scroll has been applied and painted before the background takes the picture. */
const painted = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

function readMore(s: ScrollSession): void {
  if (s.messages.length >= MAX_MESSAGES) return;
  s.messages.push(...s.reader.read(document.body).slice(0, MAX_MESSAGES - s.messages.length));
}

/** One handler per request, each typed by the answer the background will check it against. */
const HANDLERS: { [T in TabRequestType]: (request: TabRequestOf<T>) => Promise<TabAnswer<T>> } = {
  'tg-capture/page-info': async () => pageInfo(),
  'tg-capture/snapshot': async () => ({
    url: location.href,
    title: document.title,
    html: document.documentElement.outerHTML,
  }),
  'tg-capture/scroll-start': async () => {
    const { scroller, isPage } = chatScroller();
    session = {
      scroller,
      isPage,
      restoreTop: scroller.scrollTop,
      restorePageTop: window.scrollY,
      reader: createMessageReader(),
      messages: [],
    };
    if (!isPage) scroller.scrollIntoView({ block: 'nearest' });
    scroller.scrollTop = 0;
    await painted();
    readMore(session);
    return { ok: true, geometry: geometry(session) } satisfies ScrollAnswer;
  },
  'tg-capture/scroll-to': async (request) => {
    if (!session) return { ok: false, reason: 'The chat capture was interrupted: start it again.' };
    session.scroller.scrollTop = request.top;
    await painted();
    readMore(session);
    return { ok: true, geometry: geometry(session) };
  },
  'tg-capture/scroll-end': async () => {
    const s = session;
    session = null;
    if (!s) return { messages: [] };
    readMore(s);
    s.scroller.scrollTop = s.restoreTop;
    if (!s.isPage) window.scrollTo({ top: s.restorePageTop });
    return { messages: s.messages };
  },
};

/** Runs the request's handler and checks the answer against the protocol before it leaves the page. */
async function answer<T extends TabRequestType>(request: TabRequestOf<T>): Promise<TabAnswer<T>> {
  const handler = HANDLERS[request.type as T] as (r: TabRequestOf<T>) => Promise<TabAnswer<T>>;
  return TAB_ANSWER_SCHEMAS[request.type as T].parse(await handler(request)) as TabAnswer<T>;
}

/** A capture request checked against the protocol and answered; undefined for one that is not valid. */
export async function answerCapture(message: unknown): Promise<unknown> {
  const parsed = TabCaptureRequestSchema.safeParse(message);
  return parsed.success ? answer(parsed.data) : undefined;
}
