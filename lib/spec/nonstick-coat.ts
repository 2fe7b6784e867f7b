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
  cjk(['不粘(?:涂层|锅涂层)?', 'こびりつきにくい', 'ノンスティック', '논스틱']),
);
// The coat named: its chemistry or its maker, a layer count, or a thickness in microns.
const COAT_NAMED =
  /\b(?:PTFE|PFA|FEP|Teflon|ceramic|cer[aá]mic[oa]|céramique|Keramik|ceramica|sol-?gel|Xylan|Whitford|ILAG|Greblon|Daikin|Chemours|Eterna|Thermolon|Quantanium|Duraslide|Granitium|Ultimate)\b|陶瓷|特氟龙|\b\d\s{0,2}[- ]?(?:layers?|coats?|capas|couches|Schichten|camadas|strati|warstw\p{L}{0,2}|kat)\b|\b(?:two|three|four|double|triple)[- ](?:layers?|coats?)\b|\d\s{0,2}(?:µm|μm|um|microns?|mic)\b/iu;

/** The non-stick coats of `text` that the line names no further. */
export function nonStickUnnamed(text: string, line: string): Match[] {
  if (COAT_NAMED.test(line)) return [];
  return findAll(NON_STICK, text);
}
