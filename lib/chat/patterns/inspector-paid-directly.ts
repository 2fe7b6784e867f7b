/**
 * An independent inspection or testing company as the one paid "directly", for its own fee: "the inspection fee can
 * be paid by you to SGS directly", "pay Intertek directly", "se paga directamente a Bureau Veritas", "vous payez
 * directement la SGS". The money goes to the inspector for the inspection (as a buyer who books it pays), not to
 * the seller around the order; like the buyer's own forwarder (TO_BUYERS_PROVIDER in compose.ts), the payee is named
 * beside "directly" in its clause. An inspector written as the seller's ("our inspector", "our QC") is not one.
 */
const INSPECTOR =
  "(?<!\\b(?:our|my|nuestr[oa]|notre|unser\\w*|nostro)\\s+)(?:sgs|bureau\\s+veritas|intertek|tuv|qima|v-?trust|asia\\s?inspection|(?:the\\s+|la\\s+|el\\s+|l')?(?:third[-\\s]party\\s+)?(?:inspection|testing|inspectie)\\s+(?:company|agency|firm)|(?:la\\s+|el\\s+|l')?(?:societe|empresa|agencia|societa)\\s+(?:d'|de\\s+)?(?:inspection|inspeccion|ispezione|inspecao))";
const DIRECT = '(?:direct(?:ly)?|directamente|directement|direttamente|diretamente|direkt)';
const TO = "(?:to|a|an|al|alla|all'|ao|à|a\\s+la)";

export const INSPECTOR_PAID_DIRECTLY = new RegExp(
  [
    `\\b(?:${TO}\\s+)?${INSPECTOR}\\s+${DIRECT}\\b`,
    `\\b${DIRECT}\\s+(?:${TO}\\s+)?${INSPECTOR}\\b`,
    `\\bpay\\w*\\s+${INSPECTOR}\\s+${DIRECT}\\b`,
  ].join('|'),
  'u',
);
