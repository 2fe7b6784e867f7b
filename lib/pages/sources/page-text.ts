import { MINISITE_HOME } from '../alibaba/supplier-site';
import { type BlockScope, blockScope } from '../labels/foreign-blocks';
import { isHiddenIllustration } from '../labels/hidden-sample';
import { cleanText, labelKey } from '../labels/text-sequence';
import { COMPANY_SUFFIX } from '../labels/titles';

/**
 * Every text and data place on a page, from one walk of the document: the
 * visible text nodes in order (site chrome skipped), HTML comments, tooltip
 * attributes, JSON-carrying attributes (`module-data`) and typed scripts
 * (`application/json` with an id, `ld+json`). Hidden tooltips and popovers are
 * ordinary elements and come with the visible text (a limit shown only on
 * hover is still on the page). Adjacent text nodes are joined: a DOM built
 * from "&lt;24h" may hold "<" and "24h" as two nodes, and reading the first
 * alone cut a response time to its first character.
 */
export interface PageText {
  visible: string[];
  /** labelKey() of each visible entry, computed once for all label lookups. */
  visibleKeys: string[];
  /** Where each visible entry sits: the page's own blocks, another supplier's card, or text the supplier wrote. */
  visibleScopes: BlockScope[];
  /**
   * The element two levels above each visible entry's text, as a number: a label and its value
   * share it in a metric's own box (`<div><div>99%</div><div>On-time rate</div></div>`), which tells
   * a value written above its label from the next metric's value written below it.
   */
  visibleGroups: number[];
  comments: string[];
  tooltips: string[];
  title: string;
  /** `<script type="…json">` bodies with their id. */
  jsonScripts: { id: string | null; type: string; text: string }[];
  /** JSON (plain or URL-encoded) in attributes, with the element's module name. */
  jsonAttributes: { attribute: string; module: string | null; raw: string }[];
  /** Links to a supplier's own site (<name>.en / .trustpass / .fm.alibaba.com), with their text. */
  supplierLinks: { href: string; text: string }[];
}

const MAX_LINKS = 40;

/** Never visible; their subtrees are not walked (a script's own attributes and text are still read). */
const OPAQUE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
/** Site chrome: walked for data, but its text (alibaba.com's header links "Trade Assurance") is not the supplier's. */
const CHROME = new Set(['HEADER', 'NAV', 'FOOTER']);
const TOOLTIP_ATTRS = [
  'title',
  'data-title',
  'data-tip',
  'data-tooltip',
  'data-content',
  'data-original-title',
  'aria-label',
];
/** Attributes seen carrying JSON: module-data (QwayInc 2018 minisites, URL-encoded), and the common data- forms. */
export const JSON_ATTRIBUTES = ['module-data', 'data-module-data', 'data-props', 'data-json', 'data-state'];
const MAX_ENTRY = 400;
const MAX_ENTRIES = 20_000;
const MAX_COMMENTS = 400;
const MAX_TOOLTIPS = 400;
const MAX_JSON = 200;

export function pageText(doc: Document): PageText {
  const out: PageText = {
    visible: [],
    visibleKeys: [],
    visibleScopes: [],
    visibleGroups: [],
    comments: [],
    tooltips: [],
    title: '',
    jsonScripts: [],
    jsonAttributes: [],
    supplierLinks: [],
  };
  // Each top-level node on its own: a DOM may not link the doctype to <html> as siblings.
  const groups = new Map<Node, number>();
  for (const top of Array.from((doc as unknown as Node).childNodes)) walk(top, out, groups);
  out.visibleKeys = out.visible.map((t) => (t.length <= 120 ? labelKey(t) : ''));
  return out;
}

/** Pre-order walk of `top` and its subtree (iterative: deep markup must not overflow the stack). */
function walk(top: Node, out: PageText, groups: Map<Node, number>): void {
  let node: Node | null = top;
  let joinNext: Join = false; // the previous node was a text node we kept: a following text sibling extends it
  let chrome: Node | null = null; // inside this header/nav/footer: no visible text
  let block: Node | null = null; // inside another supplier's card or the supplier's own prose
  let scope: BlockScope = 'page';
  while (node && out.visible.length < MAX_ENTRIES) {
    const type = node.nodeType;
    let enter = false;
    if (type === 3) {
      if (!chrome) {
        joinNext = addText(node.nodeValue ?? '', joinNext, out.visible);
        while (out.visibleScopes.length < out.visible.length) out.visibleScopes.push(scope);
        if (out.visibleGroups.length < out.visible.length) out.visibleGroups.push(groupOf(node, groups));
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
      else if (tag === 'SCRIPT') typedScript(el, out);
      else enter = !OPAQUE.has(tag);
      // A hidden sample or template card: neither its text nor its attributes are this page's facts.
      const illustration = enter && isHiddenIllustration(el);
      if (illustration) enter = false;
      if (enter && !block && tag !== 'BODY' && tag !== 'HTML') {
        const opened = blockScope(el);
        if (opened !== 'page') {
          block = el;
          scope = opened;
        }
      }
      const foreign = scope === 'other-supplier';
      if (tag === 'A' && !chrome && !foreign) supplierLink(el, out);
      if (enter && !chrome && CHROME.has(tag)) chrome = el;
      if (el.hasAttributes() && !foreign && !illustration) attributesOf(el, out);
      joinNext = false;
    }
    const child: Node | null = enter ? node.firstChild : null;
    if (child) {
      node = child;
      continue;
    }
    if (node === block) {
      block = null;
      scope = 'page';
    }
    while (node && node !== top && !node.nextSibling) {
      node = node.parentNode;
      if (node === chrome) chrome = null;
      if (node === block) {
        block = null;
        scope = 'page';
      }
      joinNext = false;
    }
    if (node === chrome) chrome = null;
    if (node === block) {
      block = null;
      scope = 'page';
    }
    node = node && node !== top ? node.nextSibling : null;
  }
}

/** A number for the element two levels above a text node (its metric's box); 0 when there is none. */
function groupOf(textNode: Node, groups: Map<Node, number>): number {
  const box = textNode.parentNode?.parentNode;
  if (!box) return 0;
  let id = groups.get(box);
  if (id === undefined) {
    id = groups.size + 1;
    groups.set(box, id);
  }
  return id;
}

/**
 * Keeps a text node's cleaned text, joined to the previous one when they are
 * siblings (a parser may split "Ratings &amp; reviews" into "Ratings " and
 * "& reviews"): with a space when either side of the seam had one.
 */
function addText(raw: string, joinNext: Join, visible: string[]): Join {
  const text = cleanText(raw.length > 4 * MAX_ENTRY ? raw.slice(0, 4 * MAX_ENTRY) : raw);
  if (!text) return joinNext === false ? false : /\s/.test(raw) ? 'space' : joinNext;
  const last = visible.length - 1;
  if (joinNext !== false && last >= 0 && (visible[last] as string).length + text.length <= MAX_ENTRY)
    visible[last] = `${visible[last]}${joinNext === 'space' || /^\s/.test(raw) ? ' ' : ''}${text}`;
  else if (text.length <= MAX_ENTRY) visible.push(text);
  return /\s$/.test(raw) ? 'space' : 'tight';
}

/** After a kept text node: whether a following text sibling extends it, and whether the seam has a space. */
type Join = false | 'tight' | 'space';

/** How many block children of `el` hold text of their own (a name is one line; a label and its value are two). */
function linesInside(el: Element): number {
  let lines = 0;
  for (const child of Array.from(el.children))
    if (BLOCKS.has(child.tagName.toUpperCase()) && (child.textContent ?? '').trim()) lines++;
  return lines;
}

/** Elements that start a line of their own: two of them side by side inside a link make it a row, not a name. */
const BLOCKS = new Set([
  'DIV',
  'P',
  'LI',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

/**
 * "#cpTradeCapability", "#tagIndex", "#assessedVedio", "?subpage=onsite": a link into a section of the
 * company profile, whose text names that section ("Assessed videos", "Supplier Assessments" in the 2025
 * store header). "#top-nav-bar" is Alibaba's own anchor on the plain company link, which does carry the
 * name (red team).
 */
const SECTION_ANCHOR = /#(?!top-nav-bar$)[^#\s]+$|[?&]subpage=/i;

function firstBlockName(el: Element): string {
  for (const child of Array.from(el.children)) {
    if (!BLOCKS.has(child.tagName.toUpperCase()) && !/^H[1-6]$/i.test(child.tagName)) continue;
    const text = cleanText((child.textContent ?? '').slice(0, 300));
    if (text) return COMPANY_SUFFIX.test(text) ? text : '';
  }
  return '';
}

function supplierLink(el: Element, out: PageText): void {
  if (out.supplierLinks.length >= MAX_LINKS) return;
  const href = el.getAttribute('href');
  if (!href || !MINISITE_HOME.test(href)) return;
  // A company card's row may itself be a link to the supplier's site (2022 product pages: a
  // "Main markets" title block and its value block inside one <a>): its text glues a label to a value.
  // A link to a section of the profile ("…/company_profile.html#cpTradeCapability") names that section,
  // even when a page saved half-way has kept only the row's title block.
  if (SECTION_ANCHOR.test(href)) return;
  // A name and a badge as two blocks in one link ("<div>Ningbo … Co., Ltd.</div><div>Verified Supplier</div>"):
  // the first block is the name when it reads as a company's name.
  const text = linesInside(el) > 1 ? firstBlockName(el) : cleanText((el.textContent ?? '').slice(0, 300));
  if (text) out.supplierLinks.push({ href: href.startsWith('//') ? `https:${href}` : href, text });
}

function typedScript(el: Element, out: PageText): void {
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (!type.includes('json') || out.jsonScripts.length >= MAX_JSON) return;
  out.jsonScripts.push({ id: el.getAttribute('id'), type, text: el.textContent ?? '' });
}

/** Where each attribute this reader wants goes: its index in TOOLTIP_ATTRS or JSON_ATTRIBUTES. */
const TOOLTIP_INDEX = new Map(TOOLTIP_ATTRS.map((name, i) => [name, i]));
const JSON_INDEX = new Map(JSON_ATTRIBUTES.map((name, i) => [name, i]));

/**
 * Tooltips and JSON attributes, in the lists' order. The element's own (few) attributes are read once:
 * asking each element for all twelve names cost ~1 ms of the buyer's page on a real product page.
 */
function attributesOf(el: Element, out: PageText): void {
  const attrs = el.attributes;
  let tooltips: (string | undefined)[] | undefined;
  let json: (string | undefined)[] | undefined;
  let module: string | null | undefined;
  for (let i = 0; i < attrs.length; i++) {
    const attr = attrs[i] as Attr;
    const name = attr.name;
    const tip = TOOLTIP_INDEX.get(name);
    if (tip !== undefined) {
      tooltips ??= [];
      tooltips[tip] ??= attr.value; // the first of a name, as getAttribute answers
      continue;
    }
    const at = JSON_INDEX.get(name);
    if (at !== undefined) {
      json ??= [];
      json[at] ??= attr.value;
    }
  }
  if (tooltips && out.tooltips.length < MAX_TOOLTIPS) {
    for (const v of tooltips) {
      if (v && v.length >= 4 && v.length <= 300 && /\d/.test(v)) out.tooltips.push(cleanText(v));
    }
  }
  if (!json || out.jsonAttributes.length >= MAX_JSON) return;
  JSON_ATTRIBUTES.forEach((attribute, i) => {
    const raw = json[i];
    if (!raw || raw.length <= 10) return;
    module ??= el.getAttribute('module-name') ?? el.getAttribute('data-module-name');
    out.jsonAttributes.push({ attribute, module, raw });
  });
}
