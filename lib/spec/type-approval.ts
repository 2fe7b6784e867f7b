/**
 * A type-approval number: "approval no. E11 90R-02A1107/0456", "E4 90R-01 1234/567", "KBA 12345", "ABE Nr. 40123".
 * A brake lining or a lamp approved under a UN ECE regulation is tied to the one formulation the authority tested;
 * the number is marked on the part, so "low-metallic" under it is not left to the supplier's choice. The bare word
 * "approved" or "ECE R90" without the number is not enough: any maker can write it.
 */
import { anyOf, latinWords, test } from './patterns';

const TYPE_APPROVAL_NUMBER = anyOf(
  // The E-mark's own layout: E + the approving country, then the regulation number with R and its series.
  String.raw`\b[Ee]\s?\d{1,2}\s{1,2}\d{2,3}\s?R\s?-?\s?\d{2}[A-Z]?\s?\d{3,}`,
  latinWords([
    '(?:type[- ])?approval (?:no\\.?|nr\\.?|number|#)\\s{0,2}[:：]?\\s{0,2}[A-Z]{0,4}\\s?\\d[\\w/-]{3,}',
    '(?:KBA|ABE)(?: ?(?:Nr\\.?|No\\.?|Nummer))?\\s{0,2}[:：]?\\s{0,2}[A-Z]?\\d{4,}',
    "(?:n[°º]|numéro) d[’']homologation\\s{0,2}[:：]?\\s{0,2}[A-Z]{0,4}\\s?\\d[\\w/-]{3,}",
    '(?:Genehmigungs|Typgenehmigungs)(?:nummer|nr\\.?)\\s{0,2}[:：]?\\s{0,2}[A-Z]{0,4}\\s?\\d[\\w/-]{3,}',
  ]),
);

export function namesTypeApproval(text: string): boolean {
  return test(TYPE_APPROVAL_NUMBER, text);
}
