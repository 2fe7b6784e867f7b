import { formatMoney } from '../model/money';
import type { TimelineEvent } from '../model/timeline';
import { amountForForm } from './amount';
import { firstEvent } from './claim-context';
import { RULES } from './rules';
import type { DisputeDraft, DraftField, ProtectionClaim, RuleSentence } from './types';
import { citation, day } from './words';

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

const ruleLine = (r: RuleSentence) => `${r.text} ${citation(r.source)}`;

export function claimText(claims: readonly ProtectionClaim[]): string {
  return claims
    .filter((c) => c.status !== 'not-yet')
    .map((c) => {
      const quotes = c.quotes.map((q) => `“${q.text}” (${q.where})`).join('; ');
      return [
        `${c.name}.`,
        ...c.facts,
        ...(quotes ? [`The order states: ${quotes}.`] : []),
        ...c.rules.map(ruleLine),
      ].join(' ');
    })
    .join('\n\n');
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
  const amount = draft.amount.requested ? formatMoney(draft.amount.requested) : 'a refund';
  const summary = draft.claims.flatMap((c) => c.facts).join(' ');
  return {
    id: 'mediation',
    label: 'Mediation request',
    hint: from
      ? `Available from ${day(from, timeZone)}, 10 days after your refund request, if you and the seller have not agreed.`
      : 'Available 10 days after your refund request, if you and the seller have not agreed.',
    text: `${asked ? `On ${day(asked.at, timeZone)} I requested` : 'I requested'} a refund of ${amount} for order ${draft.orderId ?? ''}. The seller and I have not agreed. ${summary} I ask AliExpress to decide on the evidence attached.`.replace(
      /\s+/g,
      ' ',
    ),
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
    },
    {
      id: 'amount',
      label: `Refund amount${requested ? ` (${requested.currency})` : ''}`,
      hint: draft.amount.conclusion,
      text: requested && requested.minor > 0 ? amountForForm(requested) : '',
    },
    {
      id: 'statement',
      label: alibaba ? 'Description of the problem' : 'Details of the problem',
      hint: draft.statement.edited
        ? 'Your own text, as you edited it.'
        : 'Drafted from the order and its timeline; edit it below if anything is not right.',
      text: draft.statement.paragraphs.join('\n\n'),
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
