/**
 * "green solder mask, white silkscreen" on a circuit-board line: a board house offers its solder mask and legend
 * ink in a handful of stock colours, named by the colour word alone, and the Gerber files fix where each goes. The
 * colour word is the name of that stock finish, not a shade left open. Read only:
 * - for a plain stock colour (green, black, white, blue, red, yellow, purple; matte or glossy) right before "solder
 *   mask", "silkscreen" or "legend": "light blue solder mask" or "random colour solder mask" is a shade nobody fixed;
 * - on a line that is about a board (PCB, FR-4, Gerber, HASL, ENIG, copper weight): "white silkscreen" on a T-shirt
 *   print is still a colour nobody fixed.
 */
const PCB_FINISH_AFTER =
  /^[\s-]{1,2}(?:LPI\s{1,2})?(?:solder[\s-]?mask|solder[\s-]?resist|silk[\s-]?screen|silkscreen|legend|component marking)\b/iu;
const PCB_LINE =
  /\bPCBA?s?\b|\bFR-?4\b|\bGerbers?\b|\bHASL\b|\bENIG\b|\bOSP\b|\d\s{0,2}oz\s{0,2}Cu\b|\bcopper (?:weight|thickness)\b|\bsolder[\s-]?mask\b/iu;
const STOCK_COLOUR = /^(?:(?:matte?|glossy|gloss)[\s-]{1,2})?(?:green|black|white|blue|red|yellow|purple)$/iu;
/** The word right before the colour, when one is there: only a joining word or the finish's gloss may stand. */
const WORD_BEFORE = /(\p{L}+)[\s-]{1,2}$/u;
const MAY_STAND_BEFORE = /^(?:and|with|in|on|of|LPI|matte?|glossy|gloss)$/iu;

/**
 * `onBoard` answers whether the line is about a board; the caller asks it once per line, not once per colour word
 * (a line of 3,000 "white silkscreen" took seconds re-reading itself).
 */
export function pcbFinishColour(
  text: string,
  hit: { start: number; end: number; text: string },
  onBoard: () => boolean,
): boolean {
  if (!STOCK_COLOUR.test(hit.text.trim())) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, hit.start - 24), hit.start));
  if (before && !MAY_STAND_BEFORE.test(before[1] ?? '')) return false;
  return PCB_FINISH_AFTER.test(text.slice(hit.end, hit.end + 30)) && onBoard();
}

let lastLine: string | undefined;
let lastAnswer = false;
/** Whether the line is about a circuit board; read once per line, however many clauses it is split into. */
export function aboutABoard(line: string): boolean {
  if (line !== lastLine) {
    lastLine = line;
    lastAnswer = PCB_LINE.test(line);
  }
  return lastAnswer;
}
