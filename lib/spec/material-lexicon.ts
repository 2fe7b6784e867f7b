/** Material names, quality adjectives and the grade marks that make a material checkable. */
import { anyOf, cjk, latinWords, test } from './patterns';

/** Material names read in any clause (abbreviations that collide with other words, like PC or PE, are left out). */
export const MATERIAL_NOUN = anyOf(
  latinWords([
    'stainless steel',
    'carbon steel',
    'steel',
    'metal',
    'iron',
    'alumin(?:i)?um(?: alloy)?',
    'zinc alloy',
    'alloy',
    'brass',
    'copper',
    'wood(?:en)?',
    'bamboo',
    '(?:genuine |faux |PU |real )?leather',
    'cotton',
    'polyester',
    'nylon',
    'silk',
    'wool',
    'linen',
    'glass',
    'ceramic',
    'porcelain',
    'silicone',
    'rubber',
    'plastic',
    'ABS',
    'PVC',
    'TPU',
    'acrylic',
    'resin',
    'acero inoxidable',
    'acero',
    'hierro',
    'aluminio',
    'madera',
    'cuero',
    'algodón',
    'poliéster',
    'vidrio',
    'cerámica',
    'silicona',
    'plástico',
    'acier inoxydable',
    'acier',
    'métal',
    'bois',
    'cuir',
    'coton',
    'verre',
    'céramique',
    'plastique',
    'Edelstahl',
    'Stahl',
    'Metall',
    'Eisen',
    'Holz',
    'Leder',
    'Baumwolle',
    'Glas',
    'Keramik',
    'Silikon',
    'Kunststoff',
    'aço inoxidável',
    'aço',
    'ferro',
    'alumínio',
    'madeira',
    'couro',
    'algodão',
    'vidro',
    'cerâmica',
  ]),
  cjk([
    '不锈钢',
    '碳钢',
    '铝合金',
    '锌合金',
    '黄铜',
    '金属',
    '实木',
    '真皮',
    '皮革',
    '纯棉',
    '涤纶',
    '尼龙',
    '玻璃',
    '陶瓷',
    '硅胶',
    '橡胶',
    '塑料',
    '亚克力',
    '钢',
    '铁',
    '铝',
    '铜',
    '木',
    '棉',
  ]),
);

/** Praise instead of a standard: "good quality", "优质", "hohe Qualität". */
export const QUALITY_WORDS = anyOf(
  latinWords([
    '(?:very )?(?:good|high|top|premium|best|excellent|superior|great|first[- ]class|nice|perfect|fine) quality(?: material)?',
    'high[- ]grade',
    'top[- ]grade',
    'A[- ]grade',
    'good material',
    'eco[- ]friendly material',
    'quality (?:must be |is |should be )?(?:good|high|ok|fine)',
    '(?:buena|alta|excelente|mejor) calidad',
    'calidad (?:premium|superior)',
    '(?:bonne|haute|excellente|meilleure) qualité',
    'qualité (?:supérieure|premium)',
    '(?:gute|hohe|beste|erstklassige) Qualität',
    'Top-?Qualität',
    '(?:boa|alta|ótima|excelente) qualidade',
  ]),
  cjk(['优质', '高品质', '高质量', '质量好', '质量要好', '品质好', '品质优良', '上等']),
);

/** Marks that pin a material down: a grade, a composition, a standard, a resin code. */
export const GRADE = anyOf(
  String.raw`(?<![\d.,])\d{1,3}(?:[.,]\d{1,3})?\s{0,2}%`,
  String.raw`\b18/(?:8|10)\b`,
  String.raw`\b(?:SUS|AISI|SS|SAE|UNS)\s{0,2}-?\s{0,2}[A-Z]?\d{3,5}[A-Z]?`,
  String.raw`(?<![\d.])(?:201|202|301|303|304L?|316L?|410|420|430|440C?|925)(?![\d.])`,
  String.raw`\b(?:ASTM|EN|ISO|GB(?:/T)?|JIS|DIN|BS|ANSI|CFR|ISPM)\s{0,2}[A-Z]?\s{0,2}\d`,
  latinWords([
    'LFGB',
    'FDA',
    'REACH',
    'RoHS',
    'BPA[- ]free',
    'full[- ]grain',
    'top[- ]grain',
    'nubuck',
    'pure',
  ]),
  String.raw`\bQ\d{3}[A-E]?\b|\b\d{4}-T\d{1,2}\b|\b\d{4}\s{0,2}(?:aluminium|aluminum|alloy)|(?:aluminium|aluminum|alloy|铝合金|铝)\s{0,2}\d{4}|(?<!\d)\d{4}\s{0,2}铝`,
  String.raw`\b\d{1,2}\s{0,2}K\b|\bN\d{2}[A-Z]{0,2}\b|\bShore\s{0,2}[AD0]?\s{0,2}\d{2}`,
  String.raw`(?<!\d)\d{1,5}\s{0,2}(?:gsm|g/m2|g/m²|克/平方米|denier|dtex|TC)(?![A-Za-z])|\b\d{1,5}D\b|\b\d{2,3}T\b`,
  /* Steel, zinc, brass and copper grades written as codes: SPCC, S355JR, G550 + Z275, ZAMAK 3, H62, C11000. */
  String.raw`\b(?:SPCC|SPHC|SECC|SGCC|SPTE|SS400|A36|DC0[1-6]|DX5[1-4]D?|S(?:235|275|355)[A-Z0-9]{0,4}|G[2-5]\d0|Z[1-6]\d{2}|AZ\d{2,3})\b`,
  String.raw`\bZAMAK[ \t-]?[2-7]\b|\bZA-?\d{1,2}\b|\bH(?:59|6[2-8]|70)\b|\bCuZn\d{2}|\bC\d{5}\b|\b10[1-9]\d[ \t](?:carbon[ \t])?steel|\b(?:45|65Mn|40Cr)#?[ \t]steel`,
  /* A trim maker's size or article: "YKK #5", "Coats Epic 120". */
  String.raw`\b(?:YKK|Riri|Lampo|Opti|Coats|Gütermann|Amann)[ \t]{0,2}(?:[A-Z][a-z]{1,10}[ \t])?#?\d`,
  String.raw`\bgrade\s{0,2}[:：]?\s{0,2}[A-Z]{0,6}\d|\b1\.4\d{3}\b`,
  /* Steel grades written as alloy codes: 3Cr13, 8Cr13MoV, 1Cr18Ni9Ti, X5CrNi18-10. */
  String.raw`\b\d{0,2}Cr\d{1,2}(?:[A-Z][a-z]?\d{0,3}){0,6}\b|\bX\d{1,3}(?:[A-Z][a-z]?){1,6}\d[\d-]{0,8}`,
  /* A resin or product grade in brackets right after a name: "ABS (LG HI121H)". */
  // Bounded inside the brackets: "[^)]*" from every "(" of "((((…" re-read the rest of the line each time.
  String.raw`[(（][^()（）]{0,40}?[A-Z]{1,4}-?\d{2,8}[A-Z0-9-]{0,12}[^()（）]{0,40}[)）]`,
  cjk(['纯']),
);

/**
 * Specific material types whose weight or thickness finishes the specification
 * ("PP 5 mil", "3 mm MDF", "2 mm EVA foam 35°", "12 oz canvas"). Families
 * (steel, plastic, leather, alloy) are not here: their grade is the question.
 * A fabric is finished by its areal weight, a sheet, film or foam by its thickness.
 */
const SHEET_TYPE = latinWords([
  '(?:HD|LD|LLD)?PE',
  'PP',
  'B?OPP',
  'CPP',
  '[AR]?PETG?',
  'H?IPS',
  'EPS',
  'EPE',
  'polycarbonate',
  '(?<!\\d\\s?)PC',
  'PA ?(?:6|66|12)',
  'POM',
  'PMMA',
  'PVC',
  'TPU',
  'TPE',
  'TPR',
  'EVA',
  'ABS',
  'PBT',
  'PU',
  'PLA',
  'neoprene',
  'MDF',
  'HDF',
  'plywood',
  'chipboard',
  'particle ?board',
  'gr[ae]y ?board',
  'SBS',
  'FBB',
  'C1S',
  'C2S',
  'duplex(?: board)?',
  'ivory board',
  'art (?:paper|board)',
  'kraft(?: paper)?',
  '(?:EVA|PU|EPE|memory|PE) foam',
  'tempered glass',
  '(?:cowhide|full[- ]grain|top[- ]grain|split|nappa|nubuck) leather',
]);
const FABRIC_TYPE = latinWords([
  'cotton',
  'polyester',
  'nylon',
  'oxford',
  'canvas',
  'duck',
  'denim',
  'jersey',
  'fleece',
  'twill',
  'poplin',
  'satin',
  'taffeta',
  'ripstop',
  'felt',
  'non-?woven',
]);
const THICKNESS = anyOf(
  String.raw`(?<![\d.,])\d{1,5}(?:[.,]\d{1,3})?\s{0,2}(?:mm|microns?|µm|μm|mic|mils?|gauge|ga|silk|丝|kg/m³|kg/m3)(?![A-Za-z])`,
  String.raw`\bshore\s{0,2}[ADC0]?\s{0,2}\d{1,3}|(?<![\d.,])\d{1,3}\s{0,2}(?:°|degrees?)(?:\s{0,2}(?:hardness|shore))?|\b\d{1,3}\s?HR[BC]\b`,
);
const AREAL_WEIGHT = String.raw`(?<![\d.,])\d{1,5}(?:[.,]\d{1,3})?\s{0,2}(?:oz(?:/yd²?|/sq ?yd)?|g/m²|g/m2|gsm)(?![A-Za-z])`;

/** A specific type with the measure that finishes it. */
export function typeWithMeasure(text: string): boolean {
  return (
    (test(SHEET_TYPE, text) && test(THICKNESS, text)) || (test(FABRIC_TYPE, text) && test(AREAL_WEIGHT, text))
  );
}

/** A value naming a component technology rather than a material ("Screen Material: IPS"). */
export const COMPONENT_TECHNOLOGY =
  /^(?:IPS|TFT|LTPS|OLED|AMOLED|LCD|E-?ink)(?:\s(?:LCD|display|screen|panel))?$/iu;

/** Material words inside a packaging phrase are the packaging rule's business ("wooden pallet"). */
export const PACKAGING_AFTER =
  /^[\s-]{0,3}(?:pallets?|box(?:es)?|bags?|cartons?|cases?|crates?|screen|托盘|箱|袋)/iu;
/** A material word naming a decoration ("silicone label", "leather patch") belongs to the customisation. */
export const DECORATION_AFTER =
  /^[\s-]{0,3}(?:labels?|patch(?:es)?|stickers?|tags?|badges?|logos?|prints?)\b/iu;
/** A word followed by a shade or article number is a brand or code ("Madeira 1147"), not a material. */
export const CODE_AFTER = /^[ \t]{0,2}#?\d{3,5}\b(?![ \t]?(?:mm|cm|g|kg|%))/u;
