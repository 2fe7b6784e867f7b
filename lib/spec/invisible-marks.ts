/**
 * Marks a reader never sees: the soft hyphen a web page or a PDF puts inside long words ("Au­gust"), zero-width
 * spaces and joiners, the word joiner and a stray byte-order mark. Copied into a specification they split a word
 * for the checker alone: "ship in Au­gust" read as "Au" and "gust" hides the month. The checker reads the line as
 * the buyer sees it, and maps every offset back to the line as typed, so quotes and highlights stay true.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

export interface VisibleText {
  text: string;
  /** For each character of `text`, and one past its end, the offset of the same place in the typed line. */
  typedAt: number[];
}

export function hasInvisibleMarks(typed: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(typed);
}

export function visibleText(typed: string): VisibleText {
  let text = '';
  const typedAt: number[] = [];
  for (let i = 0; i < typed.length; i++) {
    const c = typed[i]!;
    if (/[\u00AD\u200B-\u200D\u2060\uFEFF]/u.test(c)) continue;
    text += c;
    typedAt.push(i);
  }
  typedAt.push(typed.length);
  return { text, typedAt };
}

/** A span of the visible text as a span of the typed line (the marks inside it kept, none at its ends). */
export function typedSpan(span: { start: number; end: number }, typedAt: readonly number[]) {
  const start = typedAt[span.start] ?? typedAt.at(-1)!;
  const end = span.end > span.start ? typedAt[span.end - 1]! + 1 : start;
  return { start, end };
}
