/**
 * A colour menu the buyer picks from on the order: "Black / White / Navy (buyer selects per SKU on order)". The
 * listed colours are the options and the buyer's own order line names the one it gets, so no shade is left to the
 * supplier. The excuse holds only for a real menu: the field, once the picking phrase is taken out, must be a list
 * of at least two plain colour names (or codes). "dark-ish, buyer selects on order" or "similar to picture, you
 * choose on the order" name no option to pick, and stay as vague as they were.
 */
import { hasColorCode } from './color-codes';
import { COLOR_AFTER_WORDS, COLOR_NAME, VARIANT_ONLY_COLOURS } from './color-words';
import { anyOf, latinWords } from './patterns';

const BUYER_PICKS_ON_ORDER =
  /\b(?:buyer|customer|client|you)\s(?:to\s)?(?:selects?|chooses?|choose|picks?|specif(?:y|ies))\b[^.;]{0,30}?\b(?:on|in|with|per)\s(?:the\s|each\s|your\s)?(?:order|PO|purchase order)\b/iu;

/** One entry: a colour name with its shading words ("light grey", "azul marino", "Rust"). */
const ENTRY = new RegExp(
  `^(?:${latinWords(['light', 'dark', 'navy', 'heather', 'royal', 'sky', 'bright', 'pale', 'deep', 'matte?'])}\\s){0,2}${anyOf(COLOR_NAME, VARIANT_ONLY_COLOURS)}(?:\\s${latinWords(COLOR_AFTER_WORDS)})?$`,
  'iu',
);

/** The separators of a list: "/", ",", "、", "+", "and", "or". */
const SEPARATOR = /\s*(?:[/,，、+|]|\band\b|\bor\b|&)\s*/iu;

function isEntry(entry: string): boolean {
  return ENTRY.test(entry) || (hasColorCode(entry) && entry.length <= 24);
}

/** True when the colour field is a menu of named colours and says the buyer picks one on the order. */
export function buyerPicksFromMenu(value: string): boolean {
  const pick = BUYER_PICKS_ON_ORDER.exec(value);
  if (!pick) return false;
  const rest = `${value.slice(0, pick.index)} ${value.slice(pick.index + pick[0].length)}`
    // The bracket or dash that held the picking phrase, and a trailing "per SKU"/"each" it leaves.
    .replace(/[()（）\-–—:;]/gu, ' ')
    .trim();
  const entries = rest
    .split(SEPARATOR)
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  return entries.length >= 2 && entries.every(isEntry);
}

/**
 * "colours 500 pcs each: black/clear/pink/navy", "1 000 par couleur : noir / blanc": the count per colour sits in the
 * label and the value lists the colours counted. Each listed colour is ordered at that count, so the list is the
 * split of the order, not a menu the supplier picks from. Only a list of at least two plain colour names (or codes)
 * counts: "500 pcs each: assorted" or "each: bright colours" leave the shades open.
 */
/** The same list without "or": "500 pcs each: black or white" offers a choice again. */
const COUNTED_SEPARATOR = /\s*(?:[/,，、+|]|\band\b|&|\bet\b|\by\b|\bund\b|\be\b)\s*/iu;
/** A see-through body is a variant of a case or bottle as a colour is: "clear", "transparent", "frosted", "透明". */
const CLEAR_ENTRY =
  /^(?:clear|transparent|translucent|frosted|crystal|transparente?|durchsichtig|trasparente|przezroczyst\p{L}|透明|磨砂)$/iu;

export function countedColourList(label: string, value: string, perVariantLabel: boolean): boolean {
  if (!perVariantLabel) return false;
  const entries = value
    .replace(/[.;。]\s*$/u, '')
    .split(COUNTED_SEPARATOR)
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  return label.length > 0 && entries.length >= 2 && entries.every((e) => isEntry(e) || CLEAR_ENTRY.test(e));
}
