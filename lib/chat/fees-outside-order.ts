/**
 * Costs said to lie outside the order: "the charges of your bank fall outside the order", "de bankkosten van uw bank
 * vallen buiten de order", "die Bankgebühren Ihrer Bank liegen außerhalb der Bestellung", "las comisiones de su banco
 * quedan fuera del pedido", "les frais bancaires restent hors commande". A seller explains that the order's amount
 * must arrive in full (choose "OUR" charges): the words "outside the order" describe the fees, not a way to pay
 * around the platform. Only the sentence whose subject is a fee, linked to "outside" by a verb of being (fall, are,
 * stay), is set aside; any other request in the message ("…, pay them to my account") is matched on its own.
 * Words over normalised text (lower-case, accents folded: "außerhalb" → "ausserhalb").
 */
const FEE = [
  '(?:bank\\s+|transfer\\s+|wire\\s+|transaction\\s+|intermediary\\s+|handling\\s+)?(?:charges?|fees?|costs?|commissions?)',
  '(?:bank|transactie|overboekings|transfer)?(?:kosten|toeslag\\w*)',
  '(?:bank)?(?:gebuhr\\w*|spesen|kosten)',
  '(?:gastos|comisiones|cargos|costos|costes|taxas|tarifas|custos|encargos|frais|commissions|spese|commissioni|oplaty|prowizj\\w*)',
].join('|');
const BEING =
  'fall|falls|are|is|stay|stays|remain|remains|sit|sits|lie|lies|come|vallen|valt|zijn|is|blijven|liggen|fallen|sind|bleiben|liegen|quedan|estan|son|van|ficam|estao|sao|sont|restent|tombent|sono|restano|sa|pozostaja'; // en, nl, de, es, pt, fr, it, pl
const OUTSIDE =
  'outside|out\\s+of|buiten|ausserhalb|fuera|fora|hors|en\\s+dehors|al\\s+di\\s+fuori|fuori|poza';

/**
 * A word of paying anywhere in the sentence: "fees are outside the order so pay outside Alibaba", "shipping costs are
 * outside the order, transfer them separately" still ask ("transfer fees" and "wire charges" are fees, not a payment).
 */
const PAID_IN_SENTENCE =
  '^(?![\\s\\S]*\\b(?:pay|paid|paying|payable|send|sent|transfer|wire|remit|deposit|betaal\\w*|betal\\w*|overma\\w*|zahl\\w*|bezahl\\w*|uberweis\\w*|pag\\w*|pai\\w*|regl\\w*|virement|transfer\\w*|przel\\w*|oplac\\w*|wplac\\w*)\\b(?!\\s+(?:fees?|charges?|costs?|kosten|gebuhr\\w*|frais|comision\\w*|taxas?)))';

/** Tested on the match's sentence (`unlessIn: 'sentence'`). */
export const FEES_OUTSIDE_ORDER = new RegExp(
  `${PAID_IN_SENTENCE}[\\s\\S]*?\\b(?:${FEE})\\b(?:\\s+\\S+){0,5}?\\s+(?:${BEING})\\s+(?:\\S+\\s+)?(?:${OUTSIDE})\\b`,
  'u',
);
