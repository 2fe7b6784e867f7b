/**
 * "test reports dated within 12 months of shipment", "certificat émis dans les 6 mois avant l'expédition": a window
 * counted back from the shipment that bounds the age of another record (a report, a certificate, a calibration).
 * The shipment is the fixed point here, not what is timed, so the window asks nothing of the shipping date.
 */

/** The record's date verb right before the window: "dated", "issued", "émis", "ausgestellt", "emitido". */
const RECORD_DATED =
  /(?:dated|issued|performed|conducted|carried out|tested|calibrated|not older than|no older than|dat[ée]e?s?|émise?s?|réalisée?s?|fechad[oa]s?|emitid[oa]s?|realizad[oa]s?|datad[oa]s?|ausgestellt|datiert|durchgeführt|emess[oi]|datat[oi]|wystawion[ey]|przeprowadzon[ey])\s{1,3}(?:no more than\s{1,3}|not earlier than\s{1,3})?$/iu;
/** The shipment the window is counted back from: "of shipment", "before delivery", "avant l'expédition". */
const BEFORE_SHIPMENT =
  /^\s{0,3}(?:of|before|prior to|preceding|avant|précédant|antes de|vor|der|prima d(?:i|ella|el)|przed)\s{1,3}(?:the\s|l[’']|la\s|el\s|der\s|dem\s|a\s)?(?:shipment|shipping|delivery|loading|dispatch|exp[ée]dition|livraison|env[ií]o|embarque|entrega|Versand|Lieferung|Verschiffung|spedizione|consegna|wysyłk[ią])/iu;

/** True when the hit `start`..`end` of `text` bounds a record's age against the shipment. */
export function boundsARecordsAge(text: string, start: number, end: number): boolean {
  return (
    RECORD_DATED.test(text.slice(Math.max(0, start - 40), start)) &&
    BEFORE_SHIPMENT.test(text.slice(end, end + 40))
  );
}
