/**
 * Marks quoted phrases where they stand in the page, so a buyer sees which
 * words a finding is about, and can jump to them. Works on text nodes only
 * (split into text nodes around a <mark>), never on HTML strings, and skips TradeGuard's own
 * card and editable fields. Bounded: it stops after `maxNodes` text nodes.
 */
export const HIGHLIGHT_ATTR = 'data-tradeguard-highlight';

export interface HighlightOptions {
  maxNodes?: number;
  /** Elements to leave alone (TradeGuard's own UI). */
  skip?: (el: Element) => boolean;
}

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'MARK',
  'TEMPLATE',
]);

/** Highlights the first occurrence of each quote; returns the marks by quote. */
export function highlightQuotes(
  doc: Document,
  quotes: readonly string[],
  opts: HighlightOptions = {},
): Map<string, Element> {
  const wanted = [...new Set(quotes.map((q) => q.trim()).filter((q) => q.length >= 2))];
  const marks = new Map<string, Element>();
  if (wanted.length === 0 || !doc.body) return marks;
  const maxNodes = opts.maxNodes ?? 20_000;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let visited = 0;
  const pending: { node: Text; quote: string; at: number }[] = [];
  for (let node = walker.nextNode(); node && visited < maxNodes; node = walker.nextNode()) {
    visited++;
    const text = node.nodeValue ?? '';
    if (text.length < 2 || !isReadable(node.parentElement, opts.skip)) continue;
    const lower = text.toLowerCase();
    for (const quote of wanted) {
      if (marks.has(quote) || pending.some((p) => p.quote === quote)) continue;
      const at = lower.indexOf(quote.toLowerCase());
      if (at >= 0) pending.push({ node: node as Text, quote, at });
    }
    if (pending.length === wanted.length) break;
  }
  // Wrap after walking: changing the tree while a TreeWalker walks it skips nodes.
  const byNode = new Map<Text, { quote: string; at: number }[]>();
  for (const p of pending) byNode.set(p.node, [...(byNode.get(p.node) ?? []), p]);
  for (const [node, hits] of byNode) wrap(doc, node, hits, marks);
  return marks;
}

/** Removes every mark TradeGuard added, restoring the page's text nodes. */
export function clearHighlights(doc: Document): void {
  for (const mark of Array.from(doc.querySelectorAll(`mark[${HIGHLIGHT_ATTR}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize?.();
  }
}

function wrap(
  doc: Document,
  node: Text,
  hits: { quote: string; at: number }[],
  marks: Map<string, Element>,
): void {
  const parent = node.parentNode;
  if (!parent) return;
  const text = node.nodeValue ?? '';
  let cursor = 0;
  for (const { quote, at } of [...hits].sort((a, b) => a.at - b.at)) {
    if (at < cursor) continue; // overlaps an earlier mark
    const mark = doc.createElement('mark');
    mark.setAttribute(HIGHLIGHT_ATTR, quote);
    mark.setAttribute(
      'style',
      'background:#ffe08a;outline:2px solid #c77700;border-radius:2px;color:inherit',
    );
    mark.appendChild(doc.createTextNode(text.slice(at, at + quote.length)));
    parent.insertBefore(doc.createTextNode(text.slice(cursor, at)), node);
    parent.insertBefore(mark, node);
    cursor = at + quote.length;
    marks.set(quote, mark);
  }
  parent.insertBefore(doc.createTextNode(text.slice(cursor)), node);
  parent.removeChild(node);
}

function isReadable(el: Element | null, skip?: (el: Element) => boolean): boolean {
  for (let e = el; e; e = e.parentElement) {
    if (SKIP_TAGS.has(e.tagName) || (e as HTMLElement).isContentEditable === true) return false;
    if (skip?.(e)) return false;
  }
  return true;
}
