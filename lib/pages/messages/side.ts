import type { ChatSide } from '../../model/chat-message';

/**
 * Who wrote a chat bubble, from structure alone (no stable selectors are
 * known for the Message Center). Evidence, strongest first:
 * 1. `data-*` attributes on the bubble or inside it whose value names a side
 *    (`data-role="self"`, `data-from="supplier"`, `data-direction="out"`);
 * 2. class-name *words* ("msg-item--self", "bubbleRight", "is-mine",
 *    "message-left", "sys-notice"); hashed class names carry no words and are ignored;
 * 3. inline alignment (`justify-content:flex-end`, `flex-direction:row-reverse`,
 *    `text-align:right`, `margin-left:auto`, `float:right`) = buyer's side, the
 *    chat convention on alibaba.com and AliExpress (own messages on the right);
 * 4. the sender's name: the buyer's name when the caller knows it, or a name
 *    already tied to a side by 1–3 elsewhere in the same conversation (see messages.ts).
 */

const BUYER_WORDS = new Set([
  'self',
  'mine',
  'me',
  'my',
  'own',
  'right',
  'send',
  'sent',
  'out',
  'outgoing',
  'outbound',
  'buyer',
  'owner',
  'myself',
  'local',
]);
const SUPPLIER_WORDS = new Set([
  'left',
  'other',
  'others',
  'receive',
  'received',
  'receiver',
  'in',
  'incoming',
  'inbound',
  'opposite',
  'seller',
  'supplier',
  'partner',
  'them',
  'peer',
  'remote',
]);
const SYSTEM_WORDS = new Set([
  'system',
  'sys',
  'notice',
  'notification',
  'tip',
  'tips',
  'announcement',
  'hint',
  'alert',
]);

const DATA_SIDE_ATTR =
  /^data-(from|role|side|sender-?type|sender-?role|direction|self|is-?self|is-?mine|mine|owner|type|position|align)$/i;

export function wordsOf(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

function sideOfWords(words: string[]): ChatSide | null {
  let buyer = false;
  let supplier = false;
  let system = false;
  for (const w of words) {
    if (BUYER_WORDS.has(w)) buyer = true;
    else if (SUPPLIER_WORDS.has(w)) supplier = true;
    else if (SYSTEM_WORDS.has(w)) system = true;
  }
  if (system) return 'system';
  if (buyer !== supplier) return buyer ? 'buyer' : 'supplier';
  return null;
}

function sideOfDataAttributes(el: Element): ChatSide | null {
  for (const attr of Array.from(el.attributes)) {
    if (!DATA_SIDE_ATTR.test(attr.name)) continue;
    const v = attr.value.trim().toLowerCase();
    if (/^(data-(self|is-?self|is-?mine|mine))$/i.test(attr.name)) {
      if (v === 'true' || v === '1' || v === '') return 'buyer';
      if (v === 'false' || v === '0') return 'supplier';
    }
    const side = sideOfWords(wordsOf(v));
    if (side) return side;
  }
  return null;
}

const RIGHT_STYLE =
  /justify-content\s*:\s*flex-end|flex-direction\s*:\s*row-reverse|text-align\s*:\s*right|margin-left\s*:\s*auto|float\s*:\s*right|align-self\s*:\s*flex-end/i;
const LEFT_STYLE =
  /justify-content\s*:\s*flex-start|text-align\s*:\s*left|margin-right\s*:\s*auto|float\s*:\s*left|align-self\s*:\s*flex-start/i;

/** Side from the bubble and its first few levels of descendants (attributes, class words, inline style). */
export function sideFromStructure(block: Element): ChatSide | null {
  const nodes = [block, ...Array.from(block.querySelectorAll('*')).slice(0, 12)];
  for (const el of nodes) {
    const side = sideOfDataAttributes(el);
    if (side) return side;
  }
  for (const el of nodes) {
    const side = sideOfWords(wordsOf(el.getAttribute('class') ?? ''));
    if (side) return side;
  }
  for (const el of nodes.slice(0, 4)) {
    const style = el.getAttribute('style') ?? '';
    if (RIGHT_STYLE.test(style)) return 'buyer';
    if (LEFT_STYLE.test(style)) return 'supplier';
  }
  return null;
}
