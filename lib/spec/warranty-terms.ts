/**
 * A warranty whose terms are left to one side's judgement: "guarantees the quality for a reasonable period",
 * "excluding misuse, at the manufacturer's discretion", "durante un período razonable", "وفق تقدير المصنع". A
 * "reasonable" period counts no days from any date, and a fault the maker alone may call misuse is covered only when
 * he chooses to cover it; either way the buyer has no term to claim under. Read only on a line about a warranty,
 * so "reasonable price" or "colour at the factory's discretion" is left to the rules that own them.
 */

import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
import type { VagueHit } from './spec-finding';

const WARRANTY = anyOf(
  latinWords([
    'warrant(?:y|ies|s|ed)?',
    'guarantee[ds]?',
    'garant[ií]as?',
    'garantiza',
    'garantie',
    'garantit',
    'Garantie',
    'Gewährleistung',
    'garante',
    'garanzia',
    'garanti',
    'bảo hành',
    'jaminan',
    'gwarancja',
  ]),
  scriptWords(['الضمان', 'ضمان', 'гаранти\\p{L}*', 'گارانتی']),
  cjk(['保修', '质保', '保証', '보증']),
);

const WHOSE = '(?:the |our |its )?(?:manufacturer|supplier|seller|factory|vendor|maker|company)';
const LEFT_OPEN = anyOf(
  latinWords([
    // A period no one can count.
    '(?:a |for a |within a |during a )?reasonable (?:period|time|duration|term)(?: of time)?',
    '(?:un |durante un |por un )?(?:per[ií]odo|plazo|tiempo) razonable',
    '(?:une |pendant une )?(?:période|durée|délai) raisonnable',
    '(?:eine |für eine )?(?:angemessene|vernünftige) (?:Zeit|Frist|Dauer|Zeitspanne)',
    '(?:um |por um |durante um )?(?:per[ií]odo|prazo|tempo) razo[aá]vel',
    '(?:un |per un )?(?:periodo|tempo) ragionevole',
    // Coverage decided by one side alone.
    `(?:at|in) ${WHOSE}(?:[’']s)? (?:sole |own |absolute )?(?:discretion|judge?ment|option)`,
    `(?:as|if) (?:determined|decided|judged) by ${WHOSE}`,
    '(?:a|según) (?:criterio|juicio|discreción) (?:del |de la )?(?:fabricante|proveedor|vendedor|fábrica)',
    "(?:à la|selon la|au) (?:discrétion|jugement|seule appréciation) (?:du |de l[’'])?(?:fabricant|fournisseur|vendeur|usine)",
    '(?:nach|im) (?:freien )?Ermessen (?:des|der) (?:Herstellers|Lieferanten|Verkäufers|Fabrik)',
    '(?:a|segundo o) (?:critério|juízo) (?:do |da )?(?:fabricante|fornecedor|vendedor|fábrica)',
    "(?:a|secondo il) (?:discrezione|giudizio) (?:del |dell[’'])?(?:produttore|fornitore|venditore|fabbrica)",
  ]),
  scriptWords([
    '(?:وفق|حسب|وفقا ل|بحسب)\\s?تقدير\\s(?:ال)?(?:مصنع|مورد|بائع|شركة)',
    '(?:مدة|فترة)\\s(?:زمنية\\s)?معقولة',
    'на усмотрение (?:производителя|поставщика|продавца)',
    'в течение разумного (?:срока|времени)',
  ]),
  cjk([
    '合理(?:期限|时间|期间)',
    '(?:由|以)(?:厂家|工厂|供应商|卖方)(?:判断|决定|认定)为准?',
    '最终解释权归(?:厂家|工厂|供应商|卖方|本公司)(?:所有)?',
  ]),
);

export function warrantyLeftOpen(text: string, line: string): VagueHit[] {
  if (!test(WARRANTY, line)) return [];
  return findAll(LEFT_OPEN, text).map((m) => ({
    start: m.start,
    end: m.end,
    why: msg('spec.why.warrantyOpen'),
    fix: msg('spec.fix.warranty'),
  }));
}
