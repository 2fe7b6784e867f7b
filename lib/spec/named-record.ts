/**
 * A record both sides can produce again, named by its number: an earlier order ("commande n° 45821", "PO 45821",
 * "заказ № 4512", "注文番号 88123", "订单号 88123") or a published standard ("ГОСТ 31410-2010", "GB/T 1234", "EN 71-3").
 * "Same as last time" alone points at goods nobody kept; "same as last time (order no. 45821)" points at an order
 * whose papers and retained goods both sides hold, as "to match PPS-0412" points at a numbered sample.
 */

import { anyOf, cjk, latinWords, scriptWords, test } from './patterns';

/**
 * The order's number after a word that says it is one ("no.", "n°", "#", "№", "номер", a colon): "we will order
 * 5000 more" is a quantity, "order no. 5000" a record. At least three digits, a letter prefix allowed.
 */
const MARKED_NUMBER = String.raw`\s{0,3}(?:n[°º]\.?|n\.\s?º|no\.?|nr\.?|núm\.?|#|№|number|numéro|número|numero|Nummer|номер|N)\s{0,3}[:：]?\s{0,3}[A-Z]{0,4}[-_]?\d{3,}|\s{0,2}[:：]\s{0,3}[A-Z]{0,4}[-_]?\d{3,}`;
/** "PO 45821", "PO-45821": the purchase order's own abbreviation says the number is one. */
const PO_NUMBER = String.raw`P\.?O\.?\s{0,3}(?:no\.?|#|number)?\s{0,3}[:：]?\s{0,3}[A-Z]{0,4}[-_]?\d{3,}`;

const NAMED_ORDER = anyOf(
  latinWords([
    `(?:order|purchase order|commande|bon de commande|pedido|orden(?: de compra)?|Bestellung|Auftrag|ordine|encomenda|zamówieni[ea]|sipariş|invoice|facture|factura|Rechnung|fattura|contract|contrat|contrato|Vertrag|contratto)(?:${MARKED_NUMBER})`,
    PO_NUMBER,
  ]),
  scriptWords([`(?:заказ[а-я]{0,3}|договор[а-я]{0,3}|сч[её]т[а-я]{0,3})(?:${MARKED_NUMBER})`]),
  // The Japanese and Chinese words already say "order number": "注文番号 88123", "订单号：88123".
  cjk([
    '(?:注文番号|発注番号|注文No\\.?|订单号|订单编号|合同号|合同编号|单号)\\s{0,3}[:：#]?\\s{0,3}[A-Z]{0,4}[-_]?\\d{3,}',
  ]),
);

/** A published standard by its number: the Latin codes and the Cyrillic ones (ГОСТ, ТУ). */
const NAMED_STANDARD = anyOf(
  latinWords([
    '(?:EN|ISO|IEC|ASTM|GB(?:/T)?|UL|ANSI|DIN|JIS|BS|AS(?:/NZS)?|NF|UNE|QB(?:/T)?|GOST|FZ/T|SN)(?: ?(?:EN|ISO|IEC))?[ -]?[A-Z]?\\d{2,}(?:[-.:/]\\d+)*',
  ]),
  scriptWords(['(?:ГОСТ(?: Р)?|ТУ|СТБ|ДСТУ)\\s{0,2}(?:ИСО\\s{0,2})?\\d{2,}(?:[-.:/]\\d+)*']),
);

export const NAMED_RECORD = anyOf(NAMED_ORDER, NAMED_STANDARD);

export function namesARecord(text: string): boolean {
  return test(NAMED_RECORD, text);
}
