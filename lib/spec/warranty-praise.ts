/**
 * A warranty answered with praise of the service: "Warranty: good after-sales service", "Garantía: excelente
 * servicio postventa", "质保：售后无忧". Nothing says for how long, from when, or what the buyer gets for a faulty
 * unit, so a fault found after delivery has no terms to be claimed under. Silent when the clause gives a period.
 */

import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords, test } from './patterns';
import type { VagueHit } from './spec-finding';

const SERVICE_PRAISE = anyOf(
  latinWords([
    '(?:very )?(?:good|great|excellent|best|perfect|reliable|professional|considerate|first[- ]class|satisfactory|quick|fast|24 ?h(?:ours?)?) (?:after[- ]?sales?|post[- ]sales?|customer)(?: service| support)?',
    'after[- ]?sales?(?: service)? (?:is )?(?:guaranteed|assured|worry[- ]free|no problem)',
    '(?:buen|excelente|mejor|gran) servicio (?:de )?(?:post ?venta|posventa|al cliente)',
    '(?:bon|excellent|meilleur) service (?:après[- ]vente|client)',
    '(?:guter|exzellenter|bester|zuverlässiger) (?:Kunden|After-Sales-)?[Ss]ervice',
    '(?:bom|ótimo|excelente|melhor) (?:serviço )?(?:de )?pós[- ]venda',
    '(?:buona|ottima|eccellente) assistenza(?: post[- ]vendita| clienti)?',
  ]),
  cjk(['售后(?:服务)?(?:好|很好|完善|无忧|有保障|保证)', '(?:优质|完善|贴心|良好)的?售后(?:服务)?']),
);
/** A period makes terms of it: "12 months, good after-sales service". */
const PERIOD = anyOf(
  latinWords(['\\d{1,3} ?(?:months?|years?|yrs?|días|meses|años|mois|ans|Monate|Jahre|anos|mesi|anni)']),
  cjk(['\\d{1,3}\\s{0,2}(?:个月|年)']),
);

export function warrantyPraise(text: string): VagueHit[] {
  if (test(PERIOD, text)) return [];
  return findAll(SERVICE_PRAISE, text).map((m) => ({
    start: m.start,
    end: m.end,
    why: msg('spec.why.warrantyPraise'),
    fix: msg('spec.fix.warranty'),
  }));
}
