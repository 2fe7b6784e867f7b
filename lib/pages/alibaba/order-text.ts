import { cleanText, leafTexts, NODE_TEXT_CAP, SKIP_TAGS, textUpTo } from '../dom-text';
import { valueInColumn } from './label-columns';

/**
 * Reads "label → value" pairs from visible text, whatever the markup:
 * `<th>Total amount</th><td>US$…</td>`, `<dt>…</dt><dd>…</dd>`,
 * `<b>Trade terms:</b> FOB Ningbo`, `<p>Payment method: T/T</p>` or
 * `<div><span>Ship by</span></div><div>2027-01-15</div>`. Class names on
 * these pages are hashed, so only the words are trusted. Shared by the
 * Alibaba and AliExpress order, list and payment readers.
 */

/** Lower case, no accents, single spaces, no trailing colon: the form labels are compared in. */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:：*]+$/u, '')
    .trim();
}

export { cleanText, leafTexts };

export type LabelIndex<K extends string> = Map<string, K>;

export function buildLabelIndex<K extends string>(labels: Record<K, readonly string[]>): LabelIndex<K> {
  const index: LabelIndex<K> = new Map();
  for (const [key, words] of Object.entries(labels) as [K, readonly string[]][]) {
    for (const word of words) {
      const norm = normaliseLabel(word);
      if (!index.has(norm)) index.set(norm, key);
    }
  }
  return index;
}

/**
 * The same, built on first use: normalising hundreds of labels takes milliseconds, which every marketplace
 * page would pay while the content script starts, though only order and payment pages read labels.
 */
export function lazyLabelIndex<K extends string>(labels: Record<K, readonly string[]>): () => LabelIndex<K> {
  let index: LabelIndex<K> | null = null;
  return () => {
    index ??= buildLabelIndex(labels);
    return index;
  };
}

/** Longer than any label we know: a text this long is content, not a label. */
const MAX_LABEL_CHARS = 48;
/** A label's raw text (whitespace included) is at most this long; longer is never a label. */
const MAX_RAW_LABEL = MAX_LABEL_CHARS * 2;
/** A wrapper around a lone label, indentation included, is shorter than this. */
const MAX_WRAPPER_CHARS = 1_000;
/** Longer than any value a label introduces (a remark, a spec list): more is a section, not a value. */
const MAX_VALUE_CHARS = 4_000;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIP = SKIP_TAGS;

export type LabelledValues<K extends string> = Map<K, string[]>;

/** Every labelled value under `root`, per key, in document order. */
export function readLabelledValues<K extends string>(
  root: ParentNode,
  index: LabelIndex<K>,
  /** When given, the element holding each value's label, in the same order as the values. */
  owners?: Map<K, Element[]>,
  /** Keys that may be read from a product line's row under a header row (the line's status); none by default. */
  orderKeysInLines: ReadonlySet<K> = new Set(),
): LabelledValues<K> {
  const found: LabelledValues<K> = new Map();
  let current: Element | null = null;
  const add = (key: K, value: string) => {
    const v = cleanText(value);
    if (!v) return;
    const list = found.get(key);
    if (list) list.push(v);
    else found.set(key, [v]);
    if (owners && current) owners.set(key, [...(owners.get(key) ?? []), current]);
  };
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (SKIP.has(el.tagName.toUpperCase())) continue;
    current = el;
    const labelNode: Node | null = el.firstElementChild === null ? el : firstTextChild(el);
    if (!labelNode) continue;
    // A leaf's own text, capped: a 2 MB text node must not be normalised (NFD, regexes) whole.
    const raw = labelNode === el ? ownText(el) : capped(labelNode.textContent ?? '');
    if (!raw.trim()) continue;
    // Longer raw text can never be an exact label (checked before normalising, which costs per char).
    const exact = raw.length <= MAX_RAW_LABEL ? index.get(normaliseLabel(raw)) : undefined;
    if (exact) {
      // A label in a header row: its value is the cell below it, never the next label along the row.
      const below = labelNode === el ? valueInColumn(el, index) : undefined;
      const value = below
        ? below.inProductLine && !orderKeysInLines.has(exact)
          ? null
          : below.value
        : valueAfter(labelNode, el, raw, index);
      if (value) add(exact, value);
      continue;
    }
    const colon = raw.slice(0, MAX_LABEL_CHARS + 1).search(/[:：]/);
    if (colon > 0 && colon <= MAX_LABEL_CHARS) {
      const key = index.get(normaliseLabel(raw.slice(0, colon)));
      if (!key) continue;
      const rest = cleanText(raw.slice(colon + 1, colon + 1 + MAX_VALUE_CHARS * 2)).slice(0, MAX_VALUE_CHARS);
      add(key, rest || valueAfter(labelNode, el, raw, index) || '');
    }
  }
  return found;
}

/** A lone colon or dash written between a label and its value. */
const SEPARATOR = /^[:：\-–—]+$/;

const capped = (text: string) => (text.length > NODE_TEXT_CAP ? text.slice(0, NODE_TEXT_CAP) : text);

/** textContent of an element without child elements, read no further than NODE_TEXT_CAP. */
function ownText(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node && text.length < NODE_TEXT_CAP; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE || node.nodeType === 4) text += node.nodeValue ?? '';
  }
  return capped(text);
}

function firstTextChild(el: Element): Node | null {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE && (node.nodeValue ?? '').trim()) return node;
    if (node.nodeType === ELEMENT_NODE) return null;
  }
  return null;
}

/**
 * The first non-empty node after the label; if the label is wrapped alone,
 * look after the wrapper (3 levels). A "value" that itself contains a known
 * label is a whole section (`<h2>Remarks</h2><dl><dt>Remarks</dt>…`): it is
 * skipped, and the inner label yields the precise value.
 */
function valueAfter<K extends string>(
  labelNode: Node,
  owner: Element,
  labelText: string,
  index: LabelIndex<K>,
): string | null {
  let node: Node | null = labelNode;
  const labelNorm = normaliseLabel(labelText);
  for (let level = 0; node && level < 4; level++) {
    for (let sib = node.nextSibling; sib; sib = sib.nextSibling) {
      if (sib.nodeType !== TEXT_NODE && sib.nodeType !== ELEMENT_NODE) continue;
      if (sib.nodeType === ELEMENT_NODE && SKIP.has((sib as Element).tagName.toUpperCase())) continue;
      const parts =
        sib.nodeType === TEXT_NODE
          ? [cleanText(capped(sib.textContent ?? ''))]
          : leafTexts(sib as Element, MAX_VALUE_CHARS);
      if (parts.length > 1 && parts.some((p) => index.has(normaliseLabel(p)))) return null;
      const text = parts.filter(Boolean).join(' ');
      // "<label>Order Date</label>: <span>2014-05-31</span>": the colon between them is no value.
      if (SEPARATOR.test(text)) continue;
      if (text) return text.slice(0, MAX_VALUE_CHARS);
    }
    const parent: Element | null = node === owner ? owner.parentElement : owner;
    // Only a wrapper whose whole text is the label is climbed: stop reading once it is far longer
    // (indentation included), instead of reading a whole section that cannot match.
    const wrapped = parent ? textUpTo(parent, MAX_WRAPPER_CHARS) : null;
    if (!parent || wrapped === null || normaliseLabel(wrapped) !== labelNorm) return null;
    node = parent;
    owner = parent;
  }
  return null;
}

/** Visible text of an element with spaces between blocks ("Total" + "US$5" → "Total US$5"). */
export const blockText = (el: Element | null | undefined): string => (el ? leafTexts(el).join(' ') : '');

/** First value for a key, or null. */
export const first = <K extends string>(values: LabelledValues<K>, key: K): string | null =>
  values.get(key)?.[0] ?? null;
