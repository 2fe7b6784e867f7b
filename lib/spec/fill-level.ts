/**
 * A fill given with no volume or height: "Fill: full bottle", "filled to the neck as usual", "灌满", or an
 * estimated volume, "Lotion fill: around 250 ml". Cosmetics and drinks are filled by volume (checked by weight)
 * or to a height below the neck; a short fill can be shown only against one of those. A fill is a volume, and
 * the rule set files volumes with sizes (capacities offered as a choice are vague-size too).
 */

import { msg } from '../i18n/msg';
import { APPROX_AFTER_WORDS, APPROX_BEFORE, anyOf, cjk, findAll, latinWords, NUMBER, test } from './patterns';
import type { VagueHit } from './spec-finding';

const VOLUME_UNIT = anyOf('(?:ml|mL|cl|l|L|litres?|liters?|fl\\.?\\s?oz)(?![A-Za-z])', cjk(['毫升', '升']));
/** "around 250 ml", "约250毫升", "environ 30 ml". */
// "Fill 30 ml approx", "250 ml circa", "30ml (approx.)", "30毫升左右": the estimate word written after the volume.
const VOLUME_ESTIMATE = anyOf(
  `${APPROX_BEFORE}\\s{0,3}${NUMBER}\\s{0,3}${VOLUME_UNIT}`,
  // Not when a figure follows: "Bottle 30 ml approx. 500 pcs per carton" estimates the count, not the volume.
  `${NUMBER}\\s{0,3}${VOLUME_UNIT}\\s{0,3}[(（]?\\s{0,3}${APPROX_AFTER_WORDS}[)）]?(?!\\s{0,3}[\\d(（]|\\.?\\s{0,3}\\d)`,
);
/** Fill levels named by a habit or a picture of the bottle, in the languages read. */
const FILL_WORDS = anyOf(
  latinWords([
    'full bottle',
    'full fill',
    'completely filled',
    'fill(?:ed)? (?:up )?to the (?:top|brim|neck|shoulder|line)',
    'fill(?:ed)? (?:as usual|as normal|as standard|as before|like (?:the )?sample)',
    '(?:botella|frasco) llen[oa]',
    'llenad[oa] hasta (?:arriba|el cuello|el borde)',
    'flacon plein',
    "rempli(?:e|s)? jusqu[’']au (?:col|bord|goulot)",
    'frasco cheio',
    'cheio até (?:o gargalo|a boca|a borda)',
  ]),
  cjk(['灌满', '装满', '满瓶', '满灌']),
);
/** "filled to the neck, liquid 12 mm below it": a height right after the words measures the fill. */
const MEASURED_AFTER = `^[^;；|]{0,30}?\\d\\s{0,2}(?:mm|cm|ml|mL|毫米|毫升)`;

const WHY = msg('spec.why.fillLevel');

export function fillLevels(text: string): VagueHit[] {
  const words = findAll(FILL_WORDS, text).filter((m) => !test(MEASURED_AFTER, text.slice(m.end)));
  return [...words, ...findAll(VOLUME_ESTIMATE, text)].map((m) => ({
    start: m.start,
    end: m.end,
    why: WHY,
    fix: msg('spec.fix.fillLevel', { seen: m.text }),
  }));
}
