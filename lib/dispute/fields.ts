import { type Msg, type MsgParam, msg } from '../i18n/msg';
import type { RuleSource } from '../model/finding';
import type { TimelineEvent } from '../model/timeline';
import { amountForForm } from './amount';
import { firstEvent, ruleP } from './claim-context';
import { RULES } from './rules';
import type { DisputeDraft, DraftField, ProtectionClaim, RuleSentence } from './types';
import { dayP, en, oneLine } from './words';

/**
 * The platform's dispute form, field by field and in its order, each with
 * the exact text to paste: Alibaba's Trade Assurance dispute (reason, refund
 * amount, description, evidence); AliExpress's refund request (the same four)
 * and, when there is no agreement, the mediation request.
 */
export const PLATFORMS = {
  alibaba: {
    name: 'Alibaba.com Trade Assurance',
    where: 'My Alibaba → Orders → this order → “Open a dispute” (or “Apply for refund”)',
    steps: [RULES.alibabaSteps] as RuleSentence[],
  },
  aliexpress: {
    name: 'AliExpress Buyer Protection',
    where:
      'My Orders → this order → “Refund / return”; then “Apply for mediation” if you and the seller do not agree',
    steps: [RULES.aliexpressSteps] as RuleSentence[],
  },
};

/** "(Source: How to Use Alibaba Trade Assurance (Jing Sourcing), step 3 — https://…)" */
const citationMsg = (s: RuleSource): Msg => msg('disputeText.field.citation', { label: s.label, ref: s.ref });
const ruleLine = (r: RuleSentence): Msg =>
  msg('disputeText.field.ruleLine', { rule: ruleP(r), source: citationMsg(r.source) });
/** Sentences of one paragraph, joined by a space. */
const joined = (items: MsgParam[]): Msg => msg('disputeText.joined', { items: { list: items, sep: ' ' } });

/** The claim field, one paragraph per protection claimed: its name, the facts, the order's words, the rules. */
export function claimParagraphs(claims: readonly ProtectionClaim[]): Msg[] {
  return claims
    .filter((c) => c.status !== 'not-yet')
    .map((c) => {
      const quotes = c.quotes.map((q) =>
        msg('disputeText.field.quoteWhere', { text: q.text, where: q.where }),
      );
      return joined([
        msg('disputeText.field.claimName', { name: c.nameMsg ?? c.name }),
        ...c.facts.map((f, i) => c.factMsgs?.[i] ?? f),
        ...(quotes.length
          ? [msg('disputeText.field.orderStates', { quotes: { list: quotes, sep: '; ' } })]
          : []),
        ...c.rules.map(ruleLine),
      ]);
    });
}

export function claimText(claims: readonly ProtectionClaim[]): string {
  return claimParagraphs(claims).map(en).join('\n\n');
}

function evidenceText(draft: Pick<DisputeDraft, 'evidence'>): string {
  return draft.evidence.items
    .map(
      (e, i) =>
        `${i + 1}. ${e.fileName} — ${e.kindLabel} — captured ${e.capturedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')} — SHA-256 ${e.sha256}`,
    )
    .join('\n');
}

function mediationText(
  draft: Omit<DisputeDraft, 'fields'>,
  events: readonly TimelineEvent[],
  timeZone: string,
): DraftField {
  const asked = firstEvent(events, 'refund_requested');
  const from = draft.deadline.mediationFrom;
  const amount = draft.amount.requested ?? msg('disputeText.field.aRefund');
  const summary = joined(draft.claims.flatMap((c): MsgParam[] => c.factMsgs ?? c.facts));
  const params = { amount, order: draft.orderId ?? '', summary };
  const textMsg = asked
    ? msg('disputeText.field.mediationOn', { day: dayP(asked.at, timeZone), ...params })
    : msg('disputeText.field.mediation', params);
  // The 10 days are a rule of AliExpress's policy: the hint cites it like every other rule sentence.
  const source = citationMsg(RULES.aliexpressSteps.source);
  const hintMsg = from
    ? msg('disputeText.field.mediationFrom', { day: dayP(from, timeZone), source })
    : msg('disputeText.field.mediationAfter', { source });
  return {
    id: 'mediation',
    label: 'Mediation request',
    hint: en(hintMsg),
    hintMsg,
    text: oneLine(en(textMsg)),
    textMsgs: [textMsg],
  };
}

export function draftFields(
  draft: Omit<DisputeDraft, 'fields'>,
  events: readonly TimelineEvent[],
  timeZone: string,
): DraftField[] {
  const alibaba = draft.marketplace === 'alibaba';
  const requested = draft.amount.requested;
  const fields: DraftField[] = [
    {
      id: 'claim',
      label: alibaba ? 'Reason for the dispute' : 'Reason for the refund request',
      hint: 'Pick the reason in the form’s list that matches the protection named here, then paste this as its explanation.',
      text: claimText(draft.claims),
      textMsgs: claimParagraphs(draft.claims),
    },
    {
      id: 'amount',
      label: `Refund amount${requested ? ` (${requested.currency})` : ''}`,
      hint: draft.amount.conclusion,
      ...(draft.amount.conclusionMsg && { hintMsg: draft.amount.conclusionMsg }),
      text: requested && requested.minor > 0 ? amountForForm(requested) : '',
    },
    {
      id: 'statement',
      label: alibaba ? 'Description of the problem' : 'Details of the problem',
      hint: draft.statement.edited
        ? 'Your own text, as you edited it.'
        : 'Drafted from the order and its timeline; edit it below if anything is not right.',
      text: draft.statement.paragraphs.join('\n\n'),
      ...(draft.statement.paragraphMsgs && { textMsgs: draft.statement.paragraphMsgs }),
    },
    {
      id: 'evidence',
      label: alibaba ? 'Evidence to upload' : 'Photos, videos and files to upload',
      hint: 'Upload each file listed; the dispute pack holds them all, with report.html and each SHA-256.',
      text: evidenceText(draft),
    },
  ];
  if (!alibaba) fields.push(mediationText(draft, events, timeZone));
  return fields;
}
