/**
 * A whole contract pasted as one paragraph is one "line" of thousands of characters. Every detector reads
 * each clause against its whole line for context, so such a line cost time growing with its length squared
 * (40 KB: most of a minute). A line longer than this is checked sentence by sentence instead, in pieces of
 * at most this many characters: a real spec line is far shorter (the longest in the corpora is under 400),
 * and a label thirty sentences back is no context for a clause anyway.
 */
export const LONG_LINE = 2000;

/** Where each sentence ends: after . ; ! ? (and their full-width forms) followed by a space, or after 。；！？. */
const SENTENCE_END = /[.;!?](?=\s)|[。；！？]/gu;

/**
 * Consecutive pieces of the line, cut only at sentence ends: each at most `max` characters unless one
 * sentence is longer, which stays whole (its clauses need their label, and a hostile run with no sentence
 * end is already read in linear time by the detectors).
 */
export function longLinePieces(line: string, max = LONG_LINE): { start: number; text: string }[] {
  const ends: number[] = [];
  for (const m of line.matchAll(SENTENCE_END)) ends.push(m.index + m[0].length);
  ends.push(line.length);
  const pieces: { start: number; text: string }[] = [];
  let start = 0;
  let lastEnd = 0;
  const cut = (end: number) => {
    if (end > start) pieces.push({ start, text: line.slice(start, end) });
    start = end;
  };
  for (const end of ends) {
    if (end - start > max && lastEnd > start) cut(lastEnd);
    lastEnd = end;
  }
  cut(line.length);
  return pieces;
}
