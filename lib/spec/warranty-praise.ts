/**
 * A warranty answered with praise of the service: "Warranty: good after-sales service", "Garantía: excelente
 * servicio postventa", "质保：售后无忧". Nothing says for how long, from when, or what the buyer gets for a faulty
 * unit, so a fault found after delivery has no terms to be claimed under. Silent when the clause gives a period.
 */

import { msg } from '../i18n/msg';
import { namesAStandard } from './named-record';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
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
/**
 * A warranty promised with no terms: "Warranty: lifetime, we replace if any problem", "any quality problem, free
 * replacement", "garantía de por vida", "有问题包换". "Any problem" defines no fault and "lifetime" no period (whose
 * life, counted from when?), and no claim procedure is given, so whether a fault is covered is the supplier's call.
 * A "lifetime" not said of a warranty ("LED lifetime 50,000 h") is a performance figure, not read here.
 */
const PROBLEM = '(?:any|some|a) (?:quality )?(?:problems?|issues?|defects?|questions?|damages?)';
const REMEDY = '(?:replace|refund|resend|re-?send|repair|change|exchange|return)';
const OPEN_PROMISE = anyOf(
  latinWords([
    `(?:we )?(?:will |can )?${REMEDY}(?: it| them)?(?: for free| free(?: of charge)?)? (?:if|when|for|in case of) (?:there (?:is|are) |you (?:have|find|get) |it has )?${PROBLEM}`,
    `(?:if|when|in case of) (?:there (?:is|are) |you (?:have|find|get) )?${PROBLEM}[,;]? (?:we (?:will |can )?)?(?:${REMEDY}|free (?:replacement|repair|refund))`,
    `${PROBLEM}[,;]? (?:we (?:will |can )?)?(?:${REMEDY} (?:it |them )?(?:for free|free)|free (?:replacement|repair|refund))`,
    'life[- ]?(?:time|long) (?:warranty|guarantee)',
    '(?:warranty|guarantee) for life',
    // Under a warranty label the period word alone: "Warranty: lifetime", "Garantia: vitalícia", "Garantie : à vie".
    '(?<=(?:warranty|guarantee|garant[ií]a|garantie|Garantie|garanzia|garanti)\\s{0,2}[:：]\\s{0,3}(?:is )?)(?:life[- ]?(?:time|long)|de por vida|vitalicia|vitalícia|à vie|lebenslang|a vita|ömür boyu|trọn đời)',
    // Under a warranty label a value that only says there is one: "Warranty: yes", "Guarantee: full warranty".
    '(?<=(?:warranty|guarantee|after[- ]?sales?(?: service)?)\\s{0,2}[:：]\\s{0,3})(?:yes|ok|available|included|provided|guaranteed|full(?: warranty| guarantee)?|(?:we )?(?:guarantee|warrant) (?:the |our )?quality)(?=\\s{0,3}[.;!]?\\s{0,3}$)',
    // "We will take responsibility for quality problems", "Supplier is responsible for all quality problems",
    // "we guarantee the quality": an undertaking with no period, no fault defined and no remedy named.
    '(?:(?:will|shall) )?(?:take|bear|assume) (?:the |full |all )?responsibility for (?:all |any |the )?(?:quality )?(?:problems?|issues?|defects?)',
    '(?:is|are|will be|shall be) (?:fully )?responsible for (?:all |any |the )?quality (?:problems?|issues?|defects?)',
    'we (?:100 ?% )?guarantee (?:the |our )?quality',
    'garant[ií]a (?:de por vida|vitalicia)',
    'garantia (?:vitalícia|para (?:toda a )?vida)',
    'garantie à vie',
    '(?:lebenslange|lebenslängliche) Garantie',
    'ömür boyu garanti',
    'bảo hành trọn đời',
    // "long-term warranty", "bảo hành dài hạn", "garantía de larga duración": a length praised, none counted. With the
    // period written ("long-term warranty, 5 years") PERIOD keeps the line clear.
    'long(?:[- ]?(?:term|time))? (?:warranty|guarantee)',
    'garant[ií]a (?:de )?larga duraci[oó]n',
    'garantie (?:de )?longue durée',
    'Langzeit-?[Gg]arantie',
    'garantia (?:de )?longa duração',
    'garanzia (?:a )?lung[ao] (?:termine|durata)',
    'bảo hành (?:dài hạn|lâu dài)',
    'garansi (?:jangka )?panjang',
    'uzun (?:süreli )?garanti',
    'si (?:hay|tiene) (?:algún|cualquier) problema,? (?:lo |la )?(?:cambiamos|reemplazamos|reponemos|devolvemos)',
    'se (?:houver|tiver) (?:algum|qualquer) problema,? (?:nós )?(?:trocamos|substituímos|devolvemos)',
    'en cas de problème,? (?:nous )?(?:remplaçons|échangeons|remboursons)',
    'bei (?:jedem |einem )?Problem(?:en)? (?:ersetzen|tauschen|erstatten) wir',
  ]),
  scriptWords([
    'пожизненная гарантия',
    'гарантия пожизненная',
    'при (?:любой|какой-либо) проблеме (?:заменим|вернём|вернем)',
  ]),
  // "품질 보증", "品質保証します" standing alone: the Korean and Japanese "quality guaranteed", with no period or remedy.
  cjk([
    '품질\\s?보증(?:합니다|함|됨)?(?=\\s{0,2}(?:[.。,，;；!]|$))',
    '品質(?:を)?保証(?:します|致します)?(?=\\s{0,2}(?:[.。、,，;；!]|$))',
    '终身(?:保修|质保|保用)',
    '长期(?:保修|质保|保用)',
    '長期保証',
    '(?:有|任何|出现)(?:质量)?问题(?:包|免费)?(?:换|退换|退货|补发|更换)',
  ]),
);

/** The bare "quality assured" forms of Korean and Japanese. */
const QUALITY_ASSURED = /^(?:품질\s?보증|品質(?:を)?保証)/u;

/**
 * The quality assurance is "based on" or "in conformity with" the standard right before it: "ISO 9001に基づく",
 * "ISO 9001に準拠した", "ISO 9001 기반", "ISO 9001에 따른". "ISO 9001認証工場、品質保証" certifies the factory, and the
 * bare 品質保証 after it still promises nothing about the goods.
 */
const BASED_ON_BEFORE =
  /(?:に基づ(?:く|いた)|に準拠(?:した|する)?|準拠の?|に准拠(?:した)?|准拠の?|依据|按照|符合|\s?기반(?:의|으로)?|에\s?따른|에\s?의한|준수)\s{0,2}(?:の)?\s{0,2}$/u;

function underAStandard(before: string): boolean {
  const m = BASED_ON_BEFORE.exec(before);
  return m !== null && namesAStandard(before.slice(Math.max(0, m.index - 40), m.index));
}

/** A period makes terms of it: "12 months, good after-sales service". */
const PERIOD = anyOf(
  latinWords([
    '\\d{1,3} ?(?:months?|years?|yrs?|días|meses|años|mois|ans|Monate|Jahre|anos|mesi|anni|tháng|năm|bulan|tahun|miesi\\p{L}{0,3}|lat|lata|rok|yıl|ay)',
  ]),
  cjk(['\\d{1,3}\\s{0,2}(?:个月|年|개월|년|ヶ月|か月|カ月)']),
);

export function warrantyPraise(text: string): VagueHit[] {
  if (test(PERIOD, text)) return [];
  const praise = findAll(SERVICE_PRAISE, text).map((m) => ({
    start: m.start,
    end: m.end,
    why: msg('spec.why.warrantyPraise'),
    fix: msg('spec.fix.warranty'),
  }));
  // "ISO 9001に基づく品質保証", "ISO 9001 기반 품질 보증": quality assurance under a named standard is that
  // standard's system, audited by its certificate, not a promise with no terms.
  const open = findAll(OPEN_PROMISE, text)
    .filter((m) => !(QUALITY_ASSURED.test(m.text) && underAStandard(text.slice(0, m.start))))
    .map((m) => ({
      start: m.start,
      end: m.end,
      why: msg('spec.why.warrantyOpen'),
      fix: msg('spec.fix.warranty'),
    }));
  return [...praise, ...open];
}
