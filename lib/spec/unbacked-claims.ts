/**
 * Safety, material and environmental claims with nothing to check them against: "food grade", "BPA free",
 * "FDA approved material", "non-toxic", "100% safe", "eco-friendly", "low formaldehyde", "dermatologically
 * tested", "grade A cells, real capacity" (and their es/pt/fr/de/zh forms). Each is a conclusion a lab reaches
 * under a named standard on these goods; written alone, any lot "is" food grade, and a dispute has no limit, no
 * method and no report to hold it to. Silent when the line names what backs the claim: a standard or regulation
 * by number, a certificate scheme, a limit with its unit, a capacity figure, or a test report.
 */

import { msg } from '../i18n/msg';
import { MATERIAL_NOUN } from './material-lexicon';
import { NATURAL_BACKING, NATURAL_CLAIMS } from './natural-claims';
import { anyOf, cjk, findAll, latinWords, regex, test } from './patterns';
import type { VagueHit } from './spec-finding';

/** What is claimed; it picks the standard and test the fix asks for. */
export type ClaimKind =
  | 'food'
  | 'bpa'
  | 'toxic'
  | 'safe'
  | 'eco'
  | 'emission'
  | 'skin'
  | 'battery'
  | 'natural'
  | 'ethical';

/** The standard and test to ask for instead, per kind (contract wording: the same in every language). */
export const CLAIM_EXAMPLE: Record<ClaimKind, string> = {
  food: 'food contact to EU 10/2011 + LFGB (or FDA 21 CFR 177.2600), migration test report on this lot from an accredited lab',
  bpa: 'BPA not detected (< 0.01 mg/kg) per EN 14350 / EU 10/2011 migration test, report on this lot',
  toxic: 'EN 71-3 migration of elements and REACH SVHC < 0.1%, test report from an accredited lab',
  safe: 'the safety standard for this product (e.g. EN 71-1/-2/-3 for toys, IEC 62133-2 for batteries), test report on this model',
  eco: 'FSC / GRS / OEKO-TEX Standard 100 certificate no. ___ covering this item',
  emission: 'formaldehyde class E1 (≤ 0.1 ppm, EN 717-1) or CARB Phase 2 / TSCA Title VI, test report',
  skin: 'HRIPT patch test on 50 subjects, no irritation, report no. ___ from a named lab',
  battery: 'rated 5000 mAh, min. 4900 mAh at 0.2 C discharge (IEC 61960), cell maker and model named',
  natural:
    'natural origin index ≥ 95% per ISO 16128-2; organic to EU 2018/848 (or USDA NOP / COSMOS), certificate no. ___',
  ethical: 'Leaping Bunny (or The Vegan Society) registration no. ___ covering this formula',
};

/** A grade word after a scheme's name ("LFGB grade") or before it ("grado LFGB", "qualité LFGB"). */
const GRADE_WORD = `[- ](?:grade|quality|level|standard material)|[- ]?(?:级|等级)`;
const GRADE_BEFORE = `(?:grad[oe]|qualit[éàa]|calidad|qualidade|Qualität|grau) `;
const SCHEME_AS_GRADE = `LFGB(?:${GRADE_WORD})|${GRADE_BEFORE}LFGB|LFGB-Qualität`;

const CLAIMS: [ClaimKind, string][] = [
  [
    'food',
    anyOf(
      latinWords([
        'food[- ](?:grade|safe|contact grade|approved)',
        // The FDA does not approve a material for food contact by name; "FDA approved" cites no part of 21 CFR.
        'FDA[- ](?:approved|certified|grade|compliant|standard|listed)',
        // "LFGB grade silicone", "grado LFGB", "LFGB级": the scheme worn as an adjective, like "food grade"; no test
        // under it is named, so the name is the claim, not what backs it (BACKING reads the scheme otherwise).
        `${SCHEME_AS_GRADE}`,
        '(?:approved|certified) by (?:the )?FDA',
        'grado (?:alimenticio|alimentario)',
        'apt[oa]s? para (?:uso )?(?:alimentos|alimentario|contacto (?:con )?alimentos)',
        'de calidad alimentaria',
        'grau (?:alimentício|alimentar)',
        'próprios? para (?:contato com )?alimentos',
        'qualité alimentaire',
        'contact alimentaire',
        '(?:matériau|matière|plastique|silicone|grade)s? alimentaires?',
        'lebensmittel(?:echt|geeignet|sicher)(?:e[nrs]?)?',
        'für Lebensmittel geeignet',
      ]),
      cjk(['食品级', '食品接触级']),
    ),
  ],
  [
    'bpa',
    anyOf(
      latinWords([
        'BPA[- ]free',
        'free (?:of|from) BPA',
        'no BPA',
        '(?:sin|libre de|sem|livre de|sans) BPA',
        'BPA-frei',
        'ohne BPA',
      ]),
      cjk(['(?:不含|无)(?:BPA|双酚A)']),
    ),
  ],
  [
    'toxic',
    anyOf(
      latinWords([
        'non[- ]?toxic',
        'not toxic',
        'harmless',
        'no harmful (?:substances|chemicals)',
        'free (?:of|from) harmful (?:substances|chemicals)',
        'no tóxic[oa]s?',
        'atóxic[oa]s?',
        'não tóxic[oa]s?',
        'inofensiv[oa]s?',
        'non toxiques?',
        'sans substances? nocives?',
        'ungiftig(?:e[nrs]?)?',
        'schadstofffrei(?:e[nrs]?)?',
      ]),
      cjk(['无毒(?:无害)?', '无害', '对人体无害']),
    ),
  ],
  [
    'safe',
    anyOf(
      latinWords([
        '100 ?% safe',
        '(?:completely|totally|absolutely|perfectly|very|super) safe',
        'safe (?:for|to) (?:use|kids|children|babies|baby|skin|health|people|pets|humans|food|touch|eat)',
        '(?:child|kid|baby)[- ]safe',
        // "Formula safe", "soft and safe": the word ends the claim, with nothing after it to say safe by what.
        '(?<!fail[- ])safe(?=\\s{0,2}(?:$|[,;.!]))',
        'segur[oa]s? para (?:niños|bebés|la piel|la salud|alimentos|crianças|bebês|a pele|a saúde)',
        'sin peligro',
        'sans danger(?: pour (?:la santé|les enfants|la peau))?',
        'sem perigo',
        'sicher für (?:Kinder|Babys|die Haut)',
        '(?:gesundheitlich )?unbedenklich',
      ]),
      cjk(['100\\s?%\\s?安全', '安全无毒', '绝对安全']),
    ),
  ],
  [
    'eco',
    anyOf(
      latinWords([
        'eco[- ]?friendly',
        'environment(?:al(?:ly)?)?[- ]friendly',
        'environmentally safe',
        'green (?:material|product)s?',
        'ecológic[oa]s?',
        '(?:amigable|respetuos[oa]) con el medio ambiente',
        'amig[oa]s? do (?:meio )?ambiente',
        'écologiques?',
        "respectueu(?:x|se)s? de l['’]environnement",
        'umweltfreundlich(?:e[nrs]?)?',
      ]),
      cjk(['环保(?:材料|材质)?']),
    ),
  ],
  [
    'emission',
    anyOf(
      latinWords([
        '(?:low|zero|no)[- ]formaldehyde',
        'formaldehyde[- ]free',
        'low[- ]VOC',
        '(?:bajo|sin) (?:en )?formaldehído',
        '(?:baixo|sem) formaldeído',
        '(?:faible (?:teneur en |émission de )?|sans )formaldéhyde',
        'formaldehyd(?:arm|frei)(?:e[nrs]?)?',
      ]),
      cjk(['(?:低|无|零)甲醛']),
    ),
  ],
  [
    'skin',
    anyOf(
      latinWords([
        'dermatolog(?:ically|ist)[- ](?:tested|approved|recommended)',
        'clinically (?:tested|proven)',
        'hypoallergenic',
        'dermatológicamente (?:probado|testado)',
        '(?:testado )?dermatologicamente(?: testado)?',
        'testé dermatologiquement',
        'hypoallergénique',
        'dermatologisch (?:getestet|geprüft)',
        'hypoallergen',
      ]),
      cjk(['(?:经)?皮肤(?:科)?测试', '低致敏']),
    ),
  ],
  [
    'battery',
    anyOf(
      latinWords([
        // "Grade A" is read only on a battery line (see BATTERY_LINE): elsewhere it is the material rule's praise.
        '(?:real|true|full|actual)(?: full)? capacity',
        'real mAh',
        'capacidad real',
        'capacidade real',
        'capacité réelle',
        'echte Kapazität',
      ]),
      cjk(['足容量?', '真实容量', '(?:A品|A级)电芯']),
    ),
  ],
  // "natural ingredients", "organic honey", "vegan, cruelty free", "voedselveilig": see natural-claims.ts.
  ...NATURAL_CLAIMS,
];

/** "Battery grade A", "A-grade cells": a cell grade the supplier assigns itself, on a line about cells. */
const CELL_GRADE = latinWords([
  'grade A\\+?(?: cells?| battery| batteries)?',
  'A\\+?[- ]grade(?: cells?| battery| batteries)?',
]);
const BATTERY_LINE = /batter|\bcells?\b|akku|bater[ií]a|batterie|电池|电芯/iu;

/**
 * What backs a claim: a standard or regulation by number ("EN 14350", "EU 10/2011", "21 CFR 177.2600",
 * "GB 4806.7", "EN 717-1"), a named scheme (LFGB, OEKO-TEX, FSC, GRS, CARB P2, E0/E1), a limit with a unit
 * (ppm, mg/kg, mg/m³), a capacity figure, a patch test, or a test report or laboratory.
 */
const BACKING = anyOf(
  latinWords([
    '(?:EN|ISO|IEC|ASTM|GB(?:/T)?|UL|ANSI|DIN|JIS|BS|AS(?:/NZS)?|CFR|NF|UNE|QB(?:/T)?|SN|GOST)(?: ?(?:EN|ISO|IEC))?[ -]?[A-Z]?\\d{2,}(?:[-.:/]\\d+)*',
    '\\d{1,2} ?CFR',
    `LFGB(?!${GRADE_WORD})(?<!${GRADE_BEFORE}LFGB)`,
    'REACH',
    'Prop(?:osition)? ?65',
    'CPSIA',
    'OEKO[- ]?TEX',
    'FSC',
    'GRS',
    'GOTS',
    'PEFC',
    'bluesign',
    'Cradle to Cradle',
    'CARB(?: P(?:hase )?2)?',
    'TSCA',
    'E[01]|ENF|F ?★{4}|F4 ?star',
    'UN ?38\\.3',
    'HRIPT',
    'patch test',
    'test(?:ing)? (?:report|certificate)',
    'lab(?:oratory)? report',
    'report (?:no\\.?|nr\\.?|#|number)',
    'SGS',
    'Intertek',
    'T[ÜU]V',
    'Bureau Veritas',
    'Eurofins',
    'informe de (?:ensayo|prueba)',
    "rapport d['’]essai",
    'Prüfbericht',
    'relatório de ensaio',
    'laudo',
  ]),
  // An EU regulation by number: "(EU) No 10/2011", "(EC) 1935/2004".
  String.raw`[(（](?:EU|UE|EC|CE|EG|WE|ЕС|ЄС)[)）]\s{0,2}(?:No\.?\s{0,2}|Nr\.?\s{0,2}|n[°º.]\s{0,2})?\d{1,4}/\d{4}`,
  String.raw`\b(?:EU|UE)\s{0,2}(?:No\.?\s{0,2})?10/2011`,
  // A limit or a capacity with its unit: "< 0.05 ppm", "≤ 0.1 mg/m³", "5000 mAh".
  String.raw`\d\s{0,2}(?:ppm|ppb|mg/kg|mg/m³|mg/m3|mg/L|mg/l|mg/dm²|mg/dm2|µg|μg|k?mAh|Wh)(?![A-Za-z])`,
  cjk(['检测报告', '测试报告', '检验报告']),
  NATURAL_BACKING,
);

export interface ClaimHit extends VagueHit {
  kind: ClaimKind;
}

const WHY = msg('spec.why.unbackedClaim');

/** Claims in `text` (one clause) that nothing on `line` backs. */
export function unbackedClaims(text: string, line: string): ClaimHit[] {
  if (test(BACKING, line)) return [];
  const found = CLAIMS.flatMap(([kind, source]) => findAll(source, text).map((m) => ({ ...m, kind })));
  if (BATTERY_LINE.test(line))
    found.push(...findAll(CELL_GRADE, text).map((m) => ({ ...m, kind: 'battery' as const })));
  return found.map((m) => ({
    start: m.start,
    end: m.end,
    kind: m.kind,
    why: WHY,
    fix: msg('spec.fix.performance', { example: CLAIM_EXAMPLE[m.kind] }),
  }));
}

/** The message every claim finding carries: how the line's other rules tell a claim from a measured property. */
export const UNBACKED_CLAIM_WHY = 'spec.why.unbackedClaim';

const MATERIAL_AFTER = regex(
  `^[\\s-]{0,2}(?:${anyOf(latinWords(['materials?', 'materiales?', 'matériaux?', 'Materialien', 'materiais']), cjk(['材料', '材质']), MATERIAL_NOUN)})`,
  'iu',
);

/** "food grade silicone", "child safe material": the claim names the quality of the material written after it. */
export function claimQualifiesMaterial(line: string, claimEnd: number): boolean {
  return MATERIAL_AFTER.test(line.slice(claimEnd, claimEnd + 40));
}
