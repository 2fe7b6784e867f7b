/**
 * "capacity approx. 2000 pcs/day", "Produktionskapazität ca. 5.000 Stück pro Tag", "产能约3000件/天": the factory's
 * output per day or month, which its writer may well round. It is how fast the goods are made, not how many are
 * ordered, so an estimate there leaves no count of this order open. Read only where a capacity word governs the
 * figure and a time unit follows it: "about 500 pcs per month" alone may be a standing order's count. A bare
 * "output" is a capacity word only where it opens its clause ("Output: about 3000 pcs per day", "…, output about
 * 10,000 pcs per month"); under another field's label ("Order: output about 5000 pcs per week") it is what the
 * order is to deliver, a count left open.
 */
import { anyOf, cjk, latinWords, test } from './patterns';

const CAPACITY_WORD = anyOf(
  latinWords([
    '(?:production |daily |monthly |weekly |factory )?capacity',
    '(?:production|daily|monthly|weekly|factory) output',
    'capacidad(?: de producción)?',
    'capacidade(?: de produção)?',
    'capacité(?: de production)?',
    '(?:Produktions)?kapazität',
    'capacità(?: produttiva)?',
    'moce produkcyjne',
    'năng lực sản xuất',
    'kapasitas(?: produksi)?',
  ]),
  cjk(['产能', '日产量?', '月产量?', '生产能力', '生産能力', '생산\\s?능력']),
);

const PER_TIME = anyOf(
  String.raw`^\s{0,2}(?:\/|per|a|an|por|par|pro|al|每)\s{0,2}${latinWords([
    'day',
    'month',
    'week',
    'shift',
    'h',
    'hour',
    'd',
    'día',
    'dia',
    'mes',
    'mês',
    'jour',
    'mois',
    'Tag',
    'Monat',
    'Woche',
    'giorno',
    'mese',
  ])}`,
  String.raw`^\s{0,2}(?:daily|monthly|weekly)`,
  String.raw`^\s{0,2}(?:\/|每)\s{0,2}(?:天|日|月|周)`,
);

/** "Output: about 3000 pcs per day", "…, output about …": the bare word opening its clause, no label above it. */
const OUTPUT_LEADS = /(?:^|[,;，；|])\s{0,3}output\s{0,2}[:：]?\s{0,3}$/iu;

/** Whether the estimate `m` of `text` is a factory's output per unit of time, under a capacity word. */
export function productionRate(text: string, m: { start: number; end: number }): boolean {
  if (!test(PER_TIME, text.slice(m.end, m.end + 14))) return false;
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  return test(`${CAPACITY_WORD}[^,;，；|]{0,12}$`, before) || OUTPUT_LEADS.test(text.slice(0, m.start));
}
