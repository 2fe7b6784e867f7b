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

export const cleanText = (text: string | null | undefined): string =>
  (text ?? '').replace(/\s+/g, ' ').trim();

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

/** Longer than any label we know: a text this long is content, not a label. */
const MAX_LABEL_CHARS = 48;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

export type LabelledValues<K extends string> = Map<K, string[]>;

/** Every labelled value under `root`, per key, in document order. */
export function readLabelledValues<K extends string>(
  root: ParentNode,
  index: LabelIndex<K>,
): LabelledValues<K> {
  const found: LabelledValues<K> = new Map();
  const add = (key: K, value: string) => {
    const v = cleanText(value);
    if (!v) return;
    const list = found.get(key);
    if (list) list.push(v);
    else found.set(key, [v]);
  };
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (SKIP.has(el.tagName.toUpperCase())) continue;
    const labelNode: Node | null = el.childElementCount === 0 ? el : firstTextChild(el);
    if (!labelNode) continue;
    const raw = labelNode.textContent ?? '';
    if (!raw.trim()) continue;
    const exact = index.get(normaliseLabel(raw));
    if (exact && raw.length <= MAX_LABEL_CHARS * 2) {
      const value = valueAfter(labelNode, el, raw, index);
      if (value) add(exact, value);
      continue;
    }
    const colon = raw.search(/[:：]/);
    if (colon > 0 && colon <= MAX_LABEL_CHARS) {
      const key = index.get(normaliseLabel(raw.slice(0, colon)));
      if (!key) continue;
      const rest = cleanText(raw.slice(colon + 1));
      add(key, rest || valueAfter(labelNode, el, raw, index) || '');
    }
  }
  return found;
}

function firstTextChild(el: Element): Node | null {
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === TEXT_NODE && (node.textContent ?? '').trim()) return node;
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
      const parts = sib.nodeType === TEXT_NODE ? [cleanText(sib.textContent)] : leafTexts(sib as Element);
      if (parts.length > 1 && parts.some((p) => index.has(normaliseLabel(p)))) return null;
      const text = parts.filter(Boolean).join(' ');
      if (text) return text;
    }
    const parent: Element | null = node === owner ? owner.parentElement : owner;
    if (!parent || normaliseLabel(parent.textContent ?? '') !== labelNorm) return null;
    node = parent;
    owner = parent;
  }
  return null;
}

/** Texts of the leaves under `el`, in order: block boundaries become separate strings, not glued words. */
export function leafTexts(el: Element): string[] {
  const out: string[] = [];
  const visit = (node: Element) => {
    if (SKIP.has(node.tagName.toUpperCase())) return;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === ELEMENT_NODE) visit(child as Element);
      else if (child.nodeType === TEXT_NODE) {
        const t = cleanText(child.textContent);
        if (t) out.push(t);
      }
    }
  };
  visit(el);
  return out;
}

/** Visible text of an element with spaces between blocks ("Total" + "US$5" → "Total US$5"). */
export const blockText = (el: Element | null | undefined): string => (el ? leafTexts(el).join(' ') : '');

/** First value for a key, or null. */
export const first = <K extends string>(values: LabelledValues<K>, key: K): string | null =>
  values.get(key)?.[0] ?? null;
