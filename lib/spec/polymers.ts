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
export const POLYMER = anyOf(POLYMER_NAME, POLYMER_CODE);

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

/**
 * "Virgin" said of nothing definite: negated ("not virgin", "não virgem", "не первичный", "非新料"), so the word
 * must not follow a negation.
 */
const NOT_NEGATED = String.raw`(?<!(?:\bnot|\bnon|\bno|\bnão|\bnao|\bnicht|\bkein\p{L}{0,2}|\bpas|\bnie|(?<!\p{L})не|非|不是)[\s-]{0,2})`;

/**
 * "Virgin" offered rather than promised: one side of a choice ("virgin or recycled", "virgem ou reciclado",
 * "新料或回料", "virgin/regrind") or on request ("virgin available on request", "virgin +0.05 USD"). The supplier
 * still picks the resin's purity, so the line stays as open as "PP" alone.
 */
const NOT_OFFERED = String.raw`(?![\s,]{0,3}(?:(?:or|ou|o|oder|lub|albo|hoặc|или|либо|and\/or)(?![\p{L}])|[/／+＋]|或|还是|可选|available|optional|on request|upon request|if (?:required|requested|needed)|sob (?:consulta|pedido)|a pedido|bajo pedido|sur demande|auf Anfrage|su richiesta|at extra|extra cost|depend))`;

/**
 * What may lie between the resin and its virgin word: not a choice of resins ("PP or PE virgin", "PP / ABS,
 * virgin"), a blend ("PP mixed with virgin material") or a recycled part ("PP recycled, virgin surface"), each of
 * which leaves part of the material open.
 */
const GAP_BREAK = String.raw`(?:(?<![\p{L}])(?:or|ou|o|oder|lub|albo|hoặc|или|либо|not|non|não|nicht|mix\p{L}{0,4}|blend\p{L}{0,3}|mezcl\p{L}{0,4}|mistur\p{L}{0,4}|mélang\p{L}{0,3}|gemischt|miscel\p{L}{0,4}|recycl\p{L}{0,3}|reciclad\p{L}|regrind|reground|rezykl\p{L}{0,3})(?![\p{L}])|[/／+＋]|或|还是|回料|再生|混)`;
const gap = (max: number, stops: string) => `(?:(?!${GAP_BREAK})[^${stops}]){0,${max}}?`;
const VIRGIN_CLAIM = `${NOT_NEGATED}${VIRGIN}${NOT_OFFERED}`;

/** A resin that is one side of a choice of resins ("PP or PE", "PP / ABS") does not take the virgin word alone. */
const CHOICE_WORD = String.raw`(?:(?:or|ou|o|oder|lub|hoặc|или)(?![\p{L}])|[/／、]|或)`;
const SOLE_POLYMER = `(?<!(?<![\\p{L}])${CHOICE_WORD}\\s{0,2})${POLYMER}(?!\\s{0,2}${CHOICE_WORD})`;

/** The polymer and its virgin word within a few words of each other, either way round, in one clause. */
export const VIRGIN_POLYMER = anyOf(
  `${VIRGIN_CLAIM}${gap(24, ';,.|，；。')}${SOLE_POLYMER}`,
  `${SOLE_POLYMER}${gap(32, ';.|；。')}${VIRGIN_CLAIM}`,
);
