/**
 * Facts about a whole line that the clause checks ask for again and again
 * (is a design file named, is there a quantity breakdown, which materials carry
 * a grade). Computed once per line: asked per clause or per word, they made
 * lines with many clauses or many words take quadratic time.
 */
import { type Breakdown, breakdownIn } from './breakdown';
import { splitClauses } from './clauses';
import { LINE_GRADE } from './grades';
import { test } from './patterns';
import { DESIGN_FILE } from './reference-lexicon';

export interface LineFacts {
  readonly designFile: boolean;
  readonly breakdown: Breakdown | null;
  /** Whether a clause carrying a grade also names this material ("Black ABS housing … material ABS (Chimei PA-757)"). */
  gradedElsewhere(noun: string): boolean;
}

/** Each fact is worked out the first time a check asks for it: most lines need none of them. */
function compute(line: string): LineFacts {
  let designFile: boolean | undefined;
  let breakdown: Breakdown | null | undefined;
  let graded: string[] | undefined;
  const answers = new Map<string, boolean>();
  return {
    get designFile() {
      designFile ??= test(DESIGN_FILE, line);
      return designFile;
    },
    get breakdown() {
      if (breakdown === undefined) breakdown = breakdownIn(line);
      return breakdown;
    },
    gradedElsewhere(noun) {
      const key = noun.toLowerCase();
      let answer = answers.get(key);
      if (answer === undefined) {
        graded ??= splitClauses(line)
          .filter((c) => test(LINE_GRADE, c.text))
          .map((c) => c.text.toLowerCase());
        answer = graded.some((text) => text.includes(key));
        answers.set(key, answer);
      }
      return answer;
    },
  };
}

let last: { line: string; facts: LineFacts } | undefined;

export function lineFacts(line: string): LineFacts {
  if (last?.line !== line) last = { line, facts: compute(line) };
  return last.facts;
}
