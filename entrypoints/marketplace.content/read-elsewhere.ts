import { send } from '../../lib/messaging/client';
import { PAGE_MARKUP_MAX } from '../../lib/messaging/page-markup';
import type { PageKind } from '../../lib/model/page-kind';
import type { RawSnapshot } from '../../lib/pages/read';

/**
 * Pages read in the background from their markup (entrypoints/background/read-markup.ts): the extractors'
 * first run in a tab is cold (interpreted, compiled as it goes), 6–8 ms of the buyer's page on a small
 * product, supplier or order page, against under 1 ms to serialise its markup. A search page keeps its own
 * split (its offers are read in the background from its scripts) and a chat page reads its messages here.
 */
const READ_ELSEWHERE = new Set<PageKind>([
  'alibaba:product',
  'alibaba:supplier',
  'alibaba:order',
  'alibaba:order-list',
  'alibaba:payment',
  'aliexpress:item',
  'aliexpress:order',
  'aliexpress:order-list',
  'aliexpress:dispute',
]);

export interface ElsewhereRead {
  snapshot: RawSnapshot;
  /** The page's thread: serialising the markup and handing the message over. */
  pageMs: number;
  /** The wait for the background's answer (not the page's time). */
  waitMs: number;
}

/**
 * The page's sections as the background read them from its markup, or null when this page is read
 * here (its kind, a page too large for one message, or no usable answer): the caller then reads it as before.
 */
export async function readElsewhere(
  doc: Document,
  url: string,
  kind: PageKind,
): Promise<ElsewhereRead | null> {
  if (!READ_ELSEWHERE.has(kind)) return null;
  const started = performance.now();
  const html = markupOf(doc);
  if (html === null || html.length > PAGE_MARKUP_MAX) return null;
  const pending = send({ type: 'content/read-page', url, html });
  const pageMs = performance.now() - started;
  const answer = await pending;
  const waitMs = performance.now() - started - pageMs;
  const snapshot = answer?.snapshot as Partial<RawSnapshot> | undefined;
  // The background reads with the same readPage: an answer without a kind and this URL is not one.
  if (!snapshot || typeof snapshot.kind !== 'string' || snapshot.url !== url) return null;
  return { snapshot: snapshot as RawSnapshot, pageMs, waitMs };
}

/**
 * The document as markup: each top-level node (comments before <html> carry data on some pages, and the
 * page's own read walks them too). The card's closed shadow root is not serialised, as it is not read here.
 */
export function markupOf(doc: Document): string | null {
  try {
    let html = '';
    for (const node of Array.from(doc.childNodes)) {
      if (node.nodeType === 1) html += (node as Element).outerHTML;
      else if (node.nodeType === 8) html += `<!--${node.nodeValue ?? ''}-->`;
    }
    // A <noscript>'s content is text on this page (scripts run here), but a parser with scripting off (Firefox's
    // DOMParser) makes elements of it, and one in <head> holding a <div> moves that text into <body>: sent empty.
    return html.replace(NOSCRIPT_CONTENT, '<noscript></noscript>');
  } catch {
    return null;
  }
}

const NOSCRIPT_CONTENT = /<noscript\b[^>]*>[\s\S]*?<\/noscript>/gi;
