/**
 * "approximately 2,400 pcs in one 20'GP; the exact quantity is the PO quantity of 2,400 pcs": a rounded count that
 * the same line then states as exact. The exact statement binds, and it is the same figure, so the "about" only
 * describes how the container fills. Only the same number after an exactness word answers it: "about 2,400 pcs,
 * exact quantity to follow" still leaves the count open, and so does an exactness denied ("cannot promise exactly").
 */
import { regex } from './patterns';

const EXACT = regex(
  String.raw`\b(?:exact(?:ly)?|precise(?:ly)?|binding|exactement|exacte|exactamente|exacta|exatamente|exata|esattamente|esatta|genau|exakt|verbindlich|dokładn(?:ie|a|ej))\b|точно|точное|准确|确切|精确|实际订单`,
  'giu',
);
/**
 * The exactness denied in the words just before it: "we cannot promise exactly 1,000", "no garantizamos exactamente",
 * "nicht genau", "不能保证准确". The same figure after it is then what the count may miss, not what binds.
 */
const DENIED = regex(
  String.raw`(?:(?<!\p{L})(?:not|no|never|cannot|can['’]?t|won['’]?t|don['’]?t|unable to|pas|nicht|kein(?:e|en)?|não|non|nem|не)(?!\p{L})|不|无法|没法|未能)[^,;:!?，；。]{0,24}$`,
  'iu',
);

/** A count's digits with its group separators dropped: "2,400", "2.400" and "2 400" are one number. */
const DIGITS = /\d[\d., \u00a0\u202f]*\d|\d/u;

function digitsOf(text: string): string | undefined {
  const m = DIGITS.exec(text);
  return m ? m[0].replace(/[., \u00a0\u202f]/gu, '') : undefined;
}

/** Whether `line` states the count in `estimate` again after an exactness word, within a short reach. */
export function restatedExactly(line: string, estimate: string): boolean {
  const wanted = digitsOf(estimate);
  if (!wanted) return false;
  for (const m of line.matchAll(EXACT)) {
    if (DENIED.test(line.slice(Math.max(0, m.index - 40), m.index))) continue;
    const reach = line.slice(m.index + m[0].length, m.index + m[0].length + 60);
    for (const n of reach.matchAll(/\d[\d., \u00a0\u202f]*\d|\d/gu))
      if (n[0].replace(/[., \u00a0\u202f]/gu, '') === wanted) return true;
  }
  return false;
}

/**
 * "approx. 3,600 pcs per 20GP; exact count per packing list PL-5521", "ok. 2 000 szt., dokładnie według potwierdzenia
 * zamówienia PO-7713": the rounded count only describes the load, and the exact one is held by a numbered record
 * (a packing list, the order confirmation), which binds. Without the record's number ("exact count per packing list",
 * "exact quantity to follow") the count stays open.
 */
const EXACT_ON_RECORD = regex(
  String.raw`(?:\b(?:exact(?:ly)?|precise(?:ly)?|final|binding|exactement|exacte|exactamente|exacta|exatamente|exata|esattamente|esatta|genau|genaue[nr]?|exakte[nr]?|verbindliche?|dokładn(?:ie|a|ej))\b(?:\s{1,2}(?:count|quantity|qty|number|amount|pcs|ilość|liczba|cantidad|quantité|Menge|Stückzahl|Anzahl|quantidade|quantità))?|准确数量|确切数量)\s{0,2}(?:[:=]\s{0,2})?(?:\b(?:as per|per|according to|acc\.? to|see|on|in|by|wg\.?|według|zgodnie z|según|conforme(?: a)?|selon|d['’]après|gemäß|laut|lt\.|secondo|come da)\b|按|以)`,
  'giu',
);
/** The record's number, in capitals as codes are written ("PL-5521", "PO 4471") or after a number sign ("no. 4471"). */
const RECORD_NUMBER =
  /^[^,;.。，；]{0,40}?(?<![\p{L}\d])(?:[A-Z]{1,6}[-/ ]?\d{2,}[\w.-]*|(?:[Nn]o\.?|[Nn]r\.?|#|[Nn][º°])\s{0,2}\d{2,})/u;
/** A denial or a pending word right after the record: "per PO 4471 (to be confirmed)" still leaves it open. */
const PENDING_AFTER =
  /^[\s,(]{0,3}(?:to be confirmed|tbc|tbd|to follow|pending|do potwierdzenia|por confirmar|à confirmer|zu bestätigen|da confermare|待定|待确认)/iu;

export function exactCountOnRecord(line: string): boolean {
  for (const m of line.matchAll(EXACT_ON_RECORD)) {
    if (DENIED.test(line.slice(Math.max(0, m.index - 40), m.index))) continue;
    const record = RECORD_NUMBER.exec(line.slice(m.index + m[0].length));
    if (!record) continue;
    if (PENDING_AFTER.test(line.slice(m.index + m[0].length + record[0].length))) continue;
    return true;
  }
  return false;
}
