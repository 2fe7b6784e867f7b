/**
 * A record both sides can produce again, named by its number: an earlier order ("commande n° 45821", "PO 45821",
 * "заказ № 4512", "注文番号 88123", "订单号 88123") or a published standard ("ГОСТ 31410-2010", "GB/T 1234", "EN 71-3").
 * "Same as last time" alone points at goods nobody kept; "same as last time (order no. 45821)" points at an order
 * whose papers and retained goods both sides hold, as "to match PPS-0412" points at a numbered sample.
 *
 * The two excuse different things. A standard pins a measurable requirement, so it answers praise ("top quality,
 * ГОСТ 5364-2016") as well as a reference. An order number only says WHICH earlier order "as last time" means; it
 * says nothing about a grade, so "best quality, order no. 45821" is still praise (see `namedEarlierOrders` in
 * whole-item-reference.ts, which ties the number to the reference it names).
 */

import { anyOf, COUNT_UNIT, cjk, findAll, latinWords, regex, scriptWords, test } from './patterns';

/**
 * A number that is not a count: "Order: 500 pcs", "order no. 300 sets" are quantities, whatever word leads them.
 * The CJK counters are written straight after the digits.
 */
const NOT_A_COUNT = String.raw`(?![\d.,]*\s{0,2}(?:${COUNT_UNIT}|шт|штук|件|个|套|箱|双|只|pz|pzs|Stück|Stk|pièces|ctns?|cartons?))`;
const DIGITS = String.raw`[A-Z]{0,4}[-_]?\d{3,}${NOT_A_COUNT}`;

/**
 * The order's number after a word that says it is one ("no.", "n°", "#", "№", "номер"): "we will order 5000 more"
 * is a quantity, "order no. 5000" a record. A bare colon ("Order: 5000") is how an order form writes its quantity,
 * so it does not count. At least three digits, a letter prefix allowed.
 */
const MARKED_NUMBER = String.raw`\s{0,3}(?:n[°º]\.?|n\.\s?º|no\.?|nr\.?|núm\.?|#|№|number|numéro|número|numero|Nummer|номер|N)\s{0,3}[:：]?\s{0,3}${DIGITS}`;
/** "PO 45821", "PO-45821": the purchase order's own abbreviation says the number is one. */
const PO_NUMBER = String.raw`P\.?O\.?\s{0,3}(?:no\.?|#|number)?\s{0,3}[:：]?\s{0,3}${DIGITS}`;

/** An order, invoice or contract named by its number. */
export const NAMED_ORDER = anyOf(
  latinWords([
    `(?:order|purchase order|commande|bon de commande|pedido|orden(?: de compra)?|Bestellung|Auftrag|ordine|encomenda|zamówieni[ea]|sipariş|invoice|facture|factura|Rechnung|fattura|contract|contrat|contrato|Vertrag|contratto)(?:${MARKED_NUMBER})`,
    PO_NUMBER,
    // "same as last order 45821": after "last / previous / earlier order" a number of five or more digits with no
    // unit after it is the order's number (a quantity there would read "last order of 500 pcs").
    `(?:last|previous|earlier|prior|our|the)\\s+(?:order|PO|invoice)\\s{1,3}[A-Z]{0,4}[-_]?\\d{5,}${NOT_A_COUNT}`,
  ]),
  scriptWords([`(?:заказ[а-я]{0,3}|договор[а-я]{0,3}|сч[её]т[а-я]{0,3})(?:${MARKED_NUMBER})`]),
  // The Japanese and Chinese words already say "order number": "注文番号 88123", "订单号：88123".
  cjk([
    `(?:注文番号|発注番号|注文No\\.?|订单号|订单编号|合同号|合同编号|单号)\\s{0,3}[:：#]?\\s{0,3}${DIGITS}`,
  ]),
);

/** A published standard by its number: the Latin codes and the Cyrillic ones (ГОСТ, ТУ). */
const NAMED_STANDARD = anyOf(
  latinWords([
    '(?:EN|ISO|IEC|ASTM|GB(?:/T)?|UL|ANSI|DIN|JIS|BS|AS(?:/NZS)?|NF|UNE|QB(?:/T)?|GOST|FZ/T|SN|SNI|TCVN|NEN|PN|KS)(?:[ /]?(?:EN|ISO|IEC))?[ -]?[A-Z]?\\d{2,}(?:[-.:/]\\d+)*',
  ]),
  scriptWords(['(?:ГОСТ(?: Р)?|ТУ|СТБ|ДСТУ)\\s{0,2}(?:ИСО\\s{0,2})?\\d{2,}(?:[-.:/]\\d+)*']),
  // A Chinese enterprise standard filed under its code: "Q/ABC 001-2020".
  String.raw`(?<![A-Za-z])Q/[A-Z]{1,10}\s{0,2}[A-Z]?\d{2,}(?:[-.:/]\d+)*`,
);

export function namesAStandard(text: string): boolean {
  return test(NAMED_STANDARD, text);
}

/** Where the published standards stand on `text`: "ISO 4759-1", "GB/T 3103.1-2002" are a code, not a range of pieces. */
// Case kept: the codes are written in capitals, and "en 2000-3000 unidades" or "as 500-800" are words, not codes.
export function namedStandardSpans(text: string): { start: number; end: number }[] {
  return findAll(NAMED_STANDARD, text, 'gu').filter((m) => !quantityInCapitals(m, text));
}

/**
 * "QTY AS 3000-5000 PCS", "MOQ IS 500-1000 SETS": in a line written in capitals "AS", "EN" and "IS" are the words
 * "as", "in" and "is", and a range with a quantity word or a count unit beside it is a quantity, not a standard.
 */
const WORD_LIKE_CODE = /^(?:AS|EN|IS)[ -]?\d+[-–]\d+$/u;
const COUNT_AFTER = regex(`^\\s{0,2}(?:${COUNT_UNIT}|CTNS?|CARTONS?|UDS|PZS?|STÜCK|STK)`, 'iu');
const QUANTITY_BEFORE =
  /(?:QTY|QUANTITY|MOQ|ORDER|CANTIDAD|QUANTITÉ|MENGE|QUANTIDADE)\.?\s{0,2}[:：]?\s{0,2}$/iu;

function quantityInCapitals(m: { start: number; end: number; text: string }, text: string): boolean {
  if (text !== text.toUpperCase() || !WORD_LIKE_CODE.test(m.text)) return false;
  return COUNT_AFTER.test(text.slice(m.end)) || QUANTITY_BEFORE.test(text.slice(0, m.start));
}
