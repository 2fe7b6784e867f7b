/**
 * A plating with no thickness: "Plating: gold color plating, thick", "Galvanik: vergoldet", "电镀：镀金", or "heavy gold
 * plating" anywhere. How long a plating lasts is its thickness in microns (gold flash is 0.05 µm, vermeil 2.5 µm);
 * "thick" or a metal's name alone lets the supplier flash the thinnest coat. Silent when the thickness is written
 * ("18K gold plating 0.5 µm", "Ni 8-10 µm"), or a standard, a salt-spray test or a numbered reference holds it.
 */
import { msg } from '../i18n/msg';
import type { Clause } from './clauses';
import { namesAStandard } from './named-record';
import { anyOf, cjk, findAll, latinWords, regex, scriptWords, test } from './patterns';
import { DESIGN_FILE, SAMPLE_IDENTIFIED } from './reference-lexicon';
import { tidyRange, type VagueHit } from './spec-finding';

const PLATING = anyOf(
  latinWords([
    '(?:electro-?)?plat(?:ing|ed)',
    'galvani[sz](?:ing|ed)',
    'chapad[oa]s?',
    'chapeado',
    'baño (?:de|en) (?:oro|plata|níquel|cromo|rodio)',
    'bañad[oa]s? (?:en|de|con) (?:oro|plata|rodio)',
    'banh(?:o|ad[oa]s?) (?:a|em|de) (?:ouro|prata|ródio|níquel)',
    'plaqué(?:e|es|s)? (?:or|argent)',
    'placage',
    'vergoldet',
    'versilbert',
    'Vergoldung',
    'Galvanik',
    'placcat[oa](?: (?:oro|argento))?',
    'placcatura',
    'pozłacan[aey]',
    'posrebrzan[aey]',
    'powłoka galwaniczna',
    'kaplama',
    'xi mạ',
    'mạ (?:vàng|bạc|crôm|kẽm|niken)',
    'lapis(?:an)? (?:emas|perak)',
    'sepuh',
    'verguld',
    'verzilverd',
  ]),
  scriptWords(['позолот\\p{L}{0,4}', 'гальванич\\p{L}{0,6}']),
  cjk(['电镀', '镀(?:金|银|铬|镍|锌|铑|层)', 'メッキ', '鍍金']),
);
/** A thickness said with a word instead of a figure: "thick", "heavy", "dày", "厚". */
const THICKNESS_WORD = anyOf(
  latinWords([
    'thick(?:er)?',
    'heavy(?![- ]duty)',
    'thin',
    'multi-?layers?',
    '(?:double|triple|several|extra) layers?',
    'grues[oa]',
    'gross[oa]',
    'épaisse?',
    'dick(?:e[nrs]?)?',
    'spess[oa]',
    'espess[oa]',
    'grub[aey]',
    'kalın',
    'dày',
    'tebal',
    'dik(?:ke)?',
  ]),
  scriptWords(['толст\\p{L}{0,3}']),
  cjk(['厚(?:镀|金)?', '加厚']),
);
/** A label that heads the plating itself ("Plating:", "Plating thickness:", "电镀："), not its colour. */
const PLATING_LABEL = regex(
  `^\\s{0,3}(?:[\\p{L}-]+\\s){0,2}?(?:${PLATING})(?:\\s(?:thickness|layer|Dicke|espesor|épaisseur|spessore))?\\s{0,2}[:：]`,
  'iu',
);
/** The thickness as a figure: microns, micro-inches, mils, or millimetres. */
const THICKNESS =
  /(?<![A-Za-z\d.,])\d+(?:[.,]\d+)?\s{0,2}(?:[-–~]\s{0,2}\d+(?:[.,]\d+)?\s{0,2})?(?:[µμu]m|microns?|micromet(?:er|re)s?|[µμu]"|[µμu]in|micro-?inch(?:es)?|mils?|mm|微米|丝)(?![\p{L}])/iu;
/** A salt-spray or corrosion test with its hours: the plating's life measured another way. */
const SALT_SPRAY =
  /\d{2,4}\s{0,2}(?:h|hrs?|hours?|小时|時間)\b[^;]{0,30}(?:salt|NSS|CASS|盐雾)|(?:salt[- ]spray|NSS|盐雾)[^;]{0,30}\d{2,4}\s{0,2}(?:h|hrs?|hours?|小时)/iu;

const WHY = msg('spec.why.performance');
const FIX = msg('spec.fix.performance', {
  example:
    '18K gold plating ≥ 0.5 µm (ISO 4523), thickness checked by XRF per lot; 24 h salt spray (ISO 9227)',
});

function heldElsewhere(text: string): boolean {
  return (
    THICKNESS.test(text) ||
    SALT_SPRAY.test(text) ||
    namesAStandard(text) ||
    test(DESIGN_FILE, text) ||
    test(SAMPLE_IDENTIFIED, text)
  );
}

export function platingWithoutThickness(clause: Clause, line: string): VagueHit[] {
  const text = clause.text;
  // "Plating: 18K gold PVD, thickness ≥ 0.5 µm": the thickness may stand in the next clause of the line.
  if (!test(PLATING, text) || heldElsewhere(line)) return [];
  const label = PLATING_LABEL.exec(text);
  if (label) {
    // "Plating: gold", "Galvanik: vergoldet": the field names the metal and leaves its thickness out.
    const range = tidyRange(text, label[0].length, text.length);
    return range.end > range.start ? [{ ...range, why: WHY, fix: FIX }] : [];
  }
  // "thick gold plating", "gold plated, heavy": the thickness praised with a word, under any label.
  const hits: VagueHit[] = [];
  for (const p of findAll(PLATING, text)) {
    const near = findAll(THICKNESS_WORD, text).find(
      (w) => (w.end <= p.start && p.start - w.end <= 24) || (w.start >= p.end && w.start - p.end <= 24),
    );
    if (!near) continue;
    const range = tidyRange(text, Math.min(near.start, p.start), Math.max(near.end, p.end));
    hits.push({ ...range, why: WHY, fix: FIX });
  }
  return hits;
}
