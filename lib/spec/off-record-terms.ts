/**
 * Terms that point to a conversation instead of stating themselves: "Payment: as discussed before", "Price: as
 * agreed", "Pagamento: conforme conversado", "Zahlung: wie besprochen", "付款方式：按之前谈好的". The chat is not part
 * of the order and either side can remember it differently, so a dispute has no written terms to hold; for payment
 * it is also where a changed account or an off-platform transfer hides. Read only where the reference is the whole
 * value of a line no attribute rule reads (those rules read "as discussed" under their own labels), and silent when
 * a document is named ("as agreed in PI No. 2231") or figures are written beside it.
 */

import { msg } from '../i18n/msg';
import { EXACT_DATE } from './date-lexicon';
import { anyOf, cjk, findAll, latinWords, test } from './patterns';
import { DESIGN_FILE } from './reference-lexicon';
import type { VagueHit } from './spec-finding';

const TALK =
  '(?:discussion|conversation|chat|talk|call|phone call|e-?mails?|messages?|negotiation|agreement)';
const OFF_RECORD = anyOf(
  latinWords([
    `as (?:we )?(?:discussed|agreed|talked|negotiated|confirmed|mentioned|said|spoke)(?: (?:before|earlier|previously|above|already|last time|on (?:the )?(?:phone|chat)|by (?:chat|phone|e-?mail)|in (?:the |our )?${TALK}|with (?:you|the (?:seller|supplier|sales(?:man)?)))){0,2}`,
    `(?:as per|according to|per|based on) (?:our |the |your )?(?:previous |earlier |last |former )?${TALK}s?`,
    'same as (?:we )?(?:discussed|agreed|talked)',
    'like we (?:discussed|agreed|talked)',
    'como (?:lo )?(?:hablado|hablamos|conversado|conversamos|discutido|quedamos|acordamos)',
    'según lo (?:hablado|acordado|conversado)',
    'comme (?:convenu|discuté|prévu|vu ensemble)',
    'selon (?:notre|nos) (?:échanges?|discussions?|conversations?)',
    'conforme (?:conversado|falado|acordado|combinado)(?: (?:antes|anteriormente|no chat))?',
    'como (?:conversamos|falamos|combinamos)',
    'wie (?:besprochen|vereinbart|abgesprochen)(?: (?:am Telefon|telefonisch|im Chat))?',
    'laut (?:unserem )?Gespräch',
    "come (?:concordato|discusso|d[’']accordo|da accordi)",
  ]),
  cjk([
    '(?:按|照|按照)(?:之前|上次|我们|前面)?(?:说好|谈好|聊好|商量好|沟通好|约定好?)的?',
    '(?:按|照)(?:之前|以前)(?:说|谈|聊|沟通)的',
    '如(?:前|之前)所(?:谈|述|说)',
    '按聊天记录',
  ]),
);
/** A document or figures stated: the terms are written after all. */
const WRITTEN = anyOf(DESIGN_FILE, EXACT_DATE, String.raw`\d`);

const CARRIER_WORDS =
  /\b(?:payment|payments|terms?|price|prices|pay|paid|will|shall|be|is|are|it|all|the|same|we|our|and|also|still|pago|pagamento|paiement|Zahlung)\b/giu;

const WHY = msg('spec.why.offRecord');

/** `value` is the labelled value of a clause no attribute reads; `offset` is where it starts in the clause. */
export function termsOffRecord(value: string, offset: number): VagueHit[] {
  const [first] = findAll(OFF_RECORD, value);
  if (!first || test(WRITTEN, value)) return [];
  // The reference must be the value: "Payment: as discussed before" — not a remark after stated terms.
  // Words that only carry the reference ("payment will be", "the same") may stand beside it; anything else is a term.
  const rest = `${value.slice(0, first.start)} ${value.slice(first.end)}`
    .replace(CARRIER_WORDS, ' ')
    .replace(/[\s.,;:：。，!]/gu, '');
  if (rest.length > 2) return [];
  return [
    {
      start: offset + first.start,
      end: offset + first.end,
      why: WHY,
      fix: msg('spec.fix.offRecord', { seen: first.text }),
    },
  ];
}
