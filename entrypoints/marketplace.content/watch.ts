import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { clearHighlights, highlightQuotes } from '../../lib/dom/highlight';
import { msg } from '../../lib/i18n/msg';
import type { PageLanguage } from '../../lib/i18n/page-language';
import { logQuiet } from '../../lib/log';
import { send } from '../../lib/messaging/client';
import type { PageReader } from '../../lib/messaging/injected-scripts';
import type { PageVerdict } from '../../lib/messaging/protocol';
import { isCardRefresh } from '../../lib/messaging/tab-refresh';
import type { Finding } from '../../lib/model/finding';
import type { PageKind } from '../../lib/model/page-kind';
import { pageKindFromUrl } from '../../lib/pages/detect';
import type { ApiOrderMerge } from './api-orders';
import { placeBadges } from './badges';
import { BOOTED_AT } from './boot-clock';
import { createCardHost } from './card-host';
import { loadInjected } from './injected';
import { readElsewhere } from './read-elsewhere';
import { searchOffersElsewhere } from './search-elsewhere';

/** Quiet kinds: TradeGuard says nothing on security checks and on pages it does not know. */
const isSilent = (kind: PageKind) => kind === 'challenge' || kind === 'unknown';
/** Late-rendered content (orders, chats, client-rendered cards) settles before a re-read… */
const SETTLE_MS = 600;
/** …but a page that never stops changing (carousels, tickers) is still re-read this often at most. */
const MAX_WAIT_MS = 3000;
const CARD_TAG = 'TRADEGUARD-CARD';

/**
 * The page readers (every marketplace's extractors and their label tables) are not in this script: the
 * background injects them (entrypoints/page-reader) on a page that reads itself. Product, supplier, order and
 * payment pages are read in the background from their markup, and a search page's offers from its scripts,
 * so there the readers are neither compiled nor built on the buyer's page.
 */
const loadReaders = () => loadInjected<PageReader>('page-reader');

/**
 * Reads the page into a snapshot, asks the background to judge it, and keeps
 * the card, highlights and badges in step — across in-page navigation of
 * single-page apps (WXT's `wxt:locationchange`) and late-rendered content
 * (a debounced MutationObserver). Unchanged content is not read again.
 */
export function startPageWatcher(
  ctx: ContentScriptContext,
  /** The buyer's language: the card and badges are drawn once it is installed. */
  language: PageLanguage,
  /** The order the page's own API returned, when the MAIN-world script saw one (AliExpress orders). */
  apiOrder: () => ApiOrderMerge | null = () => null,
  /** For the benchmark: how long the bundle's modules took to initialise before the watcher started. */
  moduleInitMs = 0,
) {
  const card = createCardHost(ctx, language);
  let lastRead = '';
  /**
   * The search page whose embedded offers the background found incomplete: its later reads read its cards
   * here too, or cards drawn after the first read would never change what is judged (stale offers).
   */
  let wholePageUrl: string | null = null;
  let timer: number | undefined;
  let firstChangeAt = 0;
  /** Reads overlap (navigation and late content): only the newest may paint. */
  let generation = 0;
  /** Reads started: one that waited for the background's read paints only if no newer read started meanwhile. */
  let reads = 0;
  let observer: MutationObserver | null = null;

  const silence = () => {
    generation++; // a read still waiting for its verdict must not paint a silent page
    clearHighlights(document);
    card.remove();
    lastRead = '';
  };

  /** Highlights, badges and the card for one verdict; returns the main-thread time of each part. */
  async function paint(kind: PageKind, url: string, verdict: PageVerdict) {
    const shown = performance.now();
    clearHighlights(document);
    const marks = highlightQuotes(document, quotesToMark(verdict.findings), {
      skip: (el) => el.tagName === CARD_TAG,
    });
    if (verdict.badges.length) placeBadges(document, verdict.badges);
    // Our own marks and badges are not news: without this, they would have the page read again.
    observer?.takeRecords();
    const decorateMs = performance.now() - shown;
    const renderMs = await card.render({
      kind,
      facts: verdict.facts,
      // On chat pages the chat guard marks each risky message where it stands; page rules have nothing to say.
      findings: isChat(kind) ? undefined : verdict.findings,
      notices: verdict.notices ?? [],
      couldNotCheck: verdict.couldNotCheck,
      onFindingClick: (f) =>
        marks.get(f.quote.trim())?.scrollIntoView({ behavior: 'smooth', block: 'center' }),
      // The buyer's entry is judged with the page at once; the answer repaints the card while the page is the same.
      onCorrect: async (change) => {
        const answer = await send({ type: 'content/correct', url, change });
        if (answer?.ok && answer.verdict && url === location.href) await paint(kind, url, answer.verdict);
        return answer ?? { ok: false, text: msg('corrections.couldNotSave') };
      },
    });
    return { shown, decorateMs, renderMs, renderedAt: performance.now() };
  }

  async function read(url: string) {
    const started = performance.now();
    const asked = ++reads;
    const kind = pageKindFromUrl(url);
    if (isSilent(kind)) return silence();
    // Product, supplier and order pages: the background reads the markup (read-elsewhere.ts), off this thread.
    const asking = readElsewhere(document, url, kind);
    // For the benchmark: the part of this read before its first wait (the rest runs in a later turn).
    const firstSliceMs = performance.now() - started;
    const elsewhere = await asking;
    const resumed = performance.now();
    // A newer read started while this one waited: it reads the page as it is now, and this answer is stale —
    // also when no answer came (the worker stopped), or this read would draw the old page over the new one.
    if (asked !== reads) return;
    const readWaitMs = elsewhere?.waitMs ?? 0;
    // Read only: the background validates what it is sent (zod stays off the page's thread), and reads a
    // search page's embedded offers from the scripts sent with it (the page's dearest read).
    // Building the readers (the first time) is counted apart, as their build at load was before.
    // A search page's embedded offers go to the background without the readers (search-elsewhere.ts).
    const search =
      !elsewhere && kind === 'alibaba:search' && wholePageUrl !== url
        ? searchOffersElsewhere(document, url)
        : null;
    const loadStarted = performance.now();
    const reader = elsewhere || search ? null : await loadReaders();
    const readerLoadMs = performance.now() - loadStarted;
    if (asked !== reads) return;
    const raw = elsewhere
      ? { snapshot: elsewhere.snapshot, scriptsMs: 0, readMs: 0, offerScripts: undefined }
      : search
        ? {
            snapshot: search.snapshot,
            scriptsMs: search.scriptsMs,
            readMs: 0,
            offerScripts: search.offerScripts,
          }
        : (reader ?? (await loadReaders())).readPage(document, url, true, {
            searchOffersElsewhere: wholePageUrl !== url,
          });
    const api = apiOrder();
    const validateStarted = performance.now();
    // The API's order is merged into a validated snapshot (its module loaded with the first API message).
    const snapshot = api && raw.snapshot.kind === 'aliexpress:order' ? api(raw.snapshot) : raw.snapshot;
    const validateMs = performance.now() - validateStarted;
    if (isSilent(snapshot.kind)) return silence(); // a challenge page, recognised by its content
    // What the page says, not how its markup churns: an unchanged snapshot is not judged again.
    const fingerprintStarted = performance.now();
    const snapshotJson = JSON.stringify(snapshot);
    const fingerprint = snapshotJson + scriptsSignature(raw.offerScripts);
    const fingerprintMs = performance.now() - fingerprintStarted;
    if (fingerprint === lastRead) return;
    // Only a read that will be judged supersedes the one in flight: an unchanged re-read (say, after the
    // card itself was inserted) returning early must not leave the card on "Reading this page…".
    const mine = ++generation;
    lastRead = fingerprint;
    // The page's own time: the wait for the background's read is not.
    const extractMs = performance.now() - started - readWaitMs - readerLoadMs;
    // No "Reading this page…" card first: the card (and its UI code) is mounted once there is a verdict to show.
    // No answer (the background refused or is gone): the card says what it read, with no findings.
    const sent = performance.now();
    const seen = (json: string, offerScripts?: string[]) =>
      send({
        type: 'content/page-seen',
        url,
        kind: snapshot.kind,
        title: document.title.slice(0, 2000),
        // What JSON can say, nothing more: readers no longer validate here, and a stray function or
        // odd object in a fact would make Firefox's structured clone refuse the whole message.
        snapshot: JSON.parse(json),
        ...(offerScripts ? { offerScripts } : {}),
      });
    // Sending is the page's time up to the first wait (the message is serialised on this thread).
    const pending = seen(snapshotJson, raw.offerScripts);
    const sentAt = performance.now();
    let sendMs = sentAt - sent;
    let verdict: PageVerdict = (await pending) ?? { findings: [], facts: [], badges: [] };
    let rereadMs = 0;
    let rereadStarted = 0;
    if (verdict.reread && mine === generation) {
      // The embedded offers were not the whole story: this page's cards are read here, as before.
      // The readers' injection is a wait (the background's answer), not the page's time: counted apart.
      const reader = await loadReaders();
      rereadStarted = performance.now();
      const full = JSON.stringify(reader.readPage(document, url).snapshot);
      rereadMs = performance.now() - rereadStarted;
      wholePageUrl = url;
      lastRead = full; // what the next read of this page (whole, as above) is compared with
      const again = performance.now();
      const pendingAgain = seen(full);
      sendMs += performance.now() - again;
      verdict = (await pendingAgain) ?? { findings: [], facts: [], badges: [] };
    }
    const roundTripMs = performance.now() - sent - sendMs - rereadMs;
    // Asked for at start, so here with the verdict or before it: the card and badges speak the buyer's language.
    await language.ready;
    if (mine !== generation) return; // a newer read owns the card now
    const { shown, decorateMs, renderMs, renderedAt } = await paint(snapshot.kind, url, verdict);
    // For the benchmark (scripts/bench/content-script.ts): this page's main-thread time, waits excluded
    // (the message round trip to the background and the card's stylesheet load are not the page's time).
    const mainThreadMs = extractMs + sendMs + rereadMs + decorateMs + renderMs;
    const timing = {
      extractMs,
      mainThreadMs,
      parts: {
        scriptsMs: raw.scriptsMs,
        readMs: raw.readMs,
        markupMs: elsewhere?.pageMs ?? 0,
        sendMs,
        rereadMs,
        validateMs,
        fingerprintMs,
        decorateMs,
        renderMs,
        moduleInitMs,
        readerLoadMs,
      },
      waits: { roundTripMs, readWaitMs },
      // When each measured part ran, [start, ms] on this page's clock (BOOTED_AT is the bundle's first line):
      // the benchmark places them on Chromium's trace beside the bundle's compile and top-level run, so its
      // whole figure counts a part that ran inside that run once.
      bootedAt: BOOTED_AT,
      slices: [
        [started, firstSliceMs],
        [resumed, sentAt - resumed],
        ...(rereadMs ? [[rereadStarted, rereadMs + sendMs - (sentAt - sent)]] : []),
        [shown, decorateMs],
        [renderedAt - renderMs, renderMs],
      ],
    };
    document.querySelector('tradeguard-card')?.setAttribute('data-timing', JSON.stringify(timing));
  }

  const safely = (url: string) => {
    read(url).catch((error) => logQuiet('page card', 'page check failed', error));
  };
  const later = () => {
    const now = performance.now();
    if (timer === undefined) firstChangeAt = now;
    else clearTimeout(timer);
    const wait = Math.max(0, Math.min(SETTLE_MS, firstChangeAt + MAX_WAIT_MS - now));
    timer = ctx.setTimeout(() => {
      timer = undefined;
      safely(location.href);
    }, wait);
  };

  // The event fires as navigation starts, before location.href changes: take the URL from the event.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => safely(event.newUrl.href));
  observer = new MutationObserver((mutations) => {
    // Our own card, marks and badges are not news.
    if (mutations.every((m) => isOurs(m.target))) return;
    later();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer?.disconnect());
  // The buyer entered a fact in the popup: judge the page again so the card shows it too.
  const onRefresh = (message: unknown) => {
    if (!isCardRefresh(message)) return undefined;
    lastRead = '';
    safely(location.href);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onRefresh);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onRefresh));
  safely(location.href);
  return { reread: () => safely(location.href) };
}

/**
 * The offer scripts' part of the fingerprint: their lengths and three short samples (hashing 600 KB would
 * cost more than the read it saves). New embedded data changes these in practice; the card reads again then.
 */
function scriptsSignature(scripts: readonly string[] | undefined): string {
  if (!scripts) return '';
  return scripts
    .map((s) => `${s.length}:${s.slice(0, 64)}${s.slice(s.length / 2, s.length / 2 + 64)}${s.slice(-64)}`)
    .join('|');
}

const isChat = (kind: PageKind) => kind === 'alibaba:messages' || kind === 'aliexpress:messages';

function quotesToMark(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.rule.startsWith('vague-') && f.quote).map((f) => f.quote);
}

function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return Boolean(el?.closest(`tradeguard-card, mark[data-tradeguard-highlight], [data-tradeguard-badge]`));
}
