/**
 * Marks a reader never sees: the soft hyphen a web page or a PDF puts inside long words ("Au­gust"), zero-width
 * spaces and joiners, the word joiner and a stray byte-order mark. Copied into a specification they split a word
 * for the checker alone: "ship in Au­gust" read as "Au" and "gust" hides the month. The checker reads the line as
 * the buyer sees it, and maps every offset back to the line as typed, so quotes and highlights stay true.
 */
// Every format character (\p{Cf}) that shows nothing and carries no letter, the red team's "A\u2063SAP" among them:
// invisible operators U+2061–2064, the Mongolian vowel separator U+180E, direction marks and embeddings, the
// deprecated format controls, interlinear annotation marks and tag characters. Left out: the Arabic, Syriac and
// Kaithi signs that are drawn (U+0600–0605, U+06DD, U+070F, U+08E2, U+110BD) and the Egyptian and musical controls.
const MARK = String.raw`\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\u{E0001}\u{E0020}-\u{E007F}`;
// No-break spaces (U+00A0, the narrow U+202F, the figure space U+2007) are read as the space they show: Russian and
// French typesetting put them after short words ("в\u00A0конце месяца", "Finitions\u00A0soignées") and Word and PDF
// copies keep them, where every phrase of the checker has a plain space (red team, stop 30).
const NO_BREAK_SPACE = String.raw`\u00A0\u2007\u202F`;
const INVISIBLE = new RegExp(`[${MARK}${NO_BREAK_SPACE}]`, 'gu');
const ONE_MARK = new RegExp(`^[${MARK}]$`, 'u');
const ONE_SPACE = new RegExp(`^[${NO_BREAK_SPACE}]$`, 'u');
// The direction marks (LRM U+200E, RLM U+200F, the Arabic letter mark U+061C) sit where a bidirectional editor put a
// break between runs: typed as the only thing between two words ("rouge\u200Fbleu") they part them as a space would.
// A soft hyphen or a zero-width space inside "Au\u00ADgust" is still read through: it splits one word, not two.
const DIRECTION_MARK = /^[\u200E\u200F\u061C]$/u;
const LETTER = /^\p{L}$/u;

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
  // By code point: a tag character is two UTF-16 units; every unit kept still maps to its own typed offset.
  for (let i = 0; i < typed.length; ) {
    const c = String.fromCodePoint(typed.codePointAt(i)!);
    if (!ONE_MARK.test(c)) {
      text += ONE_SPACE.test(c) ? ' ' : c;
      for (let k = 0; k < c.length; k++) typedAt.push(i + k);
    } else if (DIRECTION_MARK.test(c) && partsTwoWords(text, typed, i + c.length)) {
      text += ' ';
      typedAt.push(i);
    }
    i += c.length;
  }
  typedAt.push(typed.length);
  return { text, typedAt };
}

/** A letter already read before the mark, and a letter after it (past any further marks). */
function partsTwoWords(text: string, typed: string, after: number): boolean {
  const before = text.at(-1);
  if (before === undefined || !LETTER.test(before)) return false;
  let j = after;
  while (j < typed.length) {
    const next = String.fromCodePoint(typed.codePointAt(j)!);
    if (!ONE_MARK.test(next)) return LETTER.test(next);
    j += next.length;
  }
  return false;
}

/** A span of the visible text as a span of the typed line (the marks inside it kept, none at its ends). */
export function typedSpan(span: { start: number; end: number }, typedAt: readonly number[]) {
  const start = typedAt[span.start] ?? typedAt.at(-1)!;
  const end = span.end > span.start ? typedAt[span.end - 1]! + 1 : start;
  return { start, end };
}
