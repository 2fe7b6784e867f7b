/**
 * "green solder mask, white silkscreen" on a circuit-board line: a board house offers its solder mask and legend
 * ink in a handful of stock colours, named by the colour word alone, and the Gerber files fix where each goes. The
 * colour word is the name of that stock finish, not a shade left open. Read only on a line that is about a board
 * (PCB, FR-4, Gerber, HASL, ENIG, copper weight): "white silkscreen" on a T-shirt print is still a colour nobody fixed.
 */
const PCB_FINISH_AFTER =
  /^[\s-]{1,2}(?:LPI\s{1,2})?(?:solder[\s-]?mask|solder[\s-]?resist|silk[\s-]?screen|silkscreen|legend|component marking)\b/iu;
const PCB_LINE =
  /\bPCBA?s?\b|\bFR-?4\b|\bGerbers?\b|\bHASL\b|\bENIG\b|\bOSP\b|\d\s{0,2}oz\s{0,2}Cu\b|\bcopper (?:weight|thickness)\b|\bsolder[\s-]?mask\b/iu;

export function pcbFinishColour(text: string, end: number, line: string): boolean {
  return PCB_FINISH_AFTER.test(text.slice(end, end + 30)) && PCB_LINE.test(line);
}
