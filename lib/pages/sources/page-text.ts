import { cleanText } from '../labels/text-sequence';

/**
 * Every text place on a page, from one walk of the document: the visible text
 * nodes in order (site chrome skipped), HTML comments, and the texts of
 * tooltip attributes. Hidden tooltips and popovers are ordinary elements and
 * come with the visible text (a limit shown only on hover is still on the
 * page). Adjacent text nodes are joined: a DOM built from "&lt;24h" may hold
 * "<" and "24h" as two nodes, and reading the first alone cut a response time
 * to its first character.
 */
export interface PageText {
  visible: string[];
  comments: string[];
  tooltips: string[];
  title: string;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEADER', 'NAV', 'FOOTER']);
const TOOLTIP_ATTRS = [
  'title',
  'data-title',
  'data-tip',
  'data-tooltip',
  'data-content',
  'data-original-title',
  'aria-label',
];
const MAX_ENTRY = 400;
const MAX_ENTRIES = 20_000;
const MAX_COMMENTS = 400;
const MAX_TOOLTIPS = 400;

export function pageText(doc: Document): PageText {
  const out: PageText = { visible: [], comments: [], tooltips: [], title: '' };
  const root = doc as unknown as Node;
  let node: Node | null = root.firstChild;
  let joinNext = false; // the previous node was a text node we kept: a following text sibling extends it
  while (node && out.visible.length < MAX_ENTRIES) {
    const type = node.nodeType;
    let enter = false;
    if (type === 3) {
      const raw = node.nodeValue ?? '';
      const text = cleanText(raw.length > 4 * MAX_ENTRY ? raw.slice(0, 4 * MAX_ENTRY) : raw);
      if (text) {
        const last = out.visible.length - 1;
        if (joinNext && last >= 0 && (out.visible[last] as string).length + text.length <= MAX_ENTRY)
          out.visible[last] = `${out.visible[last]}${/\s$/.test(raw.slice(0, 1)) ? ' ' : ''}${text}`;
        else if (text.length <= MAX_ENTRY) out.visible.push(text);
        joinNext = true;
      }
    } else if (type === 8) {
      if (out.comments.length < MAX_COMMENTS) {
        const text = cleanText((node.nodeValue ?? '').slice(0, 2000));
        if (text.length > 3) out.comments.push(text);
      }
    } else if (type === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'TITLE') out.title = cleanText(el.textContent ?? '').slice(0, 500);
      else enter = !SKIP.has(tag);
      if (out.tooltips.length < MAX_TOOLTIPS) collectTooltips(el, out.tooltips);
      joinNext = false;
    } else enter = type === 9 || type === 11;
    const child = enter ? node.firstChild : null;
    if (child) {
      node = child;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      joinNext = false;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return out;
}

function collectTooltips(el: Element, into: string[]): void {
  for (const name of TOOLTIP_ATTRS) {
    const v = el.getAttribute(name);
    if (v && v.length >= 4 && v.length <= 300 && /\d/.test(v)) into.push(cleanText(v));
  }
}
