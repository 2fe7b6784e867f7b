/**
 * A part of the packing offered as an option: "pallet optional", "inner box optional", "palé opcional", "Palette
 * optional", "托盘可选". Whether the goods ride on a pallet or sit in an inner box is then the supplier's call at
 * loading time, and transit damage cannot be held to a packing the order never fixed.
 */
import { anyOf, cjk, latinWords } from './patterns';

/** The parts of a packing that are there or not: a pallet, an inner box or bag, a crate, the cushioning. */
const PART = `(?:pallets?|palleti[sz](?:ed|ing|ation)|inner (?:box(?:es)?|cartons?|bags?)|poly ?bags?|PE bags?|(?:wooden )?crates?|desiccants?|corner (?:protectors?|boards?)|shrink[- ]?wrap(?:ping)?|stretch film)`;

export const OPTIONAL_PART = anyOf(
  latinWords([
    `${PART} (?:is |are )?(?:optional|as an option|on option)`,
    `optional ${PART}`,
    '(?:pal[ée]s?|palets?|paletizado|paletas?|caja interior) (?:es )?opcional(?:es)?',
    '(?:palettes?|palettisation|boîte intérieure) (?:en option|optionnelles?|facultatives?)',
    '(?:Paletten?|Palettierung|Innenkarton) (?:ist )?(?:optional|wahlweise)',
    '(?:paletes?|paletização|caixa interna) (?:é )?opciona(?:l|is)',
    '(?:pallet|bancale|pallettizzazione|scatola interna) (?:è )?(?:opzionale|facoltativ[oa])',
    '(?:pallets?|binnendoos) (?:is )?optioneel',
  ]),
  cjk(['托盘可选', '可选托盘', '(?:内盒|托盘)(?:为)?可选(?:项)?', '(?:托盘|打托)(?:可有可无|看情况)']),
);
