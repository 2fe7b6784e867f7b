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
    // Stop 55, the passive: "the freight fee of USD 900 was paid by us", "pagado por nosotros", "payé par nous", "von
    // uns bezahlt", "pago por nós", "pagato da noi" — what the seller already paid, told, not asked.
    '\\b(?:was|were|has\\s+been|have\\s+been|is|are|already)\\s+(?:already\\s+|all\\s+|fully\\s+)?(?:paid|covered|settled|prepaid)\\s+(?:already\\s+|in\\s+full\\s+)?by\\s+(?:us|me|our\\s+(?:company|side|factory))\\b',
    '\\b(?:pagad[oa]s?|abonad[oa]s?|cubiert[oa]s?)\\s+(?:ya\\s+)?por\\s+nosotros\\b|\\bpag[oa]s?\\s+(?:ja\\s+)?por\\s+nos\\b',
    '\\b(?:paye|payes|payee|payees|regle|regles|reglee|reglees)\\s+(?:deja\\s+)?par\\s+nous\\b|\\bvon\\s+uns\\s+(?:bereits\\s+|schon\\s+)?(?:bezahlt|gezahlt|beglichen|ubernommen)\\b|\\bpagat[oaie]\\s+(?:gia\\s+)?da\\s+noi\\b',
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
