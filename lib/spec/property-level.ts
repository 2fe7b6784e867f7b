/**
 * "noise low", "moisture normal", "độ ẩm thấp", "rutubet normal", "Geräusch gering": a property a lab or an
 * inspector measures (sound in dB, water in %) named and then given a level word, with no figure beside it. "Low"
 * and "normal" are the supplier's own yardstick; only "≤ 55 dB(A) at 1 m" or "moisture ≤ 12.5 %" can be checked
 * and refused. Read like postposed-level.ts (its claims are about output, this one's about a measured property),
 * and the low and middle words count here: for noise or moisture, low is the claim.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { anyOf, cjk, latinWords, regex } from './patterns';
import { vagueFinding } from './spec-finding';

type Property = 'sound' | 'water';

const SOUND_NOUN = latinWords([
  'noise(?: level)?',
  'sound level',
  'vibration',
  'ruido',
  'ruído',
  'bruit',
  'Geräusch(?:pegel|entwicklung)?',
  'Lautstärke',
  'rumore',
  'rumorosità',
  'kebisingan',
  'suara',
  'độ ồn',
  'tiếng ồn',
  'gürültü(?: seviyesi)?',
]);
const WATER_NOUN = latinWords([
  'moisture(?: content)?',
  'humidity',
  'water content',
  'humedad',
  'umidade',
  'humidade',
  'humidité',
  'Feuchte',
  'Feuchtigkeit(?:sgehalt)?',
  'Wassergehalt',
  'umidità',
  'kelembaban',
  'kelembapan',
  'kadar air',
  'độ ẩm',
  'rutubet',
  'nem oranı',
]);
/** The level words, high and low alike, and the "normal" that sets no level at all. */
const LEVEL = latinWords([
  '(?:very |extra |super )?(?:low|high|small|little|normal|standard|ok|okay|good|minimal|quiet|dry)',
  'muy (?:baj[oa]|alt[oa])',
  'baj[oa]',
  'alt[oa]',
  'normal(?:e|es)?',
  'baix[oa]',
  'faible',
  'basse?',
  'élevée?',
  'niedrig',
  'gering',
  'hoch',
  'leise',
  'bass[oa]',
  'rendah',
  'tinggi',
  'kecil',
  'thấp',
  'cao',
  'bình thường',
  'chuẩn',
  'düşük',
  'yüksek',
  'az',
]);
const END = String.raw`\s{0,2}(?=$|[,;.，；。|)!])`;
const CLAIM = regex(
  anyOf(
    String.raw`(?:(${SOUND_NOUN})|(${WATER_NOUN}))\s{1,2}(?:is\s|es\s|est\s|ist\s|é\s)?${LEVEL}${END}`,
    // Korean writes the level as a noun after it: "소음 낮음", "수분 정상" (Chinese "噪音低" is read elsewhere).
    cjk(['소음\\s?(?:낮음|적음|정상|보통)', '(?:수분|습도)\\s?(?:낮음|적음|정상|보통)']),
  ),
  'giu',
);

/** The piece around the claim (between commas or semicolons) holds no figure: "noise low (52 dB)" is measured. */
function pieceHasFigure(text: string, start: number, end: number): boolean {
  const from = Math.max(text.slice(0, start).search(/[,;，；、|][^,;，；、|]*$/u) + 1, 0);
  const stop = text.slice(end).search(/[,;，；、|]/u);
  return /\d/u.test(text.slice(from, stop < 0 ? text.length : end + stop));
}

/** The figure the level stands for, later in the clause: "noise low, 52 dB(A)", "moisture normal, 11.5 %". */
const MEASURED_LATER: Record<Property, RegExp> = {
  sound: /\d\s{0,2}(?:dB|dBA|decibels?)(?![\p{L}])/iu,
  water: /\d\s{0,2}%/u,
};

const WHY = msg('spec.why.performance');
const EXAMPLE: Record<Property, string> = {
  sound: '≤ 55 dB(A) at 1 m',
  water: 'moisture ≤ 12.5 % (oven method)',
};

export const propertyLevelDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause): Finding[] {
    if (clause.attribute && clause.attribute !== 'performance' && clause.attribute !== 'material') return [];
    const text = clause.text;
    const found: Finding[] = [];
    for (const m of text.matchAll(CLAIM)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      const property: Property = m[1] !== undefined || /^소음/u.test(m[0]) ? 'sound' : 'water';
      if (pieceHasFigure(text, start, end) || MEASURED_LATER[property].test(text.slice(end))) continue;
      found.push(
        vagueFinding('performance', clause, {
          start,
          end,
          why: WHY,
          fix: msg('spec.fix.performance', { example: EXAMPLE[property] }),
        }),
      );
    }
    return found;
  },
};
