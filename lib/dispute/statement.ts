import { formatMoney } from '../model/money';
import type { OrderFacts } from '../model/order';
import type { TimelineEvent } from '../model/timeline';
import type { DisputeAnswers } from './answers';
import type { DraftAmount, ProtectionClaim } from './types';
import { count, day } from './words';

/**
 * The statement: a factual, dated account in short paragraphs: the order,
 * what happened and when (from the timeline), what the order says and how
 * the goods differ, the buyer's own words verbatim, and the request. No rule
 * is stated here (the claim field carries those, with sources); the buyer
 * may rewrite it, and then their text is used as it is.
 */
export interface StatementInput {
  order: OrderFacts;
  events: readonly TimelineEvent[];
  answers: DisputeAnswers;
  claims: readonly ProtectionClaim[];
  amount: DraftAmount;
  evidenceCount: number;
  timeZone: string;
}

const METHOD: Record<string, string> = {
  express: 'express courier',
  air: 'air freight',
  sea: 'sea freight',
  land: 'land transport',
  post: 'post',
};

function orderParagraph({ order, timeZone }: StatementInput): string {
  const where = order.marketplace === 'alibaba' ? 'Trade Assurance order' : 'AliExpress order';
  const placed = order.createdAt ? `On ${day(order.createdAt, timeZone)} I placed` : 'I placed';
  const supplier = order.supplierName ? ` with ${order.supplierName}` : '';
  const goods = order.lineItems
    .map((l) => {
      const qty = l.quantity !== null ? `${l.quantity.toLocaleString('en-GB')} × ` : '';
      const price = l.unitPrice ? ` at ${formatMoney(l.unitPrice)} each` : '';
      return `${qty}${l.name ?? 'the product'}${price}`;
    })
    .join('; ');
  const total = order.total ? `, for a total of ${formatMoney(order.total)}` : '';
  const coverage =
    order.marketplace === 'alibaba' && (order.coverage || order.coveredAmount)
      ? ` The order has ${order.coverage === 'pre-shipment' ? 'Pre-shipment' : order.coverage === 'post-delivery' ? 'Post-delivery' : 'Trade Assurance'} coverage${order.coveredAmount ? `, with a covered amount of ${formatMoney(order.coveredAmount)}` : ''}.`
      : '';
  return `${placed} ${where} ${order.id ?? ''}${supplier}${goods ? `: ${goods}` : ''}${total}.${coverage}`.replace(
    /\s+/g,
    ' ',
  );
}

function eventSentence(e: TimelineEvent, input: StatementInput): string | null {
  const { order, timeZone } = input;
  const on = `On ${day(e.at, timeZone)}`;
  const through = order.marketplace === 'alibaba' ? 'through Alibaba.com' : 'at AliExpress checkout';
  switch (e.type) {
    case 'deposit_paid':
      return order.initialPayment
        ? `${on} I paid the initial payment of ${formatMoney(order.initialPayment)} ${through}.`
        : `${on} I paid ${order.total ? formatMoney(order.total) : 'for the order'} ${through}.`;
    case 'balance_paid':
      return `${on} I paid the balance${order.balance ? ` of ${formatMoney(order.balance)}` : ''}.`;
    case 'shipped': {
      const method = e.shippingMethod ?? order.shippingMethod;
      return `${on} the supplier shipped the goods${method ? ` by ${METHOD[method]}` : ''}.`;
    }
    case 'delivered':
      return `${on} the goods were delivered.`;
    case 'receipt_confirmed':
      return `${on} I confirmed receipt.`;
    case 'inspection_failed':
      // Said with the standard it failed in the problem paragraph when that is the claim.
      return input.answers.problems.includes('below-inspection-standard')
        ? null
        : `${on} the inspection failed.`;
    case 'refund_requested':
      return `${on} I asked the supplier for a refund.`;
    case 'dispute_opened':
      return `${on} I opened a dispute.`;
    default:
      return null;
  }
}

function problemParagraph(input: StatementInput): string {
  const facts = input.claims.flatMap((c) => c.facts);
  const quotes = [...new Map(input.claims.flatMap((c) => c.quotes).map((q) => [q.text, q])).values()];
  const said = quotes.length ? ` The order states: ${quotes.map((q) => `“${q.text}”`).join('; ')}.` : '';
  const noticed = input.answers.noticedOn
    ? ` I found the problem on ${day(input.answers.noticedOn, input.timeZone)}.`
    : '';
  return `${[...new Set(facts)].join(' ')}${said}${noticed}`.trim();
}

function requestParagraph(input: StatementInput): string {
  const { amount, evidenceCount } = input;
  const ask =
    amount.requested && amount.requested.minor > 0
      ? `I ask for a refund of ${formatMoney(amount.requested)}`
      : 'I ask for a refund';
  const credit = input.claims.some((c) => c.id === 'on-time-delivery')
    ? ', and the On-time Delivery Guarantee credit for the late delivery'
    : '';
  const files = evidenceCount
    ? ` The ${count(evidenceCount, 'file')} of evidence listed with this dispute ${evidenceCount === 1 ? 'is' : 'are'} attached; each file’s SHA-256 fingerprint was recorded when it was captured.`
    : '';
  return `${ask}${credit}.${files}`;
}

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function draftStatement(input: StatementInput): { paragraphs: string[]; edited: boolean } {
  if (input.answers.statement?.trim()) {
    return { paragraphs: splitParagraphs(input.answers.statement), edited: true };
  }
  const events = [...input.events]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((e) => eventSentence(e, input))
    .filter((s): s is string => s !== null);
  return {
    paragraphs: [
      orderParagraph(input),
      ...(events.length ? [events.join(' ')] : []),
      problemParagraph(input),
      ...splitParagraphs(input.answers.buyerWords),
      requestParagraph(input),
    ].filter(Boolean),
    edited: false,
  };
}
