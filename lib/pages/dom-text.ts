/**
 * Bounded, linear reads of visible text. These readers run inside the buyer's
 * page, where a thread can hold 4,000 nested tags or a 2 MB text node: asking
 * every candidate element for its `textContent` (or walking its leaves) costs
 * the whole subtree each time, quadratic on deep markup. Here the tree is
 * walked once (iteratively: deep markup must not overflow the stack) and each
 * element keeps its range in that one pass's text, so "is this element's text
 * short, and what is it?" is answered in O(1) plus the length of the answer.
 */

const TEXT_NODE = 3;
const CDATA_NODE = 4;
const ELEMENT_NODE = 1;
/** Tags whose text is never visible; `leafTexts` and `blockText` leave them out (textContent does not). */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
/**
 * A label, value or sentence is never this long; reading more of one text
 * node only costs time (2 MB through a regex is ~10 ms, per reader). Every
 * length limit the readers apply is far below this, so their answers do not change.
 */
export const NODE_TEXT_CAP = 10_000;

export const cleanText = (text: string | null | undefined): string =>
  (text ?? '').replace(/\s+/g, ' ').trim();

const isSkipped = (el: Element) => SKIP_TAGS.has(el.tagName.toUpperCase());
const capped = (node: Node) => {
  const data = node.nodeValue ?? '';
  return data.length > NODE_TEXT_CAP ? data.slice(0, NODE_TEXT_CAP) : data;
};

/** Next node in document order under `root` (pre-order), optionally not entering `node`'s children. */
function nextNode(node: Node, root: Node, enter: boolean): Node | null {
  if (enter && node.firstChild) return node.firstChild;
  for (let cur: Node | null = node; cur && cur !== root; cur = cur.parentNode) {
    if (cur.nextSibling) return cur.nextSibling;
  }
  return null;
}

/**
 * Texts of the leaves under `el`, in order (block boundaries become separate
 * strings, not glued words), skipping invisible tags. Stops once `maxChars`
 * characters are collected: callers that only want a short value need not
 * read a whole section.
 */
export function leafTexts(el: Element, maxChars = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  if (isSkipped(el)) return out;
  let total = 0;
  let node = nextNode(el, el, true);
  while (node && total <= maxChars) {
    let enter = true;
    if (node.nodeType === TEXT_NODE) {
      const t = cleanText(capped(node));
      if (t) {
        out.push(t);
        total += t.length + 1;
      }
    } else if (node.nodeType === ELEMENT_NODE && isSkipped(node as Element)) enter = false;
    node = nextNode(node, el, enter);
  }
  return out;
}

/** Raw textContent of `node`, or null once it exceeds `maxChars` (a label, not a section). */
export function textUpTo(node: Node, maxChars: number): string | null {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
    const data = node.nodeValue ?? '';
    return data.length > maxChars ? null : data;
  }
  let text = '';
  for (let cur = nextNode(node, node, true); cur; cur = nextNode(cur, node, true)) {
    if (cur.nodeType !== TEXT_NODE && cur.nodeType !== CDATA_NODE) continue;
    text += cur.nodeValue ?? '';
    if (text.length > maxChars) return null;
  }
  return text;
}

/** Per-element text ranges (and child counts) from one walk of a subtree. */
export interface TextIndex {
  /**
   * The elements (not the root) whose tag is in `tags` (upper case) with at most `maxChildren`
   * child elements, in document order: `querySelectorAll(tags)` filtered on `childElementCount`,
   * without a selector match, a tag-name read and a child list per element.
   */
  withFewChildren(tags: ReadonlySet<string>, maxChildren: number): Element[];
  /** `cleanText(el.textContent)` when at most `max` characters, else null (rejected in O(1)). */
  shortText(el: Element, max: number): string | null;
  /** `leafTexts(el).join(' ')` when at most `max` characters, else null (rejected in O(1)). */
  shortBlock(el: Element, max: number): string | null;
}

/**
 * Walks `root` once. textContent is kept with whitespace already collapsed
 * across node boundaries, so an element's slice is its cleaned text give or
 * take one space at each end; leaf pieces are kept with prefix lengths.
 * Index 0 is the root when it is an element (a Document has no text range).
 */
export function indexText(root: ParentNode): TextIndex {
  const chunks: string[] = [];
  let length = 0;
  let endsInSpace = true; // nothing written yet: a leading space would be trimmed anyway
  const pieces: string[] = [];
  const pieceEnds: number[] = []; // pieceEnds[i] = length of pieces[0..i] joined with single spaces
  const order = new Map<Node, number>();
  const elements: Element[] = [];
  const textFrom: number[] = [];
  const textTo: number[] = [];
  const pieceFrom: number[] = [];
  const pieceTo: number[] = [];
  const children: number[] = [];
  const tags: string[] = []; // upper case, read once (a tagName read is not free in every DOM)
  const hiddenTag: boolean[] = [];
  const open: number[] = []; // indices of the ancestors of the node being visited
  let hidden = 0; // depth inside invisible tags (still textContent, not leaves)

  const openElement = (el: Element) => {
    const i = elements.length;
    const parent = open.at(-1);
    if (parent !== undefined) children[parent] = (children[parent] as number) + 1;
    order.set(el, i);
    elements.push(el);
    textFrom.push(length);
    pieceFrom.push(pieces.length);
    textTo.push(length);
    pieceTo.push(pieces.length);
    children.push(0);
    const tag = el.tagName.toUpperCase();
    tags.push(tag);
    hiddenTag.push(SKIP_TAGS.has(tag));
    open.push(i);
    if (hiddenTag[i]) hidden++;
  };
  // Pre-order visit: the open elements are exactly the ancestors of the current node, so
  // closing up to its parent is O(1) amortised (no `contains`, which walks ancestors).
  const closeUntil = (parent: Node | null) => {
    for (let top = open.at(-1); top !== undefined && elements[top] !== parent; top = open.at(-1)) {
      open.pop();
      textTo[top] = length;
      pieceTo[top] = pieces.length;
      if (hiddenTag[top]) hidden--;
    }
  };
  const rootIsElement = (root as Node).nodeType === ELEMENT_NODE;
  if (rootIsElement) openElement(root as Element);
  for (let node = nextNode(root as Node, root as Node, true); node; ) {
    closeUntil(node.parentNode);
    if (node.nodeType === ELEMENT_NODE) openElement(node as Element);
    else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      const raw = capped(node);
      let collapsed = raw.replace(/\s+/g, ' ');
      if (endsInSpace && collapsed.startsWith(' ')) collapsed = collapsed.slice(1);
      if (collapsed) {
        chunks.push(collapsed);
        length += collapsed.length;
        endsInSpace = collapsed.endsWith(' ');
      }
      const piece = node.nodeType === TEXT_NODE && hidden === 0 ? cleanText(raw) : '';
      if (piece) {
        pieceEnds.push((pieceEnds.at(-1) ?? -1) + 1 + piece.length);
        pieces.push(piece);
      }
    }
    node = nextNode(node, root as Node, true);
  }
  closeUntil(null);
  let all: string | null = null;
  const text = () => {
    all ??= chunks.join('');
    return all;
  };
  return {
    withFewChildren(wanted, maxChildren) {
      const out: Element[] = [];
      for (let i = rootIsElement ? 1 : 0; i < elements.length; i++) {
        if ((children[i] as number) <= maxChildren && wanted.has(tags[i] as string))
          out.push(elements[i] as Element);
      }
      return out;
    },
    shortText(el, max) {
      const i = order.get(el);
      if (i === undefined) return null;
      const from = textFrom[i] as number;
      const to = textTo[i] as number;
      // The slice is the cleaned text plus at most one space at each end.
      if (to - from > max + 2) return null;
      const t = text().slice(from, to).trim();
      return t.length <= max ? t : null;
    },
    shortBlock(el, max) {
      const i = order.get(el);
      if (i === undefined) return null;
      const from = pieceFrom[i] as number;
      const to = pieceTo[i] as number;
      if (to === from) return '';
      const joined = (pieceEnds[to - 1] as number) - (from > 0 ? (pieceEnds[from - 1] as number) + 1 : 0);
      return joined <= max ? pieces.slice(from, to).join(' ') : null;
    },
  };
}

/** The first `maxChars` characters of `node`'s textContent (each text node read up to NODE_TEXT_CAP). */
export function textPrefix(node: Node, maxChars: number): string {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) return capped(node).slice(0, maxChars);
  const parts: string[] = [];
  let length = 0;
  for (let cur = nextNode(node, node, true); cur && length < maxChars; cur = nextNode(cur, node, true)) {
    if (cur.nodeType !== TEXT_NODE && cur.nodeType !== CDATA_NODE) continue;
    const t = capped(cur);
    parts.push(t);
    length += t.length;
  }
  return parts.join('').slice(0, maxChars);
}

/**
 * Descendants of `root` with this tag, in document order: `querySelectorAll(tag)`
 * without running a selector engine per element (a DOM in a test or a worker
 * may match selectors in script, which is what makes a page-wide scan slow).
 */
export function elementsByTag(root: ParentNode, tag: string): Element[] {
  const byTag = (root as Partial<Element>).getElementsByTagName;
  return Array.from(byTag ? byTag.call(root, tag) : root.querySelectorAll(tag));
}
