import type { NumberRun } from './extract';
import { gateOpen } from './match';
import { once, type TextContext } from './text-context';

/**
 * Phone numbers disguised so that a filter looking for digits misses them: spelt out one digit a word ("nine one
 * seven, four four two…", "cero cero ocho seis…", "nove nove oito…", "zéro six un deux…"), or with letters that look
 * like digits inside the digit groups ("+86 l38 O27l 5546": l and I for 1, O for 0). Read over normalised text
 * (lower-case, accents folded), as runs like extract.ts's, so the contact rule judges them as phone numbers.
 */

/** One digit a word, in en, es, pt, fr, it and de (folded: "três" → "tres", "zéro" → "zero", "fünf" → "funf"). */
const WORDS_BY_DIGIT = [
  'zero oh cero null',
  'one uno una um uma un une eins',
  'two dos dois duas deux due zwei',
  'three tres trois tre drei',
  'four cuatro quatro quatre quattro vier',
  'five cinco cinq cinque funf',
  'six seis meia sei sechs',
  'seven siete sete sept sette sieben',
  'eight ocho oito huit otto acht',
  'nine nueve nove neuf neun',
];
const DIGIT_WORDS: Record<string, string> = Object.fromEntries(
  WORDS_BY_DIGIT.flatMap((words, digit) => words.split(' ').map((w) => [w, String(digit)])),
);
/** "double five", "triple zero": Indian and British ways of reading a number aloud. */
const REPEAT: Record<string, number> = { double: 2, triple: 3, doble: 2, dupla: 2 };

/**
 * Two digit words in a row ("nine one", "double eight", "cero cero"): a message without such a pair is not read at
 * all ("one" or "un" alone is everywhere). Tested only where the gate index finds one of the words (gate-index.ts).
 */
const DIGIT_WORD = `(?:${[...Object.keys(DIGIT_WORDS), ...Object.keys(REPEAT)].join('|')})`;
const WORD_GATE = new RegExp(`\\b${DIGIT_WORD}[\\s,.\\-/()]{1,4}${DIGIT_WORD}\\b`);

// A token of a run: a word, or a group of digits possibly holding look-alike letters ("l38", "o27l").
const TOKEN = /\+?[a-z0-9]+/g;
/** Between two tokens of one number: spaces, commas, dots, dashes, slashes or brackets, nothing else. */
const GAP = /^[\s,.\-/()]{0,4}$/;
const LOOK_ALIKE: Record<string, string> = { o: '0', l: '1', i: '1' };
const LOOK_ALIKE_GROUP = /^\+?(?=[0-9oli]*[0-9])(?=[0-9oli]*[oli])[0-9oli]{2,}$/;

interface Piece {
  digits: string;
  /** How the digits were disguised: spelt as words, or with look-alike letters. */
  kind: 'word' | 'look' | 'plain';
}

function pieceOf(token: string, next: string | undefined): Piece | null {
  const bare = token.replace(/^\+/, '');
  if (/^\d+$/.test(bare)) return { digits: bare, kind: 'plain' };
  const word = DIGIT_WORDS[bare];
  if (word) return { digits: word, kind: 'word' };
  const times = REPEAT[bare];
  const repeated = times && next ? DIGIT_WORDS[next] : undefined;
  if (times && repeated) return { digits: repeated.repeat(times - 1), kind: 'word' };
  if (LOOK_ALIKE_GROUP.test(token))
    return { digits: [...bare].map((c) => LOOK_ALIKE[c] ?? c).join(''), kind: 'look' };
  return null;
}

function runsIn(text: string): SpeltRun[] {
  const out: SpeltRun[] = [];
  const tokens = [...text.matchAll(TOKEN)];
  let run: {
    start: number;
    end: number;
    digits: string;
    words: number;
    looks: number;
    plus: boolean;
  } | null = null;
  const close = () => {
    // Seven to fifteen digits, and disguised: two spelt words at least, or one group with look-alike letters. A count
    // ("one, two, three, four, five, six, seven" on a toy that teaches numbers) is no number to dial.
    if (
      run &&
      run.digits.length >= 7 &&
      run.digits.length <= 15 &&
      (run.words >= 2 || run.looks >= 1) &&
      !COUNTING.includes(run.digits)
    )
      out.push({ value: run.digits, start: run.start, end: run.end, plus: run.plus, spelt: run.words >= 2 });
    run = null;
  };
  for (let k = 0; k < tokens.length; k++) {
    const m = tokens[k]!;
    const piece = pieceOf(m[0], tokens[k + 1]?.[0]);
    if (!piece) {
      close();
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (run && !GAP.test(text.slice(run.end, start))) close();
    if (!run) run = { start, end, digits: '', words: 0, looks: 0, plus: m[0].startsWith('+') };
    run.digits += piece.digits;
    run.end = end;
    if (piece.kind === 'word') run.words++;
    if (piece.kind === 'look') run.looks++;
  }
  close();
  return out;
}

const LOOK_ALIKE_NEAR_DIGIT = /\d[oli]|[oli]\d/;
const COUNTING = '01234567890';

/** A disguised run; `spelt` when its digits were written as words (a phone, said in a way no code is written). */
export interface SpeltRun extends NumberRun {
  spelt: boolean;
}

/** Phone-shaped runs the digit extractor cannot see, computed once per message. */
export const speltNumbersIn = (tc: TextContext): SpeltRun[] =>
  once(tc, 'speltNumbers', () => {
    const text = tc.norm.text;
    // Most messages hold neither a digit word nor a look-alike letter beside a digit: the gates' one walk says so.
    if (!gateOpen(tc, WORD_GATE) && !gateOpen(tc, LOOK_ALIKE_NEAR_DIGIT)) return [];
    return runsIn(text);
  });
