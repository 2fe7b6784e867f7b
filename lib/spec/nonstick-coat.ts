/**
 * "Coating: non-stick coating, safe & healthy", "antiadherente", "beschichtet, antihaft": a non-stick coat named by
 * what it does, with nothing saying which coat it is. PTFE and ceramic (sol-gel) coats differ in life, heat limit and
 * what "safe" means, and a one-coat spray passes the words as well as a three-layer system. The coat is named when
 * the line gives its chemistry or maker (PTFE, ceramic, sol-gel, Xylan, Whitford, ILAG, Greblon, Teflon), a layer
 * count or a thickness.
 */
import { anyOf, cjk, findAll, latinWords, type Match } from './patterns';

const NON_STICK = anyOf(
  latinWords([
    'non[- ]?stick(?: coat(?:ing|ed)?| surface| layer)?',
    'anti[- ]?stick(?: coat(?:ing|ed)?)?',
    '(?:revestimiento )?antiadherente',
    '(?:revêtement )?anti-?adhésif',
    'Antihaft(?:beschichtung|-Beschichtung)?',
    '(?:revestimento )?antiaderente',
    'nieprzywierając\\p{L}{0,3}(?: powłok\\p{L}{0,2})?',
    'yapışmaz(?: kaplama)?',
    'chống dính',
    'anti lengket',
  ]),
  // 不粘 alone is also "not sticky" (不粘手 not sticky to the hand, 不粘伤口 a dressing), and 不粘锅可用 is a utensil for a
  // non-stick pot: read it as a coat, a non-stick pot, or a clause of its own ("不粘，耐高温").
  cjk([
    '不粘(?:锅)?(?:涂层|层)',
    '不粘锅(?!可用|适用|专用|铲)',
    '不粘(?=[，,。；;、\\s]|$)',
    'こびりつきにくい',
    'ノンスティック',
    '논스틱',
  ]),
);
// The coat named: its chemistry or its maker, a layer count, or a thickness in microns. Silicone paper or a seasoned
// iron is its own named surface, and a scraper of PP or PE is non-stick by its plastic, with no coat to leave open.
const COAT_NAMED =
  /\b(?:PTFE|PFA|FEP|Teflon|ceramic|cer[aá]mic[oa]|céramique|Keramik|ceramica|sol-?gel|Xylan|Whitford|ILAG|Greblon|Daikin|Chemours|Eterna|Thermolon|Quantanium|Duraslide|Granitium|Ultimate|silicone|silicon(?:is|iz)ed|Silikon|silicona|silicona?do|pre-?seasoned|seasoned|PP|HDPE|LDPE|PE|UHMW(?:-?PE)?)\b|陶瓷|特氟龙|硅胶|硅油|有机硅|\b\d\s{0,2}[- ]?(?:layers?|coats?|capas|couches|Schichten|camadas|strati|warstw\p{L}{0,2}|kat)\b|\b(?:two|three|four|double|triple)[- ](?:layers?|coats?)\b|\d\s{0,2}(?:µm|μm|um|microns?|mic)\b/iu;

/**
 * Non-stick said of something else: a utensil "safe for / won't scratch non-stick pans", a dressing "non-stick to the
 * wound", cast iron "naturally non-stick". Only the goods' own coat is the vague claim.
 */
const NOT_THE_GOODS_BEFORE =
  /\b(?:for|on|with|scratch(?:es|ing)?|damage|harm|protects?|naturally|para|pour|für)\s{1,2}(?:all\s{1,2}|your\s{1,2}|the\s{1,2}|delicate\s{1,2})?$/iu;
const NOT_THE_GOODS_AFTER = /^\s{1,2}to\b/iu;

/** The non-stick coats of `text` that the line names no further. */
export function nonStickUnnamed(text: string, line: string): Match[] {
  if (COAT_NAMED.test(line)) return [];
  return findAll(NON_STICK, text).filter(
    (m) =>
      !NOT_THE_GOODS_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
      !NOT_THE_GOODS_AFTER.test(text.slice(m.end, m.end + 6)),
  );
}
