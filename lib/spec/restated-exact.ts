/**
 * "approximately 2,400 pcs in one 20'GP; the exact quantity is the PO quantity of 2,400 pcs": a rounded count that
 * the same line then states as exact. The exact statement binds, and it is the same figure, so the "about" only
 * describes how the container fills. Only the same number after an exactness word answers it: "about 2,400 pcs,
 * exact quantity to follow" still leaves the count open, and so does an exactness denied ("cannot promise exactly").
 */
import { regex } from './patterns';

const EXACT = regex(
  String.raw`\b(?:exact(?:ly)?|precise(?:ly)?|binding|exactement|exacte|exactamente|exacta|exatamente|exata|esattamente|esatta|genau|exakt|verbindlich)\b|точно|точное|准确|确切|精确|实际订单`,
  'giu',
);
/**
 * The exactness denied in the words just before it: "we cannot promise exactly 1,000", "no garantizamos exactamente",
 * "nicht genau", "不能保证准确". The same figure after it is then what the count may miss, not what binds.
 */
const DENIED = regex(
  String.raw`(?:(?<!\p{L})(?:not|no|never|cannot|can['’]?t|won['’]?t|don['’]?t|unable to|pas|nicht|kein(?:e|en)?|não|non|nem|не)(?!\p{L})|不|无法|没法|未能)[^,;:!?，；。]{0,24}$`,
  'iu',
);

/** A count's digits with its group separators dropped: "2,400", "2.400" and "2 400" are one number. */
const DIGITS = /\d[\d., \u00a0\u202f]*\d|\d/u;

function digitsOf(text: string): string | undefined {
  const m = DIGITS.exec(text);
  return m ? m[0].replace(/[., \u00a0\u202f]/gu, '') : undefined;
}

/** Whether `line` states the count in `estimate` again after an exactness word, within a short reach. */
export function restatedExactly(line: string, estimate: string): boolean {
  const wanted = digitsOf(estimate);
  if (!wanted) return false;
  for (const m of line.matchAll(EXACT)) {
    if (DENIED.test(line.slice(Math.max(0, m.index - 40), m.index))) continue;
    const reach = line.slice(m.index + m[0].length, m.index + m[0].length + 60);
    for (const n of reach.matchAll(/\d[\d., \u00a0\u202f]*\d|\d/gu))
      if (n[0].replace(/[., \u00a0\u202f]/gu, '') === wanted) return true;
  }
  return false;
}
