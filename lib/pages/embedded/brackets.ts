/**
 * Bracket matching over script text, linear in the text however many anchors
 * point into it. Reading `{` … `}` from one anchor used to rescan to the end
 * of the script for every unclosed anchor (3,000 × `,globalData:{` took half
 * a second, 7,000 nearly three). Here one scan records the closing position of
 * every bracket it passes, so a later anchor inside the same stretch is
 * answered from that record. The record is exact: a bracket the scan saw
 * outside strings and comments starts a fresh scan in the same state.
 * What the record cannot answer (an anchor the earlier scan saw inside a
 * string) is scanned again, within a budget proportional to the text: a page
 * built to defeat the record gets "not found", never a frozen tab.
 */

/** Closing position per opening bracket seen (-1: never closed); scanned characters so far. */
export interface BracketMemo {
  closeAt: Map<number, number>;
  scanned: number;
  budget: number;
}

/** Room for ordinary pages to be read from several anchors; adversarial rescans stop here. */
const BUDGET_PER_CHAR = 6;
const BUDGET_FLOOR = 200_000;

export function newBracketMemo(text: string): BracketMemo {
  return { closeAt: new Map(), scanned: 0, budget: BUDGET_PER_CHAR * text.length + BUDGET_FLOOR };
}

const STRUCTURAL = /["'{}[\]/]/g;

/**
 * Index of the bracket closing the one at `start`, respecting strings,
 * escapes and comments; -1 if unbalanced (or, with a memo, if the budget for
 * this text is spent).
 */
export function matchingClose(text: string, start: number, memo?: BracketMemo): number {
  const known = memo?.closeAt.get(start);
  if (known !== undefined) return known;
  if (memo && memo.scanned > memo.budget) return -1;
  const stack: number[] = [];
  const settle = (close: number, end: number) => {
    if (memo) {
      memo.scanned += end - start;
      for (const open of stack) memo.closeAt.set(open, -1);
    }
    return close;
  };
  STRUCTURAL.lastIndex = start;
  for (let m = STRUCTURAL.exec(text); m; m = STRUCTURAL.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) stack.push(i);
    else if (c === 125 || c === 93) {
      const open = stack.pop();
      if (open === undefined) return settle(-1, i); // a closer before any opener: not a value
      memo?.closeAt.set(open, i);
      if (stack.length === 0) return settle(i, i);
    } else if (c === 34 || c === 39) {
      const close = closingQuote(text, i);
      if (close < 0) return settle(-1, text.length);
      STRUCTURAL.lastIndex = close + 1;
    } else {
      const next = text.charCodeAt(i + 1); // "/": only comments matter in data literals
      if (next === 47) STRUCTURAL.lastIndex = nextLineEnd(text, i);
      else if (next === 42) {
        const close = text.indexOf('*/', i + 2);
        if (close < 0) return settle(-1, text.length);
        STRUCTURAL.lastIndex = close + 2;
      }
    }
  }
  return settle(-1, text.length);
}

/** Index of the quote ending the string opened at `open`, skipping escaped quotes. */
export function closingQuote(text: string, open: number): number {
  const quote = text[open] as string;
  let from = open + 1;
  for (;;) {
    const at = text.indexOf(quote, from);
    if (at < 0) return -1;
    let slashes = 0;
    for (let k = at - 1; text.charCodeAt(k) === 92; k--) slashes++;
    if (slashes % 2 === 0) return at;
    from = at + 1;
  }
}

export function nextLineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}
