import { sentenceRange, type TextContext } from './text-context';

/**
 * The seller pays a fee itself and says so: "under DDP we pay the customs fee to our broker, so you pay nothing
 * extra", "we cover the duties through our agent", "nosotros pagamos los impuestos a nuestro agente", "nous payons
 * les droits de douane", "wir zahlen den Zoll an unseren Agenten" (stop 47). The account named is where the seller's
 * own money goes, not where the buyer is asked to pay. A sentence that also asks the buyer to pay something
 * ("we pay the duties, you pay the agent's fee to his account") is read as usual. Words over folded text.
 */
const SELLER_PAYS_FEE = new RegExp(
  [
    "\\b(?:we|i)\\s+(?:will\\s+|'ll\\s+|shall\\s+|already\\s+|also\\s+|always\\s+|then\\s+){0,2}(?:pay|cover|settle|handle|take\\s+care\\s+of|bear)\\s+(?:\\S+\\s+){0,3}?(?:customs|duty|duties|tax|taxes|vat|clearance|import\\s+fees?)\\b",
    '\\b(?:nosotros\\s+)?(?:pagamos|cubrimos|asumimos)\\s+(?:\\S+\\s+){0,3}?(?:impuestos?|aranceles?|aduana|tasas?|iva)\\b',
    '\\b(?:nos\\s+)?(?:pagamos|cobrimos|assumimos)\\s+(?:\\S+\\s+){0,3}?(?:impostos?|taxas?|alfandega|tributos?)\\b',
    '\\bnous\\s+(?:payons|reglons|prenons\\s+en\\s+charge)\\s+(?:\\S+\\s+){0,3}?(?:droits?|douane|taxes?|tva)\\b',
    '\\bwir\\s+(?:zahlen|bezahlen|ubernehmen|begleichen)\\s+(?:\\S+\\s+){0,3}?(?:zoll\\w*|steuer\\w*|einfuhr\\w*|abgaben?)\\b',
    '\\b(?:paghiamo|copriamo)\\s+(?:\\S+\\s+){0,3}?(?:dazi|dogana|tasse|iva)\\b',
  ].join('|'),
  'u',
);
/** The buyer asked to pay or send something in the same sentence ("you pay nothing" is no ask). */
const BUYER_ASKED =
  /\b(?:you|u)\s+(?:\w+\s+){0,2}?(?:pay|send|transfer|wire|remit|deposit)\b(?!\s+(?:\w+\s+)?(?:nothing|no\b|zero|anything))|\b(?:please|pls|plz|kindly|usted|voce|vous|sie)\b/u;

/** The hit at [start, end) stands in a sentence where the seller says it pays a fee itself. */
export function sellerPaysFee(tc: TextContext, start: number, end: number): boolean {
  const sentence = tc.norm.text.slice(...sentenceRange(tc, start, end));
  return SELLER_PAYS_FEE.test(sentence) && !BUYER_ASKED.test(sentence);
}
