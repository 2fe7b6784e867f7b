/**
 * "cutting capacity Ø38 mm green wood", "drilling capacity in steel 13 mm", "max. branch 25 mm dry wood": a tool's
 * rated capacity names the material it works on, not what the tool is made of. "Green wood" there is fresh, uncured
 * wood, not a colour. Read only after a capacity word in the same stretch of the clause, so "Handle: wood" and
 * "Colour: green" are judged as before.
 */

// A bare "capacity" is also a mug's or a tank's volume ("Mug capacity 350ml ceramic"): only a capacity of cutting,
// drilling, sawing… names what a tool works on, so the goods' own material after a plain volume is still read.
const CAPACITY_BEFORE =
  /(?:\b(?:(?:cutting|cut|drilling|sawing|clamping|chipping|shredding|splitting|branch)\s{1,2}(?:capacity|diameter|dia\.?|size)|max(?:imum|\.)?\s{1,2}(?:cut|cutting|branch(?:es)?)|cuts?\s{1,2}(?:up\s{1,2}to|through|branches)|capacidad\s{1,2}de\s{1,2}corte|capacit[ée]\s{1,2}de\s{1,2}coupe|Schnittst[äa]rke|Schneidleistung|capacit[àa]\s{1,2}di\s{1,2}taglio|capacidade\s{1,2}de\s{1,2}corte|Schnittleistung|Schnittkapazit[äa]t)\b|剪切能力|切割能力|剪切直径|切割直径)[^,;:]{0,40}$/iu;
/** The wood's state before it: green (fresh), dry, dead, live, seasoned. */
const WOOD_STATE = /^\s{1,2}(?:wood|timber|lumber|branch(?:es)?|stems?|growth)\b/iu;

/** Whether the material word at `start` names what the tool's rated capacity is measured in. */
export function namesTheWorkpiece(text: string, start: number): boolean {
  return CAPACITY_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}

/** Whether the colour word at `start..end` is the state of wood a capacity is rated in ("green wood"). */
export function woodStateOfTheWorkpiece(text: string, start: number, end: number): boolean {
  return (
    /^green$/iu.test(text.slice(start, end)) &&
    WOOD_STATE.test(text.slice(end, end + 12)) &&
    namesTheWorkpiece(text, start)
  );
}
