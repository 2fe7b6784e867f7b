/**
 * A request to pay whose verb comes after the wallet's name, in the brand's own clause: "यह टर्मिनल PayPal सपोर्ट
 * करता है, PayPal से पेमेंट करें" (the terminal supports PayPal, pay by PayPal), "de kassa ondersteunt PayPal, u kunt
 * mij via PayPal betalen", "die Kasse akzeptiert PayPal, bitte per PayPal an mich zahlen", "端末はPayPal対応、PayPalで
 * お支払いください". Languages that put the verb last (Hindi, Dutch and German subordinate or modal clauses, Japanese,
 * Korean, Turkish) say the request after the name, where the guards that look for a request between a product and
 * the name (guards.ts, REQUEST_BETWEEN) never read. The product's description ends with the clause its verb of
 * support stands in; a later clause that asks for money is how to pay. Words over normalised text.
 */

/** Clause breaks inside a sentence (a list's comma too: a list item holds no verb of paying, so it stays a list). */
const CLAUSE_BREAK = /[,;:，；、：]/gu;

const VERB_LAST_REQUEST = new RegExp(
  [
    // Hindi: a payment noun and an imperative or polite verb ("पेमेंट करें", "भुगतान कर दीजिए", "पैसे भेज दो").
    '(?<![\\p{L}\\p{M}])(?:पेमेंट|भुगतान|पैसे|पैसा|पेमेन्ट|अमाउंट)(?![\\p{L}\\p{M}])[^,;।]{0,30}?(?<![\\p{L}\\p{M}])(?:कर\\s?(?:दीजिए|दीजिये|दें|दो|देना)|करें|कीजिए|कीजिये|करिए|करो|करना|भेज\\s?(?:दीजिए|दें|दो|देना)|भेजें|भेजिए|भेजो)(?![\\p{L}\\p{M}])',
    // Hinglish: "PayPal se payment karo", "paise bhej dijiye".
    '\\b(?:payment|pay|paisa|paise|amount|bhugtan)\\s+(?:\\w+\\s+){0,2}?(?:karo|kar\\s+do|kar\\s+dijiye|kar\\s+dijiyе|kijiye|karein|karen|kare|karna|bhejo|bhej\\s+do|bhejiye|bhej\\s+dijiye)\\b',
    // Dutch and German: the infinitive last, with someone paid or a word of asking in the clause.
    '\\b(?:mij|me|ons|u\\s+kunt|kunt\\s+u|graag|aub|alstublieft|mir|uns|sie|bitte)\\b[^,;.!?]{0,40}?\\b(?:betalen|overmaken|sturen|overboeken|zahlen|bezahlen|uberweisen|senden|schicken)\\b',
    '\\b(?:betalen|overmaken|overboeken|zahlen|bezahlen|uberweisen)\\s+(?:aan\\s+(?:mij|ons)|an\\s+(?:mich|uns)|graag|bitte)\\b',
    // Turkish: "PayPal ile ödeyin / gönderin / yatırın".
    '\\b(?:odeyin\\w*|odeyebilirsiniz|odeme\\s+yapin\\w*|gonderin\\w*|yatirin\\w*|ode)\\b',
    // Japanese and Korean: the polite request after the verb of paying.
    '(?:払|支払|振り?込|送金)\\S{0,5}?(?:ください|下さい|お願い)|(?:결제|입금|송금|이체|보내)\\S{0,3}\\s?(?:주세요|주십시오|해\\s?주|하세요|해요)',
    // Chinese: paid to the writer ("PayPal付给我", "用PayPal转给我们").
    '(?:付|转|轉|打|汇|匯)(?:款)?(?:给|給|到)(?:我|我们|我們)',
    // English, the brand as a verb: "PayPal me the sample fee".
    '~\\s+(?:me|us)\\s+(?:the\\s+|your\\s+)?(?:\\w+\\s+)?(?:fee|money|deposit|balance|payment|amount|cost|price)\\b',
  ].join('|'),
  'u',
);

/**
 * The brand at [start, end) stands in a later clause of its sentence than the words that described a product
 * (`describedUntil`, an offset in `text`), and that clause asks for money with its verb after the name.
 */
export function asksToPayAfterBrand(
  text: string,
  start: number,
  end: number,
  describedUntil: number,
): boolean {
  let clauseStart = -1;
  CLAUSE_BREAK.lastIndex = describedUntil;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < start; m = CLAUSE_BREAK.exec(text))
    clauseStart = m.index + 1;
  if (clauseStart < 0) return false;
  const rest = text.slice(end, end + 100);
  const stop = rest.search(/[,;:，；、：.!?。！？\n]/u);
  const after = stop < 0 ? rest : rest.slice(0, stop);
  return asksToPayInClause(`${text.slice(clauseStart, start)} ~ ${after}`);
}

/** The clause, the brand written "~" (text-context.ts, clauseWithout), asks for money with its verb after the name. */
export const asksToPayInClause = (clause: string) => VERB_LAST_REQUEST.test(clause);
