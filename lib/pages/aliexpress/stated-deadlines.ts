import { cleanText } from '../alibaba/order-text';

/**
 * AliExpress order pages state the windows for that order in their own words
 * ("you can apply for a return/refund within 7 days of confirming receipt",
 * "Refund if no delivery before Sep 4, 2026", "Send it back within 15 days
 * after delivery"; real 2026 order data). They beat policy defaults, so we
 * keep each such sentence verbatim for lib/deadlines to interpret.
 */
const DEADLINE =
  /\b(within|before|by|until|after|no later than|dans les|avant le|sous|dentro de|antes del?|hasta el|innerhalb von|bis zum|vor dem|em at[ée]|antes de|at[ée])\b[^.]{0,60}?(\d{1,3}\s*(days?|jours?|d[ií]as?|tagen?|dias?|hours?|heures?|horas?|stunden)|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2}\.? [A-Za-zéû]{3,9}\.? \d{4}|\d{4}-\d{2}-\d{2})/i;

/** Sentences that state a deadline, split on ".", "·" and "|" (the page joins them without spaces). */
export function statedDeadlinesIn(texts: readonly (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const piece of (text ?? '').split(/(?<=[.!?])(?!\d)|\s[·|]\s/)) {
      const sentence = cleanText(piece).replace(/^[·|\s]+/, '');
      if (
        sentence.length >= 12 &&
        sentence.length <= 300 &&
        DEADLINE.test(sentence) &&
        !out.includes(sentence)
      ) {
        out.push(sentence);
      }
    }
  }
  // "Fast delivery Refund if no delivery before…" (a block with its title) repeats a sentence already kept.
  return out.filter((s) => !out.some((t) => t !== s && s.includes(t)));
}
