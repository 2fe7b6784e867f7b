/**
 * Colour words and colour codes. A code is anything a lab can compare goods
 * against: numbered systems (Pantone, RAL, NCS, HEX, RGB, CMYK, Lab) and the
 * codes that are names rather than numbers (Pantone's base inks such as
 * "Reflex Blue C", RAL's official names such as "Jet Black").
 */
import { anyOf, findAll, latinWords, type Match, test } from './patterns';
import { RAL_NAMES } from './ral-names';

/**
 * Pantone inks named, not numbered: the base inks of the Pantone Matching
 * System and the greys/blacks numbered inside a name (Pantone's own answer,
 * quoted at photolens.tech/why-do-some-pantone-colours-have-actual-names/;
 * base inks listed at printingtips.com "PMS guide"). "Pantone red" is not one.
 */
const PANTONE_NAMED = [
  'reflex blue',
  'process (?:blue|cyan|magenta|yellow|black)',
  'warm red',
  'rubine red',
  'rhodamine red',
  'red 032',
  'orange 021',
  'yellow(?: 012)?',
  'blue 072',
  'purple',
  'violet',
  'green',
  'black(?: [2-7])?',
  'pink',
  'medium (?:purple|yellow|blue)',
  'dark blue',
  'bright (?:red|orange|green)',
  'strong red',
  'neutral black',
  '(?:cool|warm) gr[ae]y (?:1[01]|[1-9])',
  'opaque white',
  'transparent white',
];
/** Names so particular to Pantone that no "Pantone" is needed in front, when a C/U suffix follows. */
const PANTONE_NAMED_BARE = [
  'reflex blue',
  'rubine red',
  'rhodamine red',
  'warm red',
  'process (?:blue|cyan|magenta|yellow|black)',
  'black [2-7]',
  '(?:cool|warm) gr[ae]y (?:1[01]|[1-9])',
];

/** Codes, from the most common to the rarer systems; every quantifier is bounded. */
/** A zip or thread maker whose colour card a bare shade number on the same line refers to. */
// "Coats" alone is a garment ("women's winter coats"): the thread maker is named with its product line.
export const TRIM_MAKER =
  /\b(?:YKK|ykk|Coats[ \t](?:Epic|Astra|Gramax|Dual[ \t]Duty)|G[uü]termann|Amann|Mettler|Madeira|Isacord|Riri)\b/u;

/**
 * "Pantone" as the other scripts write it: Arabic بانتون, Russian Пантон, Japanese パントン, Korean 팬톤, Thai แพนโทน,
 * Hebrew פנטון. The number after it picks the same ink.
 */
const PANTONE = 'pantone|pms|潘通|بانتون|пантон|パントン|팬톤|แพนโทน|פנטון';

/**
 * The surface texture a decor code is sold with ("Egger H3303 ST10", "Kronospan K001 PW"): part of the code, so that
 * what follows it ("… ST10 or equivalent") is read against the whole code. Read case-blind, so the short words that
 * follow a code ("or", "ou", "to") are not taken for a two-letter texture.
 */
const DECOR_TEXTURE = String.raw`(?:[ \t](?:ST[ \t]?\d{1,2}|(?!(?:or|ou|of|to|in|at|by|as|en|de|et|un|no|op)\b)[A-Z]{2})\b)?`;

export const COLOR_CODE = anyOf(
  String.raw`(?:${PANTONE})[ \t:]{0,3}(?:[a-z]{1,12}(?:\s[a-z]{1,12})?[ \t]{0,3})?\d{1,5}(?:-\d{4})?\s{0,3}(?:c|u|m|cp|up|tcx|tpx|tpg|tcn)?(?![a-z])`,
  String.raw`(?:${PANTONE})[ \t:]{0,3}(?:${PANTONE_NAMED.join('|')})(?:\s{0,3}(?:c|u|m|cp|up|coated|uncoated))?(?![a-z])`,
  String.raw`${latinWords(PANTONE_NAMED_BARE)}\s{0,3}[cu](?![a-z])`,
  String.raw`(?<![\d-])\d{2}-\d{4}\s{0,3}(?:TCX|TPX|TPG|TCN|TC|TP)(?![a-z])`,
  String.raw`\bRAL[ \t:-]{0,3}(?:\d{4}|\d{3}\s\d{2}\s\d{2}|\d{3}-\d)(?!\d)`,
  String.raw`\bRAL[ \t:-]{0,3}(?:${RAL_NAMES.join('|')})(?![a-zäöüß])`,
  String.raw`#[0-9a-f]{6}\b|#[0-9a-f]{3}\b|\b0x[0-9a-f]{6}\b`,
  String.raw`\b(?:hex|html)(?:\s?code)?[ \t:#]{0,3}[0-9a-f]{6}\b`,
  String.raw`\bRGB[ \t]{0,3}[(:]?[ \t]{0,3}\d{1,3}[ \t]{0,3}[,/ ][ \t]{0,3}\d{1,3}[ \t]{0,3}[,/ ][ \t]{0,3}\d{1,3}`,
  String.raw`\bR[ \t:]{0,2}\d{1,3}[ \t,/]{1,3}G[ \t:]{0,2}\d{1,3}[ \t,/]{1,3}B[ \t:]{0,2}\d{1,3}\b`,
  String.raw`\bCMYK[ \t]{0,3}[(:]?[ \t]{0,3}\d{1,3}[ \t]{0,3}%?[ \t]{0,3}[,/ ][ \t]{0,3}\d{1,3}`,
  /* "rich black 30/30/30/100", "C/M/Y/K 0/100/80/0": a process recipe written as four slashed percentages. */
  String.raw`(?:\b(?:(?:rich|registration|process)[ \t])?black|\bC\/M\/Y\/K)[ \t:(]{0,3}\d{1,3}\/\d{1,3}\/\d{1,3}\/\d{1,3}\b`,
  String.raw`\bC[ \t:]{0,2}\d{1,3}%?[ \t,/]{1,3}M[ \t:]{0,2}\d{1,3}%?[ \t,/]{1,3}Y[ \t:]{0,2}\d{1,3}%?[ \t,/]{1,3}K[ \t:]{0,2}\d{1,3}\b`,
  String.raw`\bNCS[ \t:]{0,3}S?[ \t]{0,2}\d{4}|\bS[ \t]?\d{4}-(?:[RGBY](?:\d{2}[RGBY])?|N)\b`,
  String.raw`\b(?:L\*?a\*?b\*?|CIELAB)[ \t]{0,3}[(:]?[ \t]{0,3}\d`,
  String.raw`\bL\*?[ \t:=]{0,2}\d{1,3}(?:[.,]\d{1,2})?[ \t,/;]{1,3}a\*?[ \t:=]{0,2}[-+]?\d{1,3}(?:[.,]\d{1,2})?[ \t,/;]{1,3}b\*?[ \t:=]{0,2}[-+]?\d{1,3}`,
  /* Embroidery thread makers' shade numbers: Madeira 1147, Isacord 2922. */
  String.raw`\b(?:Madeira|Isacord|Robison[- ]?Anton|Gunold|Marathon|Brother)(?:[ \t](?:Polyneon|Classic|Rayon))?[ \t]{0,2}#?\d{3,5}\b`,
  /* Zip and sewing-thread makers' colour cards: YKK 580, Gütermann 000, Coats Epic 1234, Amann 2703. */
  String.raw`\b(?:YKK|Coats[ \t](?:Epic|Astra|Gramax|Dual[ \t]Duty)|G[uü]termann|Amann|Mettler|Riri)(?:[ \t](?:colou?r|shade|no\.?))?[ \t:#]{0,3}\d{3,5}\b(?![ \t]{0,2}(?:pcs|pieces?|sets?|cones?|rolls?|m\b|meters?|metres?|yards?|yds|kg|pairs?|units?|%))`,
  /*
   * Hot-stamping foil makers' numbered foils: "Kurz Luxor 220 gold", "Kurz Alufin 357", "Foilco 412", "API 9102". The
   * foil's number picks one shade from the maker's card, as a thread maker's does; a count or length after it does not.
   */
  String.raw`\b(?:Kurz(?:[ \t](?:Luxor|Alufin|Colorit|Light[ \t]?Line))?|Luxor|Alufin|Foilco|Oeckler|Univacco|API[ \t]Foils?|Crown[ \t]Roll[ \t]Leaf)(?:[ \t](?:no\.?|#))?[ \t:#]{0,3}[A-Z]{0,3}[ \t-]?\d{2,5}\b(?![ \t]{0,2}(?:pcs|pieces?|rolls?|m\b|meters?|metres?|mm\b|cm\b|kg|%))`,
  /* Munsell (5R 4/14), Coloro, DIC, Toyo, US Federal Standard 595, British Standard 381C/4800. */
  String.raw`\b\d{1,2}(?:\.\d)?[ \t]?(?:R|YR|Y|GY|G|BG|B|PB|P|RP)[ \t]\d(?:\.\d)?\/\d{1,2}\b`,
  /*
   * Munsell neutrals ("マンセル N9.5", "Munsell N 8", "N7.5 (Munsell)"): the grey scale's value with no hue. "N" and
   * a digit alone are model codes (N95), so the system must be named beside it.
   */
  String.raw`(?:\bMunsell|マンセル|孟塞尔|芒塞尔|먼셀|Манселл)[ \t:：]{0,3}(?:\p{L}{1,6}[ \t])?N[ \t]?\d{1,2}(?:\.\d{1,2})?\b|\bN[ \t]?\d{1,2}(?:\.\d{1,2})?[ \t]{0,2}[(（]?[ \t]{0,2}(?:Munsell|マンセル|孟塞尔)`,
  String.raw`\bColoro[ \t:]{0,3}\d{3}-\d{2}-\d{2}|\bDIC[ \t:]{0,3}(?:[A-Z]{1,2}-?)?\d{2,4}\b|\bTOYO[ \t:]{0,3}(?:CF)?\d{4,5}\b`,
  String.raw`\bFS[ \t:]{0,3}(?:595[ABC]?[ \t]{0,2})?\d{5}\b|\bBS[ \t]?381C[ \t]{0,2}\d{3}\b|\bBS[ \t]?4800[ \t]{0,2}\d{2}[ \t]?[A-E][ \t]?\d{2}\b`,
  /*
   * Anodising colours on the EURAS / DIN 17611 card: "EV6 / C35 nach DIN 17611", "bronze C32 per EURAS". The letters
   * alone are also model codes, so the standard must be named right after them.
   */
  String.raw`\b(?:EV|C)[ \t-]?(?:[0-6]|3[1-5])\b(?:[ \t]{0,2}[/,][ \t]{0,2}(?:EV|C)[ \t-]?(?:[0-6]|3[1-5])\b)?[ \t(,]{0,3}(?:(?:nach|per|acc\.?(?:ording)?[ \t]to|to|gem(?:ä|ae)ß|selon|según|conforme)[ \t]{1,2})?(?:DIN[ \t]?(?:EN[ \t]?)?17611|EURAS)\b`,
  /*
   * A decor printed by a laminate or board maker, named by its code: "Egger H1145 ST10", "Kronospan K001 PW",
   * "Formica F7912", "Wilsonart 7949-38". The maker's sample of that decor is the colour standard.
   */
  String.raw`\b(?:Egger|Kronospan|Swiss[ \t]Krono|Formica|Wilsonart|Pfleiderer|Duropal|Resopal|Fundermax|Kaindl|Polyrey|Arpa|Abet[ \t]Laminati|Cleaf|Greenlam|Merino|Sonae|Finsa)[ \t:]{0,3}(?:(?:decor|dekor|décor|no\.?)[ \t:]{0,2})?#?[A-Z]{0,2}[ \t-]?\d{3,5}(?:-\d{1,3})?\b(?![ \t]{0,2}(?:pcs|pieces?|sets?|sheets?|boards?|panels?|m\b|mm\b|kg|%))${DECOR_TEXTURE}`,
  /*
   * Colour measured on an instrument scale of a commodity: sugar in ICUMSA units ("ICUMSA 45 RBU max"), oils on the
   * Lovibond or Gardner scale, water-white liquids in APHA / Hazen / Pt-Co, fuels on Saybolt, malt and beer in EBC.
   * The number is read on the scale by any lab, like a Pantone number on a card.
   */
  // Saybolt runs from -16 to +30, so its reading may carry a sign: "Saybolt colour: +30 min".
  String.raw`\b(?:ICUMSA|Lovibond|Gardner|APHA|Hazen|Pt[ \t-]?Co|Saybolt|EBC)\b[ \t:]{0,3}(?:colou?r[ \t:]{0,3})?(?:(?:max\.?|min\.?|≤|<=?|>=?|≥)[ \t]{0,2})?[+\-−]?\d`,
  String.raw`(?<![\d.,])\d{1,4}(?:[.,]\d{1,2})?[ \t]{0,2}(?:ICUMSA|RBU|APHA|Hazen|Pt[ \t-]?Co|EBC|Gardner|Saybolt)(?![\p{L}])`,
  // The scale named in brackets, by the label or after the reading: "Colour (Pt-Co): 10 max", "Colour: max 45 IU
  // (ICUMSA method GS2/3-9)". IU are ICUMSA units.
  String.raw`\bcolou?r[ \t]{0,2}\([ \t]{0,2}(?:ICUMSA|Lovibond|Gardner|APHA|Hazen|Pt[ \t-]?Co|Saybolt|EBC)\b[^()\n]{0,16}\)[ \t:]{0,3}(?:(?:max\.?|min\.?|≤|<=?|>=?|≥)[ \t]{0,2})?[+\-−]?\d`,
  String.raw`(?<![\d.,])\d{1,4}(?:[.,]\d{1,2})?[ \t]{0,2}(?:IU|units?|RBU)?[ \t]{0,2}(?:(?:max|min)\.?[ \t]{0,2})?\([ \t]{0,2}(?:ICUMSA|Lovibond|Gardner|APHA|Hazen|Pt[ \t-]?Co|Saybolt|EBC)\b`,
  /* Dyed to match a coded main fabric: the tech-pack way to tie a trim to it. */
  latinWords(['DTM', 'dye[ds]? to match', 'dyed-to-match']),
);

/**
 * Every code above holds a digit or "#", or one of these words: a cheap test
 * that spares most clauses the full alternation (hundreds of RAL names).
 */
const MAY_HOLD_A_CODE =
  /[\d#]|pantone|pms|潘通|بانتون|пантон|パントン|팬톤|แพนโทน|פנטון|\bral\b|dtm|dye|reflex|rubine|rhodamine|warm\s|process\s|cool\s/iu;

/** Whether `text` names a colour by a code. */
export function hasColorCode(text: string): boolean {
  return MAY_HOLD_A_CODE.test(text) && test(COLOR_CODE, text);
}

/** Where `text` names colour codes. */
export function colorCodesIn(text: string): Match[] {
  return MAY_HOLD_A_CODE.test(text) ? findAll(COLOR_CODE, text) : [];
}
