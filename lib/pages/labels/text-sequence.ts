/**
 * Last-resort reading of visible text: the page flattened into its text nodes
 * in document order, then "the text after a label". This one model covers
 * <dt>/<dd>, <th>/<td>, "<span>Label</span><span>value</span>" and
 * "Label: value" without depending on class names (hashed or Tailwind `sp:`).
 * textContent only (never innerText, which forces layout in the user's page).
 */

const SKIP_SUBTREES = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEADER', 'NAV', 'FOOTER']);
const MAX_ENTRY = 400; // longer texts are prose, never a label or a short value
const MAX_ENTRIES = 20_000;

/** Collapses whitespace and drops info glyphs ("Response time ⓘ"). */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  const cut = text.length > 4 * MAX_ENTRY ? text.slice(0, 4 * MAX_ENTRY) : text;
  return cut
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .replace(/ⓘ/g, '')
    .trim();
}

/** Lowercase, accent-free, without trailing colons: how labels are compared. */
export function labelKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s:：ⓘ?]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Non-empty visible text nodes under `root`, in document order. Site chrome
 * (header, nav, footer) is skipped: alibaba.com's header links "Trade
 * Assurance" on every page, which must not read as the supplier's badge.
 */
export function textSequence(root: Node): string[] {
  const out: string[] = [];
  let node: Node | null = root.firstChild;
  while (node && out.length < MAX_ENTRIES) {
    if (node.nodeType === 3) {
      const text = cleanText(node.nodeValue);
      if (text && text.length <= MAX_ENTRY) out.push(text);
    }
    const skip = node.nodeType !== 1 || SKIP_SUBTREES.has(node.nodeName.toUpperCase());
    const child = skip ? null : node.firstChild;
    if (child) {
      node = child;
      continue;
    }
    // Next sibling, or climb until an ancestor (below root) has one.
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return out;
}

export type LabelMatcher = { keys: Set<string>; prefixes: string[] };

/** Prepares a label list (any language) for matching. */
export function labelMatcher(labels: readonly string[]): LabelMatcher {
  const keys = new Set(labels.map(labelKey));
  return { keys, prefixes: [...keys].sort((a, b) => b.length - a.length) };
}

/**
 * The value written after the first occurrence of one of `labels`: either on
 * the same text node ("Response time: ≤4h") or in the next text node.
 */
export function valueAfterLabel(sequence: readonly string[], matcher: LabelMatcher): string | null {
  for (let i = 0; i < sequence.length; i++) {
    const text = sequence[i] as string;
    if (text.length > 80) continue;
    const key = labelKey(text);
    if (matcher.keys.has(key)) {
      const next = sequence[i + 1];
      if (next !== undefined && !matcher.keys.has(labelKey(next))) return next;
      continue;
    }
    const colon = text.search(/[:：]/);
    if (colon > 0 && matcher.keys.has(labelKey(text.slice(0, colon)))) {
      const value = text.slice(colon + 1).trim();
      if (value) return value;
      const next = sequence[i + 1];
      if (next !== undefined) return next;
    }
  }
  return null;
}

/** Whether any text node says one of `phrases` (badges such as "Verified", "Trade Assurance"). */
export function mentions(sequence: readonly string[], matcher: LabelMatcher): boolean {
  return sequence.some((text) => text.length <= 80 && matcher.keys.has(labelKey(text)));
}
