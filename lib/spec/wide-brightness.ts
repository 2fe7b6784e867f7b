/**
 * One product's brightness left inside a range: "Brightness: 800-1000 nits", "Luminous flux: 1200-1600 lm",
 * "亮度：800-1000流明". A panel or a lamp is built to one brightness (the grade of its LEDs or its backlight); a range
 * wider than the ±10 % an LED bin allows spans two grades, and the supplier may ship the lower one. The cut-off is
 * therefore tighter than a power's (wide-power.ts): the far end more than 1.2 times the near one.
 * Not read: a brightness the goods are set to ("dimmable 200-800 lm", "3 modes", "adjustable"), or a range beside a
 * single rated figure ("1000 lm (800-1000 lm in eco mode)").
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { anyOf, cjk, findAll, latinWords, regex, scriptWords, test } from './patterns';
import { tidyRange, vagueFinding } from './spec-finding';
import { RANGE_NUM, RANGE_SEP } from './wide-measure';

const BRIGHTNESS_LABEL = regex(
  `^\\s{0,3}(?:[\\p{L}-]+\\s){0,2}?${anyOf(
    latinWords([
      'brightness',
      'luminous flux',
      'luminance',
      'lumens?',
      'light output',
      'brillo',
      'luminosidad',
      'flujo luminoso',
      'luminosité',
      'flux lumineux',
      'Helligkeit',
      'Lichtstrom',
      'luminosità',
      'flusso luminoso',
      'brilho',
      'fluxo luminoso',
      'jasność',
      'strumień świetlny',
      'parlaklık',
      'độ sáng',
      'quang thông',
      'kecerahan',
      'helderheid',
      'lichtstroom',
    ]),
    scriptWords(['яркость', 'световой поток', 'яскравість']),
    cjk(['亮度', '光通量', '輝度', '明るさ', '밝기']),
  )}\\s{0,2}(?:[(（][^)）]{0,12}[)）]\\s{0,2})?[:：]`,
  'iu',
);
const UNIT = '(lm|lumens?|nits?|cd/m²|cd/m2|lux|lx|mcd|cd|流明|尼特)';
const RANGE = `(?<![\\d.,])(${RANGE_NUM})\\s{0,2}${UNIT}?${RANGE_SEP}(${RANGE_NUM})\\s{0,2}${UNIT}(?![\\p{L}\\d])`;
/** A brightness figure outside any range: the rated one. */
const SINGLE = regex(
  `(?<![\\d.,]\\s{0,2}(?:-|–|~|～|to)\\s{0,2})(?<![\\d.,])${RANGE_NUM}\\s{0,2}${UNIT}(?![\\p{L}\\d])(?!\\s{0,2}(?:-|–|~|～|to)\\s{0,2}\\d)`,
  'iu',
);
/** What the range is set to, not the brightness of one unit. */
const SET_TO = anyOf(
  latinWords([
    'dimm(?:able|ing|bar)',
    'adjustable',
    'regulable',
    'réglable',
    'einstellbar',
    'regolabile',
    'modes?',
    'levels?',
    'settings?',
    'steps?',
    'modos?',
    'niveles',
    'Stufen?',
    'eco',
    'boost',
    'turbo',
  ]),
  cjk(['可调', '调光', '档']),
);

const WHY = msg('spec.why.performance');

export const wideBrightnessDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause): Finding[] {
    const text = clause.text;
    const label = BRIGHTNESS_LABEL.exec(text);
    if (!label) return [];
    const value = text.slice(label[0].length);
    if (test(SET_TO, value)) return [];
    const wide = findAll(RANGE, value).filter((m) => {
      const parts = new RegExp(RANGE, 'iu').exec(m.text);
      if (!parts) return false;
      const near = Number(parts[1]!.replace(',', '.'));
      const far = Number(parts[3]!.replace(',', '.'));
      return near > 0 && far > near * 1.2;
    });
    const first = wide[0];
    if (!first) return [];
    const outside = wide.reduce(
      (v, m) => v.slice(0, m.start) + ' '.repeat(m.end - m.start) + v.slice(m.end),
      value,
    );
    if (SINGLE.test(outside)) return [];
    const range = tidyRange(text, label[0].length + first.start, label[0].length + first.end);
    const seen = text.slice(range.start, range.end);
    return [
      vagueFinding('performance', clause, {
        ...range,
        why: WHY,
        fix: msg('spec.fix.performance', {
          example: `one figure with its floor, not "${seen}": 1000 nits typ., ≥ 900 nits`,
        }),
      }),
    ];
  },
};
