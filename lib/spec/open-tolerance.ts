/**
 * Tolerances the seller keeps open even when a figure is written:
 * - the measuring excuse: "Please allow 1-3cm error due to manual measurement", "由于手工测量，请允许1-3cm误差". The
 *   listing sellers' disclaimer widens every size on the page by an error band in its own measuring; it is not a
 *   tolerance the goods are held to, and its band ("1-3cm") has no bound the buyer chose.
 * - a band of tolerances left to the supplier's process: "Tolerance: ±0.5mm~±2mm depending on process". Which of the
 *   two figures applies is decided by how the supplier makes the part; nothing on the order says which.
 * - a tolerance field answered by a later agreement: "Maßtoleranz: nach Absprache", "Допуск: по согласованию",
 *   "公差：协商" (toleranceByAgreement). No figure is written, so any deviation the supplier ships is "as agreed".
 */
import type { Clause } from './clauses';
import { decidedLater } from './decided-later';
import { termsOffRecord } from './off-record-terms';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
import { DESIGN_FILE, UNDECIDED } from './reference-lexicon';

/** Measuring done by hand, named as the reason for the error. */
const BY_HAND = anyOf(
  latinWords([
    '(?:manual|hand)(?:ly)? measur(?:e|ed|ing|ement)s?',
    'measured (?:manually|by hand)',
    'medici[óo]n(?:es)? manual(?:es)?',
    'medidas? manual(?:es)?',
    'medidas? (?:tomadas )?a mano',
    'mesures? manuelles?',
    'mesuré(?:e|es|s)? à la main',
    'manuelle[rn]? (?:Messung|Abmessung)(?:en)?',
    '(?:von )?Hand gemessen',
    'medição manual|medições manuais|medida manual',
    'misurazion[ei] manual[ei]|misurat[ei] a mano',
    'ręczn\\p{L}{1,3} pomiar\\p{L}{0,2}|pomiar\\p{L}{0,2} ręczn\\p{L}{1,3}',
    'elle ölçüm\\p{L}{0,6}|manuel ölçüm\\p{L}{0,6}',
    'đo (?:thủ công|bằng tay)',
    'pengukuran manual|diukur (?:secara )?manual',
  ]),
  scriptWords(['ручн\\p{L}{1,3} измерени\\p{L}{1,3}|измерени\\p{L}{1,3} вручную|измерялись вручную']),
  cjk([
    '手工测量',
    '人工测量',
    '手动测量',
    '手工测量的',
    '手測り',
    '手作業での採寸',
    '수작업 측정',
    '수동 측정',
  ]),
);

/** The error or difference the excuse allows. */
const ERROR_WORD = anyOf(
  latinWords([
    'errors?',
    'differ(?:s|ences?)?',
    'deviations?',
    'variations?',
    'discrepanc(?:y|ies)',
    'tolerances?',
    'diferencias?|errore?s?|desviaci(?:ón|ones)',
    'écarts?|erreurs?|différences?',
    'Abweichung(?:en)?|Toleranz(?:en)?|Unterschiede?',
    'diferenças?|erros?|desvios?',
    'differenz[ae]|error[ei]|scostament[oi]',
    'różnic\\p{L}{0,2}|odchyle\\p{L}{1,3}|błęd\\p{L}{0,2}',
    'fark\\p{L}{0,6}|hata\\p{L}{0,6}|sapma\\p{L}{0,6}',
    'sai (?:số|lệch)|chênh lệch',
    'selisih|perbedaan',
  ]),
  scriptWords(['погрешност\\p{L}{1,2}|отклонени\\p{L}{1,2}|расхождени\\p{L}{1,2}']),
  cjk(['误差', '偏差', '誤差', '오차']),
);

/** "±0.5mm~±2mm", "+/-0.1 to +/-0.5 mm": a band of tolerances, not one. */
const PLUS_MINUS = String.raw`(?:±|\+\/-|\+-)\s{0,2}\d+(?:[.,]\d+)?\s{0,2}(?:mm|cm|µm|um|%|°)?`;
const TOLERANCE_BAND = String.raw`${PLUS_MINUS}\s{0,2}(?:~|～|-|–|to|a|bis|至|到)\s{0,2}${PLUS_MINUS}`;
/** What the band is left to: "depending on process", "según el proceso", "je nach Verfahren", "视工艺而定". */
const LEFT_TO_PROCESS = anyOf(
  latinWords([
    '(?:depending|depends|dependent|based) (?:on|upon) (?:the )?(?:process(?:es|ing)?|production|manufacturing|materials?|machin(?:e|ing)|methods?|situation|products?|parts?|batch(?:es)?|actual)',
    'according to (?:the )?(?:process(?:es|ing)?|production|materials?|actual (?:situation|production))',
    '(?:según|dependiendo de(?:l)?) (?:el |la )?(?:proceso|producción|material|fabricación)',
    'selon (?:le |la )?(?:procédé|process|production|matériau|fabrication)',
    'je nach (?:Verfahren|Prozess|Fertigung|Material|Herstellung)',
    '(?:conforme|dependendo d[oa]) (?:o |a )?(?:processo|produção|material)',
    '(?:a seconda del|secondo il|in base al) (?:processo|materiale|produzione)',
    'w zależności od (?:procesu|materiału|produkcji)',
    '(?:işleme|prosese|malzemeye|üretime) (?:göre|bağlı olarak)',
    'tùy (?:theo )?(?:quy trình|công nghệ|vật liệu)',
    'tergantung (?:pada )?(?:proses|bahan|produksi)',
  ]),
  scriptWords(['в зависимости от (?:процесса|технологии|материала|производства)']),
  cjk(['(?:视|根据|按|依)(?:具体)?(?:工艺|加工|材料|生产|实际)(?:情况)?(?:而定)?', '工艺(?:不同|而定)']),
);

/** "1-3cm ", "2 inch ", "0.5 ": the figure written right before the error word. */
const FIGURE_BEFORE =
  /(?:\d+(?:[.,]\d+)?\s{0,2}(?:-|~|–|to)\s{0,2})?\d+(?:[.,]\d+)?\s{0,2}(?:cm|mm|inch(?:es)?|in|"|%|厘米|毫米)?\s{0,2}$/u;

/** A band the excuse lets the goods stray by: "1-3cm", "2 inch", "1~2 厘米". */
const LOOSE_BAND = /\d\s{0,2}(?:-|~|–|to)\s{0,2}\d|cm|inch|in\b|"|厘米/u;

/**
 * "slight difference allowed due to manual measure", "geringe Abweichung durch manuelle Messung", "少许误差": a degree
 * word in place of the band. It bounds nothing at all, so it leaves the size as open as "1-3cm error" does.
 */
const SLIGHT_BEFORE =
  /(?<!\p{L})(?:slight|small|minor|little|some|few|tiny|leicht\p{L}{0,2}|gering\p{L}{0,2}|klein\p{L}{0,2}|pequeñ\p{L}{1,2}|lig\p{L}{2,4}|leves?|légère?s?|petite?s?|piccol\p{L}|liev\p{L}|niewielk\p{L}{1,2}|drobn\p{L}{1,2}|hafif|küçük|sedikit|kecil|nhỏ|небольш\p{L}{1,3}|незначительн\p{L}{1,3}|少许|少量|轻微|稍有|些许|细微|微小|多少の|약간의)\s{0,2}$/iu;

/** The error refused or capped rather than allowed. */
const REFUSED = anyOf(
  latinWords([
    'not (?:be )?(?:accepted|acceptable|allowed|permitted)',
    '(?:must|shall|should|may|can) ?not exceed',
    "(?:mustn[’']t|shan[’']t|shouldn[’']t|cannot|can[’']t) exceed",
    'no more than',
    'nicht (?:akzeptiert|zulässig|erlaubt|überschreiten)',
    'no (?:se )?(?:acepta|aceptan|permite|permiten)',
    'non (?:accepté|acceptée?s?|autorisée?s?)',
    'não (?:é |são )?(?:aceit[oa]s?|permitid[oa]s?)',
  ]),
  cjk(['不(?:接受|允许|得超过|能超过)']),
);

/** "of 1-3cm", " about 2 cm": the band written right after the error word. */
const FIGURE_AFTER =
  /^\s{0,2}(?:(?:of|about|around|within|up to|de|von|bis zu|約|约)\s{0,2})?(?:\d+(?:[.,]\d+)?\s{0,2}(?:-|~|–|to)\s{0,2})?\d+(?:[.,]\d+)?\s{0,2}(?:cm|mm|inch(?:es)?|in\b|"|厘米|毫米)?/u;

type Hit = { start: number; end: number; text: string };

/** The measuring excuses and the process-dependent tolerance bands of one clause. */
export function openTolerances(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const hand of findAll(BY_HAND, text)) {
    // The error word stands within the same sentence, either side: "allow 1-3cm error due to manual measurement",
    // "due to manual measurement, there may be 1-2 cm difference".
    const from = Math.max(0, hand.start - 60);
    const to = Math.min(text.length, hand.end + 60);
    const errors = findAll(ERROR_WORD, text.slice(from, to)).map((e) => ({
      start: from + e.start,
      end: from + e.end,
    }));
    if (errors.length === 0) continue;
    // A line that holds its own ± tolerance, or refuses the error ("not accepted", "must not exceed"), sets a bound:
    // the hand measuring is how it is checked, not an excuse.
    if (test(PLUS_MINUS, text) || test(REFUSED, text.slice(from, to))) continue;
    // The band the excuse allows stands just before an error word: quote "1-3cm error", not "error". Only a band in
    // centimetres or inches, or a range, is the excuse's loose allowance; without one the line names no allowance.
    const banded = errors
      .map((e) => ({ e, band: FIGURE_BEFORE.exec(text.slice(Math.max(0, e.start - 24), e.start))?.[0] }))
      .find((b) => b.band !== undefined && LOOSE_BAND.test(b.band));
    // Or just after it: "manual measurement error of 1-3cm".
    const after = banded?.band
      ? undefined
      : errors
          .map((e) => ({ e, band: FIGURE_AFTER.exec(text.slice(e.end, e.end + 24))?.[0] }))
          .find((b) => b.band !== undefined && LOOSE_BAND.test(b.band));
    const slight = errors.find((e) => SLIGHT_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start)));
    if (!banded?.band && !after?.band && !slight) continue;
    const start = Math.min(
      hand.start,
      ...errors.map((e) => e.start),
      banded?.band ? banded.e.start - banded.band.length : hand.start,
      slight
        ? slight.start -
            (SLIGHT_BEFORE.exec(text.slice(Math.max(0, slight.start - 24), slight.start))?.[0].length ?? 0)
        : hand.start,
    );
    const end = Math.max(
      hand.end,
      ...errors.map((e) => e.end),
      after?.band ? after.e.end + after.band.length : 0,
    );
    hits.push({ start, end, text: text.slice(start, end) });
  }
  for (const band of findAll(TOLERANCE_BAND, text)) {
    const after = findAll(LEFT_TO_PROCESS, text.slice(band.end, band.end + 40))[0];
    if (!after) continue;
    const end = band.end + after.end;
    hits.push({ start: band.start, end, text: text.slice(band.start, end) });
  }
  return hits;
}

/**
 * A tolerance field's label, in the languages read: "Tolerance:", "Maßtoleranz:", "Tolerancia dimensional:",
 * "Tolérance :", "Tolerancja wymiarowa:", "Допуск:", "公差：", "寸法公差：", "공차:". Not a colour's or a weight's
 * tolerance ("Farbtoleranz", "weight tolerance"): those are read by their own rules, not as a size.
 */
const TOLERANCE_LABEL = /(?:tol{1,2}[eé]r[aâ]n[cçzst]|допуск\p{L}{0,2}|公差|許容差|容差|공차|dung sai)/iu;
const OTHER_TOLERANCE =
  /colou?r|Farb|couleur|cor\b|kolor|цвет|色|weight|Gewicht|peso|poids|wag|вес|重量|ΔE|delta/iu;

/** The words that hand the value to a later agreement, beside the undecided ones ("TBD", "a convenir", "待定"). */
const BY_AGREEMENT = anyOf(
  latinWords([
    'nach (?:Absprache|Rücksprache|Vereinbarung)',
    'auf Anfrage',
    'individuell(?: vereinbart)?',
    '(?:by|upon|on|subject to) (?:mutual )?(?:agreement|request|negotiation)',
    'negotiable',
    'de (?:común|mutuo) acuerdo',
    'por acordar',
    '(?:a|sous|sur|selon) (?:accord|demande)',
    'a (?:pedido|combinar|acordar)',
    'sob (?:consulta|pedido)',
    'su (?:richiesta|accordo)',
    'da (?:concordare|definire)',
    'do (?:uzgodnienia|ustalenia)',
    '(?:według|wg) uzgodnień',
    'in overleg',
    'op aanvraag',
  ]),
  scriptWords([
    'по (?:согласованию|договор[её]нности|запросу)',
    'за (?:домовленістю|погодженням|запитом)',
    'по споразумение',
  ]),
  cjk([
    '(?:双方)?(?:协商|商定|面议|另议)(?:确定|决定)?',
    '按(?:协议|约定)',
    '別途(?:協議|相談)',
    '要相談',
    '협의(?: 후 결정)?',
  ]),
  UNDECIDED,
);
/** Words that only carry the agreement ("to be", "with the customer") and state nothing of their own. */
const CARRIERS =
  /\b(?:to|be|will|shall|is|are|the|with|our|your|mit|dem|den|der|wird|werden|con|el|la|il|avec|le|com|o|a|z|klientem|kupującym|buyer|customer|client|Kunden?|Käufer|cliente|comprador|acheteur|dimensions?|tolerances?)\b|с|заказчиком|покупателем|клиентом|与|和|客户|买方|[\s.,;:：。，!()（）]/giu;

/** "Maßtoleranz: nach Absprache": the whole value of a tolerance field is a later agreement, with no figure. */
export function toleranceByAgreement(clause: Clause): Hit[] {
  if (clause.valueStart === 0 || (clause.attribute !== undefined && clause.attribute !== 'size')) return [];
  const label = clause.text.slice(0, clause.valueStart);
  if (!TOLERANCE_LABEL.test(label) || OTHER_TOLERANCE.test(label)) return [];
  const value = clause.text.slice(clause.valueStart);
  // A figure, a standard or a drawing written anywhere in the value states the tolerance after all.
  if (/\d/u.test(value) || test(DESIGN_FILE, value)) return [];
  // "Tolerance: as discussed", "Tolerances: agreed later": the off-record and decided-later readings quote these.
  if (termsOffRecord(value, 0).length > 0 || decidedLater(value, value, false).length > 0) return [];
  const [first] = findAll(BY_AGREEMENT, value);
  if (!first) return [];
  const rest = `${value.slice(0, first.start)} ${value.slice(first.end)}`.replace(CARRIERS, '');
  if (rest.length > 0) return [];
  const start = clause.valueStart + first.start;
  const end = clause.valueStart + first.end;
  return [{ start, end, text: clause.text.slice(start, end) }];
}
