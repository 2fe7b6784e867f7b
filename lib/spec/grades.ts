/**
 * Marks that pin a material down: a grade, a composition, a standard, a
 * maker's grade code. "Family + grade" is a specification a lab can test
 * against; the family alone ("ABS", "stainless steel", "glass", "thread") or
 * an adjective ("heavy duty", "premium") is not. Each family of marks is its
 * own expression so a new one can be added without reading the others.
 */
import { MOULD_STEEL, NYLON_TYPE, WEIGHED_FILL } from './named-types';
import { anyOf, latinWords } from './patterns';
import { VIRGIN_POLYMER } from './polymers';

/**
 * A composition in percent ("100% cotton", "80/20" is written with % in practice).
 * Not a percentage of a mere quality ("at least 70% organic", "50% recycled,"):
 * that names no fibre, and the rest of the blend stays the supplier's choice.
 */
// Not a tolerance: "300 g ±50%" bounds a weight, it names no share of anything.
const COMPOSITION = String.raw`(?<![\d.,])(?<!(?:±|\+\/-|\+-)\s{0,3})\d{1,3}(?:[.,]\d{1,3})?\s{0,2}%(?!\s{0,2}(?:organic|recycled|natural|orgánico|reciclado|biologique|recyclé|Bio|recycelt|orgânico|reciclado|biologico|riciclato)\s{0,2}(?:$|[,;.)]))`;

/**
 * Certificates of what a fabric or wood is, or that it is free of harmful
 * substances: each is a document a lab or certifier issues per lot, so a
 * dispute can ask for it. A choice between two of them is still a spec (see
 * alternatives.ts).
 */
export const CERTIFICATE = latinWords([
  'GOTS',
  'OEKO[- ]?TEX(?:®)?(?:[ \t]Standard[ \t]100)?',
  'GRS',
  'OCS(?:[ \t](?:100|blended))?',
  'RCS',
  'bluesign(?:®)?',
  'FSC',
]);

/** An EU regulation by number: "Regulation (EU) No 10/2011", "règlement (UE) n° 10/2011", "(EG) Nr. 1935/2004". */
const EU_REGULATION = String.raw`[(（](?:EU|UE|EC|CE|EG|EWG)[)）]\s{0,2}(?:(?:No\.?|N[°º.]|n[°º.]|Nr\.?|n\.)\s{0,2})?\d{1,4}/\d{4}`;

/** Published standards and regulations a material is held to. */
const STANDARD = anyOf(
  CERTIFICATE,
  EU_REGULATION,
  // Joint standards too: "ISO/IEC 15416", "ISO/TS 16949", "DIN EN ISO 9227".
  String.raw`\b(?:ASTM|EN|ISO|GB(?:/T)?|JIS|DIN|BS|ANSI|CFR|ISPM|UNI|NF|UL)(?:/(?:IEC|TS|TR|ASTM))?\s{0,2}(?:(?:EN|ISO)\s{0,2})*[A-Z]?\s{0,2}\d`,
  latinWords([
    'LFGB',
    'FDA',
    'REACH',
    'RoHS',
    'BPA[- ]free',
    // A grain named for a synthetic ("PU full grain", "piel sintética flor entera") names what it imitates, no grade.
    '(?<!(?:synthetic|sintétic[oa]|sintetic[oa]|sintétic[oa]s|PU|PVC|faux|vegan|imitation|simil\\w*|eco|micro-?fib(?:er|re)|artificial|sintética)[- ]{1,2}(?:\\w+ ){0,2})full[- ]grain',
    '(?<!(?:synthetic|sintétic[oa]|sintetic[oa]|sintétic[oa]s|PU|PVC|faux|vegan|imitation|simil\\w*|eco|micro-?fib(?:er|re)|artificial|sintética)[- ]{1,2}(?:\\w+ ){0,2})top[- ]grain',
    // The same leather grades in the other languages read ("pelle pieno fiore", "cuero plena flor", "cuir pleine fleur").
    'pieno fiore',
    'fiore corretto',
    '(?<!(?:synthetic|sintétic[oa]|sintetic[oa]|sintétic[oa]s|PU|PVC|faux|vegan|imitation|simil\\w*|eco|micro-?fib(?:er|re)|artificial|sintética)[- ]{1,2}(?:\\w+ ){0,2})(?:plena|flor) (?:flor|integral)',
    'pleine fleur',
    'fleur corrigée',
    'Vollnarben(?:leder)?',
    'flor integral',
    '(?<!(?:synthetic|sintétic[oa]|sintetic[oa]|sintétic[oa]s|PU|PVC|faux|vegan|imitation|simil\\w*|eco|micro-?fib(?:er|re)|artificial|sintética)[- ]{1,2}(?:\\w+ ){0,2})flor entera',
    '头层(?:牛)?皮',
    'nubuck',
    'pure',
  ]),
);

/**
 * Steel and stainless designations: AISI/SUS numbers, EN numbers and names
 * (1.4301, X5CrNi18-10, C45, S355JR), Chinese codes (3Cr13, Q235B, 65Mn),
 * sheet grades (SPCC, DX51D + Z275), fastener property classes (A2-70, 8.8).
 */
/** The SAE/AISI four-digit families (10xx–15xx carbon, 4xxx, 5xxx, 61xx, 86xx–94xx alloys), no round hundred. */
const SAE_GRADE = String.raw`(?:1[0-5]|4[0-8]|5[0-2]|61|8[67]|9[2-4])(?!00)\d{2}`;
const STEEL = anyOf(
  String.raw`\b18/(?:8|10)\b`,
  String.raw`\b(?:SUS|AISI|SS|SAE|UNS)\s{0,2}-?\s{0,2}[A-Z]?\d{3,5}[A-Z]?`,
  String.raw`(?<![\d.])(?:201|202|301|303|304L?|316L?|410|420|430|440C?|925)(?![\d.])`,
  String.raw`\bQ\d{3}[A-E]?\b`,
  String.raw`\b(?:SPCC|SPHC|SECC|SGCC|SPTE|SS400|A36|DC0[1-6]|DX5[1-4]D?|S(?:235|275|355)[A-Z0-9]{0,4}|G[2-5]\d0|Z[1-6]\d{2}|AZ\d{2,3})\b`,
  String.raw`\b10[1-9]\d[ \t](?:carbon[ \t])?steel|\b(?:45|65Mn|40Cr)#?[ \t](?:(?:spring|carbon|alloy)[ \t])?steel`,
  // "sprężyna stal 65Mn", "acero 65Mn", "spring steel 65Mn": the code after the steel word, as Polish, Spanish and
  // Chinese sheets write it. Only beside a steel word: alone, "65mn" could be minutes.
  String.raw`(?:(?<![A-Za-z])(?:steel|Stahl|acero|aço|acier|acciaio|stal[ia]?|çelik|thép)|钢)[ \t]{0,2}(?:65Mn|40Cr)(?![\p{L}\d])`,
  String.raw`\b1\.4\d{3}\b`,
  String.raw`\b\d{0,2}Cr\d{1,2}(?:[A-Z][a-z]?\d{0,3}){0,6}\b|\bX\d{1,3}(?:[A-Z][a-z]?){1,6}\d[\d-]{0,8}`,
  // EN 10083 carbon steels (C45, C45E) and stainless fastener classes (ISO 3506: A2-70, A4-80).
  String.raw`\bC[1-8]\dE?\b(?![ \t]?(?:mm|cm|°))|\bA[1-5]-(?:50|70|80|100)\b`,
  // Hand-tool alloy steels by their trade names: "CrV steel" (chrome-vanadium, 50CrV4 / 6150), "Cr-Mo", "S2", "SK5".
  // Each names an alloy family with a set composition band, as "Q235" does; "steel" alone does not.
  // Joined by a hyphen or written straight on in the buyer's language too: "SK5-Stahl", "SK5钢", "D2 tool steel"; the
  // AISI tool-steel letters (D2, A2, O1, S7) only so, beside the steel word, where they cannot be a size. Not the M
  // series: "M4 steel" on a screw is its metric thread, not AISI M4 (red team of stop 56).
  String.raw`\b(?:Cr-?V(?:-?Mo)?|CRV|Cr-?Mo|S2|SK-?[2-7]|SKD\d{1,2}|SKS\d{1,2}|D[2-7]|A[2-8]|O[12]|S7)(?![A-Za-z\d])(?=[ \t-]{0,2}(?:(?:alloy|carbon|high[- ]carbon|tool)[ \t]{1,2})?(?:steel|Stahl|钢|鋼|강|сталь))|\bchrom(?:e|ium)[- ](?:vanadium|molybdenum)\b`,
  // The same trade names after the steel word, as Portuguese, Spanish, French and German sheets write them ("aço S2",
  // "acero Cr-V", "Stahl CrMo"), and the chrome-vanadium name with its SAE number ("Cr-V 6150"): each pins the alloy
  // as "S2 steel" does. "S2" alone is left out: without the steel word it is as likely a size or a model.
  String.raw`(?:(?<![A-Za-z])(?:steel|Stahl|acero|aço|acier|acciaio|stal[ia]?|çelik|thép)|钢)[ \t]{0,2}(?:Cr-?V(?:-?Mo)?|CRV|Cr-?Mo|S2|SK[2-7])(?![\p{L}\d])|\b(?:Cr-?V|CRV|Cr-?Mo)[ \t]{0,2}(?:SAE[ \t]?)?${SAE_GRADE}(?![\d.,]\d|\d)`,
  // SAE/AISI four-digit carbon and alloy steels (1045, 4140, 5160, 6150, 8620) beside the word steel in any language
  // read ("6150 크롬바나듐강", "acero 4140", "Stahl 4140"). Only the families SAE defines, never a round hundred
  // ("steel 1200" is a size or a count), and never with a unit or a count after it ("steel 1045 pcs", "1200 W").
  String.raw`(?<![\d.,])${SAE_GRADE}(?!\d|[.,]\d)(?=[ \t]{0,2}(?:alloy[ \t]{1,2})?(?:steel|Stahl|acero|aço|acier|acciaio|stal|çelik|thép|钢|[가-힣]{0,4}강(?![가-힣])|스틸|크롬|فولاذ))`,
  String.raw`(?:(?<![A-Za-z])(?:steel|Stahl|acero|aço|acier|acciaio|stal|çelik|thép)|钢|강|فولاذ)[ \t]{0,2}(?:SAE[ \t]?|AISI[ \t]?)?${SAE_GRADE}(?!\d|[.,]\d)(?![ \t]{0,2}(?:x|×|\*|"|'|[A-Za-z]{1,6}\b|/|-\d))`,
  // Korean names of the tool alloys: 크롬바나듐강 (Cr-V), 크롬몰리브덴강 (Cr-Mo), as "chrome vanadium" in English.
  '크롬\\s?(?:바나듐|몰리브덴)',
  // Alloy steels named by carbon content and alloying elements, as GB and EN write them: "40Cr", "42CrMo", "42CrMo4",
  // "20CrMnTi", "60Si2Mn", "16MnCr5", "38CrMoAl". The code is the composition (hundredths of carbon, then each
  // element with its percent), so it pins the steel as "4140" does, in any language around it. It must open with
  // an element steels are named by (Cr, Mn, Si, Ni, Mo, Ti): "12V" or "24W" is a voltage or a wattage. The lexicon is
  // read case-blind, so one element alone is too like a word ("12mo" months, "45mn" minutes, "20Ni", "50Ti"): a code
  // needs a second element ("42CrMo4", "16MnCr5", "60Si2Mn"), or is the chromium steel "40Cr" ("cr" is no unit).
  String.raw`(?<![\p{L}\d.,])\d{2,3}(?:(?:Cr|Mn|Si|Ni|Mo|Ti)\d{0,2}(?:(?:Cr|Mn|Si|Ni|Mo|Ti|Al|V|B|W|Nb|Cu)\d{0,2}){1,4}|Cr\d?)(?![\p{L}\d])`,
  // JIS steels by their class letters: carbon steels S45C, S50C; alloy SCM440, SNCM439, SCr420; bearing SUJ2; tool
  // SKD11, SKH51, SKS3 (not SUP, which is also a paddle board's name). Each letter group is a JIS standard's steel
  // class, so the code is a grade.
  // ASTM cast steels for valves and pumps: A351 stainless castings (CF8M is cast 316, CF8 cast 304, CF3M cast 316L,
  // CN7M, CD4MCu, CA15, CA6NM), A216 carbon (WCB, WCC) and A352 low-temperature (LCB, LCC) grades. Each is a
  // composition band as the wrought number is.
  String.raw`\b(?:CF(?:3|8|10)M?[CN]?|CF3MN|CN7M|CD[34]MCuN?|CK3MCuN|CA(?:15|40)|CA6NM|WC[ABC69]|LC[BC])\b`,
  // The JIS carbon tool steels by their class too: "SK5" (now SK85), "SK4", "SK105": the letters are the JIS G4401 class,
  // never a size or a model's word, so the code names the steel alone ("Material: SK5").
  String.raw`\bS[1-5][05]C\b|\b(?:SCM|SNCM|SCr|SNC|SUJ|SKH|SKD|SKS)\d{1,3}[A-Z]?\b|\bSK-?(?:[2-7]|[6-9]5|1[0-4][05])(?![A-Za-z\d])`,
  // Chinese bearing steels (GB/T 18254): "GCr15", "GCr15SiMn", "GCr9": the G names the bearing class and Cr15 its
  // 1.5 % chromium, as SUJ2 and 100Cr6 name the same steel in JIS and EN.
  String.raw`\bGCr(?:4|9|15|18)(?:SiMn|SiMo|Mo)?\b`,
  // The Chinese carbon-steel grade by its number and the sign after it: "45#钢", "45号钢", "#45 steel", "45# steel", or
  // "45#" alone under a material label (opensWithSteelNumber; alone elsewhere "45号" is a shoe size). The number is the
  // carbon content (GB/T 699), as "C45" in EN.
  String.raw`(?<![\p{L}\d#])(?:(?:08|10|15|20|25|30|35|40|45|50|55|60|65|70)(?:#|号)|#(?:08|10|15|20|25|30|35|40|45|50|55|60|65|70)(?!\d))(?=\s{0,2}(?:钢|碳钢|圆钢|钢板|钢材|steel|Stahl|acero|aço|acier|acciaio|carbon))`,
);

/**
 * Russian (GOST) grades, written in Cyrillic after the material's name: "сталь 12Х18Н10Т", "сталь марки 09Г2С",
 * "Ст3сп", "сталь 45", "сплав АМг6", "латунь Л63", "чугун СЧ20". Letters stand for alloying elements (Х chromium,
 * Н nickel, Т titanium, Г manganese), so the code fixes the composition as an AISI number does. Read only after
 * the material word: alone, "220В" or "500г" is a voltage or a weight, not a grade; "сталь 12мм" is a thickness
 * and "сталь 40х40х4" an angle's section.
 */
const GOST_CODE = String.raw`(?!\d{1,3}(?:[хx×*]\d{1,4}(?:[.,]\d{1,2})?){2})(?:\d{1,3}(?!(?:мм|см|м|кг|г|шт|т|л|мл|в|вт|а)(?![\p{L}\d]))[А-ЯЁ]{1,3}(?:\d{1,2}[А-ЯЁ]{0,3}){0,5}|[А-ЯЁ]{1,3}\d{1,2}(?:[А-ЯЁ]{1,2}\d{0,2})?(?:-\d{1,2}){0,2}|Ст\.?\s?[0-6](?:сп|пс|кп)?|\d{2})(?![\p{L}\d])(?!\s{0,2}(?:мм|см|м|кг|г|%|mm|cm|kg))`;
const GOST_GRADE = String.raw`(?<![\p{L}])(?:(?:сталь|стали|сталью|сплав[а-я]{0,3}|алюмини[йяем]{1,2}|латун[ьи]|бронз[аы]|чугун[а]?)\s{1,2}(?:марки\s{1,2})?${GOST_CODE}|марк[аиу]\s{1,2}(?:стали\s{1,2})?${GOST_CODE}|Ст\.?\s?[0-6](?:сп|пс|кп)(?![\p{L}]))`;
/** The same Cr-Ni grades transliterated into Latin letters on export papers: "12X18H10T", "08X18H10". */
/** "по ГОСТ 8267-93", "ГОСТ Р 52020-2003", "ТУ 2245-001-2022": a Russian standard or specification number. */
const GOST_STANDARD = String.raw`(?<![\p{L}])(?:ГОСТ(?:\s{1,2}Р)?|ТУ)\s{0,2}\d{1,5}(?:[.-]\d{1,5}){1,3}`;
const GOST_LATIN = String.raw`\b\d{2}X\d{2}H\d{1,2}(?:[MT]\d?){0,2}T?\b`;

/** Aluminium, zinc and copper alloys: 6061-T6, 5052-H32, ZAMAK 3, H62, CuZn37, C11000, CW617N. */
const NON_FERROUS = anyOf(
  String.raw`\b\d{4}-(?:T\d{1,4}|H\d{2,3}|O)\b|\b\d{4}\s{0,2}(?:aluminium|aluminum|alloy)|(?:aluminium|aluminum|alloy|alluminio|铝合金|铝)\s{0,2}\d{4}|(?<!\d)\d{4}\s{0,2}铝`,
  // The same four-digit grade after the family word of the other languages read: "nhôm hợp kim 6061", "hợp kim nhôm
  // 6061", "อลูมิเนียมอัลลอยด์ 6061", "aluminio 6061", "aluminium legering 6061" (a series a lab checks, as in English).
  String.raw`(?:nhôm|hợp kim|อะ?ลูมิเนียม|อัลลอยด์?|aluminio|alumínio|legering|Legierung)\s{0,2}\d{4}(?!\d)`,
  // Wrought aluminium as JIS and EN write it: "A5052-H32", "A6061-T6", "A5052P-H34" (P: plate), "A1050P", "EN AW-6082".
  String.raw`\bA[1-8]\d{3}(?:P|BE|BD|FD|FH|S|TD|TE|W)?(?:-(?:T\d{1,4}|H\d{2,3}|O)\b|(?<=P)\b)|\bEN[ -]?AW[ -]?\d{4}\b`,
  // Die-casting alloys by their designation: JIS ADC12, ASTM A380, GB ZL102 / YL113, EN AC-46000, AlSi10Mg.
  String.raw`\b(?:ADC\s?\d{1,2}|A3[68]0(?:\.\d)?|Z[LY]\d{3}|YL\d{3}|EN[ -]?AC-?\d{5}|AlSi\d{1,2}(?:Cu\d|Mg)*)\b`,
  String.raw`\bZAMAK[ \t-]?[2-7]\b|\bZA-?\d{1,2}\b|\bH(?:59|6[2-8]|70)\b|\bCuZn\d{2}|\bC\d{5}\b|\bC[WC]\d{3}[A-Z]\b`,
);

/**
 * Magnet, hardness and karat grades: N52, Shore A 60, 18K; hardness written
 * after the number ("70 Shore A", "TPE 60A"); glass-filled resins ("PA66-GF30");
 * a melt-flow index ("MFI 12").
 */
const OTHER_GRADES = anyOf(
  String.raw`\b\d{1,2}\s{0,2}K\b|\bN\d{2}[A-Z]{0,2}\b|\bShore\s{0,2}[AD0]?\s{0,2}\d{2}`,
  String.raw`\b\d{2}\s{0,2}Shore\s{0,2}[AD]\b|(?<=\b(?:TPE|TPU|TPR|TPV|EPDM|NBR|FKM|SBR|silicone|rubber|PVC)\s{0,2})\d{2}\s?[AD]\b`,
  String.raw`\b(?:PA\s?(?:6|66|12)|PBT|PP|PC|PPS|POM|PET|ABS)[- ]?GF\s?\d{2}\b`,
  String.raw`\b(?:MFI|MFR)\s{0,2}[:=]?\s{0,2}\d`,
);

/**
 * A thread's or yarn's count written n/ply (40/2, 20S/3), only after a thread or yarn word in the clause:
 * "ship by 15/4" or "Fabric: cotton 40/2" (a yarn count is no fabric's grade) are not. Tex and ticket
 * numbers are THREAD_SIZE below.
 */
const YARN_COUNT = String.raw`(?<=\b(?:thread|yarn|stitch\w*|sewing|sewn|fil|hilo|linha|filo|Garn|Nähgarn|Faden|fio|filato|benang|jahit|线|纱)\b[^;\n]{0,60})(?<![\d/.])\d{2,3}(?:D|S)?/[2-4](?![\d/])(?!\s{0,2}(?:pcs|mm|cm|m\b|kg|g\b))`;
/** Fabric weight and yarn count: 180 gsm, 600D, 210T, 70 denier, 12 dtex, a thread's 40/2. */
// "combed cotton Ne 30/1", "Baumwolle Nm 50/2", "Tex 40": a yarn's count by its system named before the figure.
const FABRIC_WEIGHT = String.raw`(?<!\d)\d{1,5}\s{0,2}(?:gsm|g/m2|g/m²|克/平方米|denier|dtex|TC)(?![A-Za-z])|\b\d{1,5}D\b|\b\d{2,3}T\b|${YARN_COUNT}|(?<![A-Za-z])(?:Ne|Nm|Nec|[Dd]?[Tt]ex)\s{0,2}\d{1,4}(?:[.,]\d)?(?:/[1-6])?(?![\d/])`;

/**
 * Glass named by its type number: borosilicate 3.3 (ISO 3585), 5.0 neutral
 * glass, Type I/II/III pharmaceutical glass. "Glass" or "high borosilicate"
 * alone is the family.
 */
const GLASS_TYPE = anyOf(
  String.raw`\bborosilicate(?:[ \t]glass)?[ \t,]{0,3}(?:3\.3|4\.0|5\.0|5\.1)(?![\d.])|\bglass[ \t]{0,2}(?:3\.3|5\.0)(?![\d.])`,
  String.raw`\btype[ \t]{0,2}(?:I{1,3}|[123])[ \t]{0,2}(?:borosilicate[ \t]|soda[- ]lime[ \t])?glass\b|\bglass,?[ \t]type[ \t]{0,2}I{1,3}\b`,
  String.raw`高硼硅(?:玻璃)?\s{0,2}3\.3`,
  // The pharmacopoeia's glass types in the other languages read: "vetro tipo II Ph. Eur.", "verre de type I",
  // "vidrio tipo III", "Glas Typ I", "vidro tipo II", "szkło typu I", "стекло типа I".
  String.raw`(?<![\p{L}])(?:vetro|verre|vidrio|vidro|Glas|szkło|szkła|cam)[ \t]{1,2}(?:di[ \t]|de[ \t])?(?:tipo|type|Typ|typu)[ \t]{0,2}(?:I{1,3}|[123])(?![\p{L}\d])`,
  String.raw`(?<![\p{L}])(?:стекло|стекла)[ \t]{1,2}(?:типа|тип)[ \t]{0,2}(?:I{1,3}|[123])(?![\p{L}\d])`,
  String.raw`(?<![\p{L}])(?:tipo|type|Typ|typu)[ \t]{0,2}(?:I{1,3}|[123])[ \t]{0,2}(?:Ph\.?[ \t]?Eur|USP|EP|JP)\b`,
);

/**
 * Conductors by size: 18 AWG, AWG 24, 0.75 mm² copper (also written "2.5 мм²", "2.5 مم²"), and harmonised cord
 * codes (H05VV-F, H07RN-F) that fix conductor and insulation together.
 */
const CONDUCTOR = String.raw`(?<![\w.])\d{1,2}(?:/0)?[ \t]{0,2}AWG\b|\bAWG[ \t]{0,2}\d{1,2}\b|(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?[ \t]{0,2}(?:mm²|mm2|sq\.?[ \t]?mm|мм²|мм2|مم²|مم2)|\bH0[3-7][A-Z]{1,4}\d?-[FKRU]\b`;

/**
 * A maker's trade name or grade code: resins (LG HI-121H, Chimei PA-757,
 * Covestro Bayblend T85, Sabic Lexan 141R, DuPont Delrin 500P, Sinopec K1008)
 * and threads, yarns and trims (Madeira Polyneon 40, Isacord 40, Coats Epic
 * 120, YKK #5). A maker's name followed, within one or two words, by a code
 * carrying a digit is a grade; the maker alone is a brand.
 */
const MAKERS = [
  'LG(?: Chem)?',
  'Chi ?Mei',
  'Polylac',
  'Sabic',
  'Lexan',
  'Cycolac',
  'Covestro',
  'Bayer',
  'Makrolon',
  'Bayblend',
  'DuPont',
  'Delrin',
  'Zytel',
  'Hytrel',
  'BASF',
  'Ultramid',
  'Ultradur',
  'Terluran',
  'Styrolution',
  'Novodur',
  'Sinopec',
  'PetroChina',
  'Formosa',
  'Lotte',
  'Kumho',
  'Toray',
  'Teijin',
  'Panlite',
  'Mitsubishi',
  'Iupilon',
  'Celanese',
  'Hostaform',
  'Celcon',
  'Polyplastics',
  'Duracon',
  'LyondellBasell',
  'ExxonMobil',
  'Dow',
  'Borealis',
  'INEOS',
  'Trinseo',
  'Kingfa',
  'Wanhua',
  'Kraton',
  'Evonik',
  'Arkema',
  'Rilsan',
  'Victrex',
  'Solvay',
  'Eastman',
  'Tritan',
  'Asahi',
  'Sumitomo',
  'Mitsui',
  // Threads, yarns and trims.
  'Madeira',
  'Polyneon',
  'Isacord',
  'Gunold',
  'Sulky',
  'Robison[- ]Anton',
  'Marathon',
  'Mettler',
  'DMC',
  'Anchor',
  'Coats',
  'Gütermann',
  'Amann',
  'YKK',
  'Riri',
  'Lampo',
  'Opti',
];
const MAKER_GRADE = String.raw`\b(?:${MAKERS.join('|')})(?:[ \t]{1,2}(?:grade|type|no\.?)[ \t:]{0,3}|[ \t]{1,2}[A-Z][a-z]{2,12}[ \t]{1,2}|[ \t]{0,2})#?[A-Z]{0,4}-?\d{1,5}[A-Z0-9-]{0,8}`;

/** "grade K1008", "grade: LG HI-121H", "Güte S235": a grade written after its label. */
const LABELLED_GRADE = String.raw`\b(?:grade|Güte|grado|nuance|qualità)\s{0,2}[:：]?\s{0,2}(?:[A-Z][A-Za-z]{0,10}[ \t])?[A-Z]{0,6}-?\d`;

/** A resin or product grade in brackets right after a name: "ABS (LG HI121H)". */
// Bounded inside the brackets: "[^)]*" from every "(" of "((((…" re-read the rest of the line each time.
const BRACKETED_CODE = String.raw`[(（][^()（）]{0,40}?[A-Z]{1,4}-?\d{2,8}[A-Z0-9-]{0,12}[^()（）]{0,40}[)）]`;

/**
 * Grey and ductile cast iron by standard designation: EN-GJL-250, EN-GJS-400-15 (EN 1561/1563), GG25 and
 * GGG40 (old DIN), HT250 and QT450-10 (GB), FC250 and FCD450 (JIS).
 */
const CAST_IRON = String.raw`\bEN-GJ[LSMV]-\d{3}(?:-\d{1,2})?\b|\bGGG?-?\d{2}\b|\b(?:HT|FC)\d{3}\b|\b(?:QT|FCD)\d{3}(?:-\d{1,2})?\b`;

/**
 * A fibre said to be pure is a composition: "pura lana vergine", "pure new wool", "reine Schurwolle",
 * "pure laine vierge", "全棉" (like 纯棉, all cotton). The law of the textile-labelling regulations reads
 * these as 100 %.
 */
const PURE_FIBRE = anyOf(
  latinWords([
    'pur[ao] (?:lana|lã|lino|linho|seda|seta|algodón|algodão|cotone|cachemira|cashmere)',
    'pure (?:new |virgin )?(?:wool|silk|linen|cotton|cashmere)',
    'pure (?:laine|soie|lin)',
    'reine (?:Schurwolle|Wolle|Seide|Baumwolle|Leinen)',
    'Schurwolle',
  ]),
  '全(?=棉|涤|麻|羊毛|真丝|毛)',
);

/**
 * Sewing thread by its size system: "bonded nylon Tex 70", "polyester tkt 120", "ticket 40", "210D/3". A
 * thread's fibre with its Tex or ticket number is bought and checked by that number, as a fabric by its weight.
 */
const THREAD_SIZE = String.raw`\b(?:Tex|tkt\.?|ticket(?: no\.?)?)[ \t]?\d{2,3}\b|(?<![\w.])\d{2,4}D\/[2-4]\b`;

/**
 * Upholstery fabric by its abrasion class: "Martindale ≥ 40,000 rubs", "Wyzenbeek 30,000 double rubs", "50.000
 * Scheuertouren". A contract fabric is bought and rejected by that count (EN ISO 12947, ASTM D4157); the figure is
 * what a lab checks, as a fabric's weight is.
 */
const ABRASION_CLASS = String.raw`\b(?:Martindale|Wyzenbeek)\b[^,;\n]{0,16}?\d{1,3}(?:[ ,.]?\d{3})+|(?<![\d.,])\d{1,3}(?:[ ,.]?\d{3})+\s{0,2}(?:double[ \t]rubs|rubs|Scheuertouren|cicli Martindale|cycles Martindale)\b`;

/** A metal named by its grade ("SUS304", "6061-T6", "сталь 12Х18Н10Т"): bare metal has a colour of its own. */
export const METAL_GRADE = anyOf(STEEL, GOST_GRADE, GOST_LATIN, NON_FERROUS);

/**
 * The grades that answer a material family wherever on the line it is named again ("ABS … material ABS (Chimei
 * PA-757)"). A trade type (named-types.ts) answers only the clause it stands in: "Mould insert: H13 steel" grades the
 * insert, not the frame's "steel tube" on the same line.
 */
export const LINE_GRADE = anyOf(
  ABRASION_CLASS,
  COMPOSITION,
  PURE_FIBRE,
  // "virgin PP", "Polipropileno (PP) virgem": a named resin with no regrind, as "100% virgin PP" says.
  VIRGIN_POLYMER,
  CAST_IRON,
  STANDARD,
  STEEL,
  GOST_GRADE,
  GOST_STANDARD,
  GOST_LATIN,
  NON_FERROUS,
  OTHER_GRADES,
  FABRIC_WEIGHT,
  GLASS_TYPE,
  CONDUCTOR,
  THREAD_SIZE,
  MAKER_GRADE,
  LABELLED_GRADE,
  BRACKETED_CODE,
  '纯',
);

export const GRADE = anyOf(
  LINE_GRADE,
  // "718H steel", "nylon 66", "PP cotton 300 g ±10 g per bed": the type the trade buys the material by.
  MOULD_STEEL,
  NYLON_TYPE,
  WEIGHED_FILL,
);

/**
 * "Material: 4140", "Werkstoff: 1045, induktionsgehärtet", "Material: 45#钢": under a material label the SAE/AISI
 * number needs no word "steel" beside it, the label says what the number grades. It stands in for the grade only
 * when it fills the value alone, with at most the steel word and a heat treatment: "1045 or equivalent", "1045
 * units", "1060 series", "4140 USD per ton" leave the rest for the material rule to read. The Chinese "45#" counts
 * only with its steel word: "20#" alone is as often a canvas, a sandpaper or a size.
 */
export const STEEL_WORD = String.raw`(?:(?:carbon|alloy|tool|spring)\s{1,2})?(?:steel|Stahl|acero|aço|acier|acciaio|stal|çelik|thép)|碳钢|圆钢|钢板|钢材|钢`;
const HEAT_TREATMENT = String.raw`Q\+?T|QT|H\+?T|quenched(?:\s{1,2}(?:and|&)\s{1,2}tempered)?|tempered|(?:induction\s{1,2}|case\s{1,2}|through\s{1,2})?hardened|carburi[sz]ed|normali[sz]ed|annealed|nitrided|induktionsgehärtet|einsatzgehärtet|gehärtet|vergütet|geglüht|normalgeglüht|templado|recocido|trempé|revenu|recuit|temprato|bonificato|调质|淬火|正火|退火|回火|渗碳`;
const LABELLED_STEEL_NUMBER = new RegExp(
  String.raw`^\s{0,3}(?:(?:(?:AISI|SAE)\s{0,2})?${SAE_GRADE}(?:\s{0,2}(?:${STEEL_WORD}))?|#?(?:08|10|15|20|25|30|35|40|45|50|55|60|65|70)(?:#|号)\s{0,2}(?:${STEEL_WORD}))(?:[\s,;，；、/()（）-]{1,4}(?:${HEAT_TREATMENT}))*[\s.。]*$`,
  'iu',
);
export function opensWithSteelNumber(value: string): boolean {
  return LABELLED_STEEL_NUMBER.test(value);
}
