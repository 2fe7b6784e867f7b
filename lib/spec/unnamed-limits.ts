/**
 * "Temperature rise: case gets warm but within safe range", "leakage current within normal limits", "Erwärmung im
 * sicheren Bereich", "温升：在安全范围内": a measured property said to stay inside a range the line never gives. Whose
 * "safe", at what load and ambient? Only a figure ("≤ 25 K at full load, 25 °C ambient") or a standard's clause can
 * be measured and refused. Silent when the piece holds a figure, or names the standard whose limits are meant.
 */

import { msg } from '../i18n/msg';
import { namesAStandard } from './named-record';
import { anyOf, cjk, findAll, latinWords, scriptWords } from './patterns';
import type { VagueHit } from './spec-finding';

const WARM =
  "(?:(?:gets?|becomes?|feels?|runs?|is|are|may (?:get|become|feel)) (?:a (?:bit|little) |slightly |little )?(?:warm|hot)(?:,? (?:but|and|which is|that is|it is|it\u2019s|it's))? )?";
const UNNAMED_RANGE = anyOf(
  latinWords([
    `${WARM}(?:within|in|inside) (?:the |a )?(?:safe(?:ty)?|normal|acceptable|allowed|allowable|reasonable|permitted|permissible|tolerable|usual|controllable|controlled) (?:temperature |operating )?(?:range|limits?|levels?|values?|zone|area)`,
    // "Temperature rise: within spec", "dentro de lo normal", "dans la norme": a spec or a norm pointed at, none named.
    `${WARM}within (?:the )?(?:specs?|specifications?|norm|normal)(?=\\s{0,2}(?:$|[,;.)]))`,
    'dentro (?:de lo|do|del?) (?:normal|especificado)|dentro de (?:la )?norma(?:lidad)?(?! [A-Z]{2,})',
    'dans (?:la|les) normes?(?=\\s{0,2}(?:$|[,;.)]))',
    'nella norma(?=\\s{0,2}(?:$|[,;.)]))',
    'im (?:Normbereich|Rahmen der Spezifikation)|innerhalb der Spezifikation',
    'im (?:sicheren|normalen|zulässigen) Bereich',
    'innerhalb (?:der )?(?:sicheren|normalen|zulässigen) (?:Grenzen|Werte)',
    'dentro (?:del?|de los|dos|della|dei|del) (?:rango|margen|límites?|limites|intervalo|range|limiti) (?:de )?(?:segur[oa]s?|normal(?:es)?|aceptables?|seguridad|sicurezza|normali)',
    'dans (?:la |les )?(?:plage|limites) (?:de sécurité|normales?|acceptables?)',
    'entro (?:i )?limiti (?:di sicurezza|normali|accettabili)',
    'nel(?:la)? (?:range|gamma|intervallo) (?:sicur[oa]|normale)',
  ]),
  scriptWords([
    'в пределах (?:нормы|допустимого|безопасного диапазона)',
    'в (?:безопасных|допустимых|нормальных) пределах',
  ]),
  cjk([
    '(?:在)?(?:安全|正常|合理|可控|允许)范围(?:内|之内)',
    '안전\\s?범위\\s?(?:내|이내)',
    '정상\\s?범위\\s?(?:내|이내)',
    '安全(?:な)?範囲内',
  ]),
);

export function withinUnnamedLimits(text: string): VagueHit[] {
  // A figure anywhere in the value ("≤ 25 K, within safe range") is the range meant; the label's own digits
  // ("Temp. rise at 40°C:") are not.
  const value = text.replace(/^[^:：]*[:：]/u, '');
  if (/\d/u.test(value) || namesAStandard(text)) return [];
  return findAll(UNNAMED_RANGE, text).map((m) => ({
    start: m.start,
    end: m.end,
    why: msg('spec.why.performance'),
    fix: msg('spec.fix.performance', {
      example: 'temperature rise ≤ 25 K on the housing at full load, 25 °C ambient (IEC 62368-1)',
    }),
  }));
}
