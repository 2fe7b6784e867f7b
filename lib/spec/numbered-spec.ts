/**
 * "come da specifica IMB-05 allegata all'ordine", "según especificación EMB-22", "per Specification PK-12", "dle
 * specifikace BAL-05", "dle výkresu č. V-12": the packing written into a numbered specification or drawing (the
 * clause is already about packing, so "specification" needs no "packing" before it). The number must have a
 * document's shape: a code of letters, a hyphen or number sign and at least two digits ("PK-12", "BAL-05"), or a
 * number after an explicit "no.", "Nr.", "č.", "n°". A standard ("ISO 9001", "ISO-9001"), a version ("V2") or the
 * product's own code ("SKU 12") names no packing document.
 */

// The packing noun may follow the word, as in "dle specifikace balení SB-12", "specification of packing PK-04".
const DOCUMENT_WORD =
  /(?<!\p{L})(?:specifica|specifiche|especificaci[óo]n|especificação|spécification|spezifikation|specification|spec\.?|[sš]pecifik[aá]c(?:e|i|í|ie|ia|iu)|specifikací|výkres[ue]?|спецификаци\p{L}{0,2}(?: (?:упаковки|тары))?|специфікаці\p{L}{0,2}(?: (?:пакування|упаковки))?|specyfikacj\p{L}{0,2}(?: (?:o?pakowania))?)(?: (?:(?:of|de|del|do|da|für|d'|dell[ao']) ?)?(?:packing|packaging|embalaje|embalagem|emballage|imballaggio|Verpackung|balení|balenia|obalu|obalů|obalov))?(?!\p{L})/giu;
/** "no. 12", "č. V-12", "Nr. 4711", "#PK-3": an explicit number sign, then the number. */
const SIGNED_NUMBER = /^\s{0,2}(?:n[.°º]|no\.?|nr\.?|č\.|#|№|réf\.|ref\.)\s{0,2}([A-Z]{0,8})[-_]?\d{1,6}/iu;
/** "PK-12", "BAL-05", "IMB_05": letters, a hyphen or number sign, two digits or more. */
// Cyrillic codes too: "спецификация упаковки УП-17".
const CODE = /^\s{0,2}([A-ZА-ЯЁІЇЄ]{1,8})[-_#]\d{2,6}/u;
const NOT_A_FIGURE = /^(?![\d.,]?\d|\s{0,2}(?:mm|cm|m\b|g\b|kg|pcs|%))/u;
/** Standards bodies, and codes of the product rather than a document. */
const NOT_A_DOCUMENT =
  /^(?:ISO|IEC|EN|DIN|ASTM|ANSI|GB|JIS|BS|UL|SAE|ČSN|CSN|NF|UNE|ASME|IPC|ISTA|TAPPI|FEFCO|GOST|ГОСТ|ДСТУ|MIL|AS|IS|SKU|EAN|UPC|HS|PO|VER|REV)$/iu;

export function namesNumberedSpec(text: string): boolean {
  for (const word of text.matchAll(DOCUMENT_WORD)) {
    const after = text.slice(word.index + word[0].length, word.index + word[0].length + 40);
    const m = SIGNED_NUMBER.exec(after) ?? CODE.exec(after);
    if (!m || NOT_A_DOCUMENT.test(m[1] ?? '')) continue;
    if (NOT_A_FIGURE.test(after.slice(m[0].length))) return true;
  }
  return false;
}
