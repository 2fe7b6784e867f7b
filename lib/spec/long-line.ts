/**
 * A whole contract pasted as one paragraph is one "line" of thousands of characters. Every detector reads
 * each clause against its whole line for context, so such a line cost time growing with its length squared
 * (40 KB: most of a minute). A line longer than this is checked sentence by sentence instead, in pieces of
 * at most this many characters: a real spec line is far shorter (the longest in the corpora is under 400),
 * and a label thirty sentences back is no context for a clause anyway.
 */
export const LONG_LINE = 2000;

/**
 * The longest run with no space and no clause mark (, ; : 。 ，；：、) read in one piece. Some readings try a
 * pattern from every character of such a run, so thousands of Chinese characters, digits, dashes or "±" with
 * nothing between them cost time growing with the run's length squared, even on a line under LONG_LINE. No
 * spec value runs this long unbroken (a sentence of Chinese has its commas), so a run is read in slices of
 * this length: the slice that follows its label still carries the label.
 */
export const LONG_RUN = 300;

/** Where each sentence ends: after . ; ! ? (and their full-width forms) followed by a space, or after 。；！？. */
const SENTENCE_END = /[.;!?](?=\s)|[。；！？]/gu;
/** A run longer than LONG_RUN with nothing a clause is cut at: one cheap test keeps ordinary lines whole. */
const LONG_UNBROKEN_RUN = new RegExp(`[^\\s,;:，；：。、]{${LONG_RUN + 1}}`, 'u');
const UNBROKEN_RUNS = new RegExp(`[^\\s,;:，；：。、]{${LONG_RUN + 1},}`, 'gu');
/** Where a sentence too long for one piece is cut: its last space before the limit. */
const LAST_SPACE = /\s(?=\S*$)/u;

/**
 * The pieces a line is read in: the whole line when it is ordinary; otherwise its sentences (longLinePieces),
 * with every unbroken run longer than LONG_RUN cut into slices of that length.
 */
export function readingPieces(line: string): { start: number; text: string }[] {
  const sentences = line.length <= LONG_LINE ? [{ start: 0, text: line }] : longLinePieces(line);
  return sentences.flatMap((piece) =>
    LONG_UNBROKEN_RUN.test(piece.text)
      ? runSlices(piece.text).map((s) => ({ start: piece.start + s.start, text: s.text }))
      : [piece],
  );
}

/** The piece cut inside each of its long unbroken runs, every LONG_RUN characters; the text around runs stays whole. */
function runSlices(text: string): { start: number; text: string }[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(UNBROKEN_RUNS))
    for (let at = m.index + LONG_RUN; at < m.index + m[0].length; at += LONG_RUN) cuts.push(at);
  const slices: { start: number; text: string }[] = [];
  let start = 0;
  for (const end of [...cuts, text.length]) {
    slices.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return slices;
}

/**
 * Consecutive pieces of the line, cut at sentence ends: each at most `max` characters. One sentence longer
 * than that is cut at its last space before `max` (or at `max` itself when it has none): a stranger's page
 * can hold tens of thousands of words with no full stop, and reading them as one piece cost time growing
 * with the square of their length.
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
    while (end - start > max) cut(start + withinLimit(line.slice(start, start + max)));
    lastEnd = end;
  }
  cut(line.length);
  return pieces;
}

/** How much of a too-long sentence's first `max` characters one piece takes: up to its last space, or all. */
function withinLimit(head: string): number {
  const space = LAST_SPACE.exec(head);
  return space && space.index > 0 ? space.index + 1 : head.length;
}
