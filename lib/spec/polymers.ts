/**
 * Polymers named as a specific type, and a polymer said to be virgin. A family word ("plastic", "kunststof") leaves
 * the resin open; "PP" or "polypropylene" names it, and its thickness or purity finishes the specification.
 */
import { anyOf, cjk, latinWords, scriptWords } from './patterns';

/**
 * The common polymers by name and as Russian writes them ("ПП (полипропилен)", "ПЭТ", "ПВХ"): each is a specific
 * type, like "PP", which its thickness finishes ("ПП, толщина стенки 1,2 мм").
 */
export const POLYMER_NAME = anyOf(
  latinWords([
    'poly(?:propylene|ethylene|carbonate|styrene)',
    'poli(?:propileno|etileno|carbonato|estireno)',
    'poly(?:propylène|éthylène|carbonate|styrène)',
    'Poly(?:propylen|ethylen|carbonat|styrol)',
    'poli(?:propilene|etilene|carbonato|stirene)',
    'polipropylen|polietylen|poliwęglan|polistyren',
  ]),
  scriptWords([
    'ПП',
    'ПЭ(?:НД|ВД|Т)?',
    'ПВХ',
    'АБС',
    'ПК',
    'полипропилен\\p{L}{0,3}',
    'полиэтилен\\p{L}{0,3}',
    'поликарбонат\\p{L}{0,3}',
    'полистирол\\p{L}{0,3}',
  ]),
);

/** The polymers by abbreviation, as the order lines write them ("PP", "HDPE", "PA66"). */
const POLYMER_CODE = latinWords([
  'PP',
  '(?:HD|LD|LLD)?PE',
  'PETG?',
  'PC',
  'PS',
  'ABS',
  'PVC',
  'PMMA',
  'POM',
  'PA ?(?:6|66|12)',
  'TPU',
  'TPE',
  'PBT',
  'EVA',
]);
const POLYMER = anyOf(POLYMER_NAME, POLYMER_CODE);

/**
 * A resin said to be virgin, or to contain no recycled material: "virgin PP", "Polipropileno (PP) virgem", "PP
 * vierge", "PP-Neuware", "первичный полипропилен", "nhựa PP nguyên sinh", "PP全新料". Like "100% virgin PP" (a
 * composition), it shuts out regrind, the usual swap; the family ("virgin plastic") still leaves the resin open.
 */
const VIRGIN = anyOf(
  latinWords([
    'virgin',
    'virgem',
    'virgen',
    'vierge',
    'vergine',
    'Neuware',
    'pierwotn\\p{L}{1,3}',
    'nguyên sinh',
    'no (?:recycled|regrind|reground)(?: (?:material|content|resin|plastic))?',
    '(?:without|free of|free from) (?:any )?(?:recycled|regrind|reground)(?: (?:material|content|resin|plastic))?',
    'non[- ]recycled',
    '(?:sem|sin) (?:material |materia )?(?:reciclad[oa]|reprocessad[oa]|regranulad[oa])',
    'sans (?:matière )?recyclée?',
    'ohne (?:Rezyklat|Regranulat|recyceltes Material)',
    'senza (?:materiale )?riciclato',
    'bez (?:recyklatu|regranulatu)',
    'không (?:có )?(?:nhựa )?tái chế',
  ]),
  scriptWords(['первичн\\p{L}{1,3}', 'без (?:вторичного сырья|вторички|добавления вторичного сырья)']),
  cjk(['全新料', '原生料', '新料', '不(?:含|加)回料', '无回料']),
);

/** The polymer and its virgin word within a few words of each other, either way round, in one clause. */
export const VIRGIN_POLYMER = anyOf(
  `${VIRGIN}[^;,.|，；。]{0,24}?${POLYMER}`,
  `${POLYMER}[^;.|；。]{0,32}?${VIRGIN}`,
);
