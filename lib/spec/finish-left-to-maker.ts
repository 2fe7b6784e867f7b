/**
 * "Oberfläche: geölt oder lackiert, nach Wahl des Herstellers", "Finish: oiled or lacquered, at the factory's
 * discretion": a surface or finish field whose value the maker picks. Finishes are filed under material (as
 * "Finish: nice surface" is), so the choice handed over is a material left open, not a performance deferred.
 * The same holds when the pick is put off until the goods are being made: "Finish: high gloss UV or matte, decide at
 * mass production", "Acabado: brillo o mate, a decidir en producción", "表面：亮光或哑光，大货时再定".
 * By the time production starts the deposit is paid, and whichever finish comes off the line is the one chosen.
 */
import { msg } from '../i18n/msg';
import { leftToStock } from './alternatives';
import { SURFACE_LABEL } from './finish-by-feel';
import { anyOf, cjk, findAll, latinWords, regex } from './patterns';
import type { VagueHit } from './spec-finding';

const LED_BY_SURFACE_LABEL = regex(String.raw`^\s{0,3}${SURFACE_LABEL}\s{0,2}(?:[:：]|\s[-–—])`, 'iu');
/** The Japanese and Chinese finish labels, which latinWords cannot bound. */
const LED_BY_CJK_SURFACE_LABEL =
  /^\s{0,3}(?:表面(?:处理|處理|処理|工艺)?|仕上げ|外观处理|表面仕上げ)\s{0,2}[:：]/u;

/** The pick put off to production or to later, in the words sheets use. */
const DECIDED_AT_PRODUCTION = anyOf(
  latinWords([
    '(?:(?:to be|will be|can be|we|you|buyer|customer) )?(?:decide[ds]?|confirm(?:ed)?|choose|chosen|select(?:ed)?|fix(?:ed)?|finali[sz]ed?) (?:at|in|during|before|after|when) (?:the )?(?:(?:mass|bulk|series|final) (?:production|order)|production)',
    '(?:to be |will be )?(?:decide[ds]?|chosen|choose|selected|confirm(?:ed)?) later',
    '(?:a|por) decidir(?: (?:en|durante|antes de) (?:la )?producci[oó]n(?: en masa)?| m[aá]s (?:adelante|tarde))?',
    'se decidir[aá] (?:en|durante) (?:la )?producci[oó]n',
    'à (?:décider|choisir)(?: (?:en|lors de la|avant la) production)?',
    'a (?:decidir|escolher)(?: na produção)?',
    'da (?:decidere|scegliere)(?: in produzione)?',
    '(?:wird|wir) (?:bei|in) der (?:Serien|Massen)produktion (?:entschieden|festgelegt|gewählt)',
    '(?:entscheiden|wählen|bestimmen) wir (?:bei|in|während) der (?:(?:Serien|Massen)p|P)roduktion',
    '(?:bei|in|während) der (?:(?:Serien|Massen)p|P)roduktion (?:entschieden|festgelegt|gewählt)',
    'später (?:entscheiden|festlegen|wählen)',
  ]),
  cjk([
    '(?:大货|量产|生产)(?:时|前|的时候)?(?:再)?(?:决定|确定|定|确认|选)',
    '(?:后续|之后|以后)(?:再)?(?:决定|确定|定|选)',
    '(?:量産|生産)(?:時|前)に(?:決定|決める|選択)',
  ]),
);

/**
 * "Finish: matte UV, confirmed at mass production by PP sample", "表面：哑光，大货前确认样品": with one finish named,
 * what happens at production is a check of it (against a sample, by QC), not the pick. A "confirm" puts the pick off
 * only when alternatives are offered ("gloss or matte, confirmed at mass production") or nothing is named before it.
 */
const CONFIRM_VERB = /confirm|确认|確認|bestätig|conferm/iu;
const FINISH_CHOICE = /(?<!\p{L})(?:or|o|ou|oder|oppure|either)(?!\p{L})|或|还是|または/iu;

/** The choice handed to the maker, or put off, in a clause a surface or finish label leads; none elsewhere. */
export function finishLeftToMaker(text: string): VagueHit[] {
  if (!LED_BY_SURFACE_LABEL.test(text) && !LED_BY_CJK_SURFACE_LABEL.test(text)) return [];
  const stock = leftToStock(text);
  if (stock.length > 0) return stock;
  const seen = text.trim();
  // "à convenir", "TBD" stay the performance rule's deferral (decided-later), said once there.
  const colon = text.search(/[:：]/u);
  const found = findAll(DECIDED_AT_PRODUCTION, text).filter(
    (m) =>
      !CONFIRM_VERB.test(m.text) ||
      FINISH_CHOICE.test(text) ||
      !/[\p{L}\p{N}]/u.test(text.slice(colon + 1, m.start)),
  );
  // "decide later" holds the open word "later" too: quoted once, by its longer reading.
  const outer = found.filter(
    (m, i) =>
      !found.some(
        (o, j) =>
          j !== i && o.start <= m.start && o.end >= m.end && (o.end - o.start > m.end - m.start || j < i),
      ),
  );
  return outer.map((m) => ({
    start: m.start,
    end: m.end,
    why: msg('spec.why.leftOpen'),
    fix: msg('spec.fix.offRecord', { seen }),
  }));
}
