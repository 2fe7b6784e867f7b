/**
 * vague-ship-date: "ship in August", "ASAP", "within 30 days" (from when?),
 * "end of month", "尽快发货" — anything but a calendar day or a duration
 * counted from a named event.
 */

import { type Msg, msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import { APPROX_DURATION, ASAP, DURATION, EXACT_DATE, MONTH, START_EVENT, VAGUE_TIME } from './date-lexicon';
import { type AttributeDetector, valueRange, withoutOverlaps } from './detector';
import { anyOf, cjk, findAll, latinWords, regex, test } from './patterns';
import { UNDECIDED } from './reference-lexicon';
import { type VagueHit, vagueFinding } from './spec-finding';

export const SHIP_CUE = anyOf(
  latinWords([
    'ship(?:s|ping|ment|ped)?',
    'deliver(?:y|ed)?',
    'dispatch(?:ed)?',
    'lead[ -]time',
    'production(?: time)?',
    'ETD',
    'ETA',
    'ready',
    'turnaround',
    // Leaving the factory is the shipment for an FOB buyer: "must leave the factory before CNY".
    'leav(?:e|es|ing) (?:the )?factory',
    'ex[- ]factory',
    'loading',
    // "We need the goods by the end of summer": when the goods must be there is the delivery date.
    'need (?:the |our |all )?(?:goods|order|products|items|shipment)',
    'envío',
    'entrega',
    'embarque',
    'expédition',
    'livraison',
    'Lieferung',
    'Lieferzeit',
    'Versand',
    'envio',
    'consegna',
    'spedizione',
    'sped(?:ire|iamo|ito|ita)',
  ]),
  cjk(['发货', '出货', '交货', '交期', '货期', '船期', '生产', '出厂', '装柜']),
);
/** "Reply ASAP" is about the chat, not the goods. */
const REPLY_CONTEXT = latinWords([
  'reply',
  'answer',
  'respond',
  'confirm',
  'quote',
  'quotation',
  'call',
  'contact',
  'pay',
  'payment',
  'balance',
  'invoice',
  'PI',
]);

const WHY = msg('spec.why.shipDate');

/**
 * Labels that ask for a date or a lead time, not a route or a carrier
 * ("Shipping: by sea" answers another question). A value under them with no
 * number at all ("upon request", "negotiable", "面议", "in stock") names no day.
 */
const DATE_LABEL = anyOf(
  latinWords([
    '(?:delivery|ship(?:ping|ment)?|dispatch|arrival) (?:date|time)',
    'lead[ -]time',
    'production time',
    'ET[AD]',
    'plazo de entrega',
    'fecha de (?:envío|entrega|embarque)',
    'délai(?: de livraison)?',
    "date d[’']expédition",
    'date de livraison',
    'Liefertermin',
    'Lieferzeit',
    'prazo de entrega',
    'data de (?:embarque|entrega|envio)',
    'tempi di (?:consegna|produzione|spedizione)',
    'data di (?:consegna|spedizione)',
    'termine di consegna',
  ]),
  cjk(['交货期', '交期', '货期', '交货日期', '生产周期', '出货日期', '发货时间', '出货时间']),
);

function shipFix(seen: string): Msg {
  const month = regex(MONTH, 'iu').exec(seen)?.[0];
  if (month && !/^(?:mar|may|dec)$/i.test(month) && !/\d/.test(seen))
    return msg('spec.fix.shipMonth', { month });
  if (/\d/.test(seen)) return msg('spec.fix.shipLeadTime');
  return msg('spec.fix.shipDate');
}

function mask(text: string, source: string): string {
  return text.replace(regex(source), (m) => ' '.repeat(m.length));
}

export const shipDateDetector: AttributeDetector = {
  attribute: 'shipDate',
  detect(clause: Clause): Finding[] {
    if (test(EXACT_DATE, clause.text)) return [];
    const text = mask(clause.text, EXACT_DATE);
    const labelled = clause.attribute === 'shipDate';
    const counted = test(START_EVENT, text);
    const hits: VagueHit[] = [];
    const add = (m: { start: number; end: number; text: string }) =>
      hits.push({ ...m, why: WHY, fix: shipFix(m.text) });
    if (!test(REPLY_CONTEXT, text)) findAll(ASAP, text).forEach(add);
    if (labelled || test(SHIP_CUE, text)) {
      for (const m of findAll(VAGUE_TIME, text)) if (!(counted && /\d/.test(m.text))) add(m);
      // "About 25 days after deposit": the event is recorded, the count is not.
      if (counted) findAll(APPROX_DURATION, text).forEach(add);
    }
    if (labelled) {
      if (!counted) findAll(DURATION, text).forEach(add);
      // A month alone in a shipment-date field names no day: "Ship date: March".
      findAll(latinWords([MONTH]), text).forEach(add);
      findAll(UNDECIDED, text).forEach(add);
      const range = valueRange(clause);
      if (
        hits.length === 0 &&
        range &&
        !/\d/.test(text.slice(range.start, range.end)) &&
        test(DATE_LABEL, text.slice(0, clause.valueStart))
      )
        add({ ...range, text: text.slice(range.start, range.end) });
    }
    return withoutOverlaps(hits).map((h) => vagueFinding('shipDate', clause, h));
  },
};
