import type { ChatAttachment, ChatTime } from '../../model/chat-message';
import { parseDateText, parseDateTimeText, parseTimeText } from '../alibaba/order-dates';
import { cleanText } from '../alibaba/order-text';
import { wordsOf } from './side';

/**
 * Reads one message block: time, sender name, text and attachments. Only
 * `textContent` and attribute values are read, so a message that contains
 * markup (`<img src=x onerror=…>`) stays the literal text it was.
 */
export interface Leaf {
  text: string;
  el: Element;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'svg', 'SVG']);
/** Delivery/read marks and UI words that are not part of what anyone wrote. */
const UI_WORDS =
  /^(read|unread|delivered|sent|seen|translate|translated|show original|lu|non lu|envoyé|leído|no leído|enviado|gelesen|ungelesen|gesendet|lido|não lido|已读|未读)$/i;
const NAME_HINT = /^(name|nick|nickname|sender|author|user|username|from|who)$/;
const TIME_HINT = /^(time|date|timestamp|datetime|ts)$/;
const AVATAR_HINT = /^(avatar|head|portrait|photo|logo|icon)$/;

const FILE_EXT = /\.(pdf|docx?|xlsx?|csv|zip|rar|7z|ai|psd|dwg|step|stp|txt|pptx?)(\?|$)/i;

/** A download link is an attachment; its file name is not part of the message text. */
function isFileLink(el: Element): boolean {
  return el.tagName === 'A' && (el.hasAttribute('download') || FILE_EXT.test(el.getAttribute('href') ?? ''));
}

export function leavesOf(block: Element): Leaf[] {
  const out: Leaf[] = [];
  const visit = (el: Element) => {
    if (SKIP.has(el.tagName) || SKIP.has(el.tagName.toUpperCase()) || isFileLink(el)) return;
    // Adjacent text nodes are one text (parsers may split "a &lt;b&gt; c" into several nodes).
    let run = '';
    const flush = () => {
      const text = cleanText(run);
      if (text && !UI_WORDS.test(text)) out.push({ text, el });
      run = '';
    };
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) run += child.textContent ?? '';
      else if (child.nodeType === 1) {
        flush();
        visit(child as Element);
      }
    }
    flush();
  };
  visit(block);
  return out;
}

const hinted = (el: Element, hint: RegExp, stop: Element) => {
  for (let cur: Element | null = el; cur && cur !== stop.parentElement; cur = cur.parentElement) {
    if (wordsOf(cur.getAttribute('class') ?? '').some((w) => hint.test(w))) return true;
    if (cur === stop) break;
  }
  return false;
};

const TIME_ONLY = /^[\s\S]{0,40}$/;

/** A leaf that is only a time/date ("14:32", "Nov 20, 2026 09:15", "Yesterday 18:02"). */
export function isTimeLeaf(leaf: Leaf): boolean {
  if (!TIME_ONLY.test(leaf.text)) return false;
  if (leaf.el.tagName === 'TIME') return true;
  const withoutTime = leaf.text
    .replace(/\b\d{1,2}:\d{2}(:\d{2})?\s*([AaPp]\.?[Mm]\.?)?/g, '')
    .replace(/\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}/g, '')
    .replace(/\b\d{1,2}(st|nd|rd|th|er)?\b|\b\d{4}\b/g, '')
    .replace(/[\s,.·|-]+/g, '');
  const hasClock = parseTimeText(leaf.text) !== null;
  const hasDate = parseDateText(leaf.text) !== null;
  // What is left must be a month or day word at most ("Nov", "Yesterday", "Hier", "Ayer", "Gestern", "Ontem").
  return (hasClock || hasDate) && withoutTime.length <= 12 && !/\d/.test(withoutTime);
}

export interface ParsedBlock {
  timeLeaf: Leaf | null;
  nameLeaf: Leaf | null;
  textLeaves: Leaf[];
  attachments: ChatAttachment[];
  attrId: string | null;
}

const ID_ATTRS = ['data-msg-id', 'data-message-id', 'data-msgid', 'data-id', 'data-key', 'data-uuid', 'id'];

export function parseBlock(block: Element): ParsedBlock {
  const leaves = leavesOf(block);
  const timeLeaf =
    leaves.find((l) => hinted(l.el, TIME_HINT, block) && isTimeLeaf(l)) ?? leaves.find(isTimeLeaf) ?? null;
  const rest = leaves.filter((l) => l !== timeLeaf);
  const nameLeaf = rest.find((l) => l.text.length <= 60 && hinted(l.el, NAME_HINT, block)) ?? null;
  return {
    timeLeaf,
    nameLeaf,
    textLeaves: rest.filter((l) => l !== nameLeaf),
    attachments: attachmentsOf(block),
    attrId: idOf(block),
  };
}

function idOf(block: Element): string | null {
  for (const name of ID_ATTRS) {
    const v = block.getAttribute(name)?.trim();
    if (v && v.length <= 128) return v;
  }
  return null;
}

function attachmentsOf(block: Element): ChatAttachment[] {
  const out: ChatAttachment[] = [];
  for (const img of Array.from(block.querySelectorAll('img'))) {
    if (hinted(img, AVATAR_HINT, block) || /avatar|portrait/i.test(img.getAttribute('alt') ?? '')) continue;
    out.push({ name: img.getAttribute('alt') || null, url: img.getAttribute('src') || null, kind: 'image' });
  }
  for (const a of Array.from(block.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    const name = cleanText(a.textContent) || a.getAttribute('download') || null;
    const kind =
      a.hasAttribute('download') || FILE_EXT.test(href) || FILE_EXT.test(name ?? '') ? 'file' : 'link';
    out.push({ name, url: href, kind });
  }
  for (const media of Array.from(block.querySelectorAll('video, audio'))) {
    const src = media.getAttribute('src') ?? media.querySelector('source')?.getAttribute('src') ?? null;
    out.push({ name: null, url: src, kind: media.tagName === 'VIDEO' ? 'video' : 'audio' });
  }
  return out;
}

/** Raw time plus a page-local ISO time; a bare "14:32" takes its date from the last date separator. */
export function chatTime(leaf: Leaf | null, dayContext: string | null): ChatTime | null {
  if (!leaf) return null;
  const attr =
    leaf.el.getAttribute('datetime') ?? leaf.el.getAttribute('data-time') ?? leaf.el.getAttribute('title');
  const fromAttr = attr ? parseDateTimeText(attr) : null;
  const full = fromAttr ?? parseDateTimeText(leaf.text);
  if (full) return { raw: leaf.text, iso: full };
  const clock = parseTimeText(leaf.text);
  return { raw: leaf.text, iso: clock && dayContext ? `${dayContext}T${clock}` : null };
}

/** FNV-1a (32-bit), hex: a cheap, stable id for messages that carry none. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
