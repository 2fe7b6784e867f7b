import type { MessageKey } from '../i18n/keys';
import { type Msg, type MsgParam, msg } from '../i18n/msg';
import type { OrderFacts } from '../model/order';
import type { TimelineEvent } from '../model/timeline';
import type { DisputeAnswers } from './answers';
import type { DisputeDraft, DraftAmount, ProtectionClaim } from './types';
import { countP, dayP, en, oneLine } from './words';

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

const METHOD: Record<string, MessageKey> = {
  express: 'disputeText.statement.method.express',
  air: 'disputeText.statement.method.air',
  sea: 'disputeText.statement.method.sea',
  land: 'disputeText.statement.method.land',
  post: 'disputeText.statement.method.post',
};

const COVERAGE: Record<string, MessageKey> = {
  'pre-shipment': 'disputeText.statement.coverage.preShipment',
  'post-delivery': 'disputeText.statement.coverage.postDelivery',
};

function goodsLine(l: OrderFacts['lineItems'][number]): Msg {
  const name = l.name ?? msg('disputeText.statement.theProduct');
  if (l.quantity !== null && l.unitPrice)
    return msg('disputeText.statement.goods.qtyPrice', { qty: l.quantity, name, price: l.unitPrice });
  if (l.quantity !== null) return msg('disputeText.statement.goods.qty', { qty: l.quantity, name });
  if (l.unitPrice) return msg('disputeText.statement.goods.price', { name, price: l.unitPrice });
  return msg('disputeText.statement.goods.name', { name });
}

function orderParagraph({ order, timeZone }: StatementInput): Msg {
  const alibaba = order.marketplace === 'alibaba';
  const coverage =
    alibaba && (order.coverage || order.coveredAmount)
      ? msg(
          order.coveredAmount
            ? 'disputeText.statement.coverageCovered'
            : 'disputeText.statement.coverageOnly',
          {
            type: msg(COVERAGE[order.coverage ?? ''] ?? 'disputeText.statement.coverage.tradeAssurance'),
            amount: order.coveredAmount ?? '',
          },
        )
      : '';
  const params = {
    where: msg(alibaba ? 'disputeText.statement.taOrder' : 'disputeText.statement.aliexpressOrder'),
    id: order.id ?? '',
    supplier: order.supplierName
      ? msg('disputeText.statement.withSupplier', { name: order.supplierName })
      : '',
    goods: order.lineItems.length
      ? msg('disputeText.statement.goodsList', { goods: { list: order.lineItems.map(goodsLine), sep: '; ' } })
      : '',
    total: order.total ? msg('disputeText.statement.forTotal', { amount: order.total }) : '',
    coverage,
  };
  return order.createdAt
    ? msg('disputeText.statement.placedOn', { day: dayP(order.createdAt, timeZone), ...params })
    : msg('disputeText.statement.placed', params);
}

function eventSentence(e: TimelineEvent, input: StatementInput): Msg | null {
  const { order, timeZone } = input;
  const day = dayP(e.at, timeZone);
  const through = msg(
    order.marketplace === 'alibaba' ? 'disputeText.paid.throughAlibaba' : 'disputeText.paid.atCheckout',
  );
  switch (e.type) {
    case 'deposit_paid':
      return order.initialPayment
        ? msg('disputeText.statement.event.paidInitial', { day, amount: order.initialPayment, through })
        : msg('disputeText.statement.event.paid', {
            day,
            amount: order.total ?? msg('disputeText.statement.forTheOrder'),
            through,
          });
    case 'balance_paid':
      return order.balance
        ? msg('disputeText.statement.event.paidBalanceOf', { day, amount: order.balance })
        : msg('disputeText.statement.event.paidBalance', { day });
    case 'shipped': {
      const method = e.shippingMethod ?? order.shippingMethod;
      return method
        ? msg('disputeText.statement.event.shippedBy', { day, method: msg(METHOD[method]!) })
        : msg('disputeText.statement.event.shipped', { day });
    }
    case 'delivered':
      return msg('disputeText.statement.event.delivered', { day });
    case 'receipt_confirmed':
      return msg('disputeText.statement.event.receiptConfirmed', { day });
    case 'inspection_failed':
      // Said with the standard it failed in the problem paragraph when that is the claim.
      return input.answers.problems.includes('below-inspection-standard')
        ? null
        : msg('disputeText.statement.event.inspectionFailed', { day });
    case 'refund_requested':
      return msg('disputeText.statement.event.refundRequested', { day });
    case 'dispute_opened':
      return msg('disputeText.statement.event.disputeOpened', { day });
    default:
      return null;
  }
}

function problemParagraph(input: StatementInput): Msg {
  // Each fact once, in the order first said (two claims may state the same one).
  const facts = new Map<string, Msg | string>();
  for (const c of input.claims)
    for (const [i, f] of c.facts.entries()) if (!facts.has(f)) facts.set(f, c.factMsgs?.[i] ?? f);
  const quotes = [...new Map(input.claims.flatMap((c) => c.quotes).map((q) => [q.text, q])).values()];
  const parts: MsgParam[] = [...facts.values()];
  if (quotes.length)
    parts.push(
      msg('disputeText.statement.orderStates', {
        quotes: { list: quotes.map((q) => msg('disputeText.quoted', { text: q.text })), sep: '; ' },
      }),
    );
  if (input.answers.noticedOn)
    parts.push(msg('disputeText.statement.noticed', { day: dayP(input.answers.noticedOn, input.timeZone) }));
  return msg('disputeText.joined', { items: { list: parts, sep: ' ' } });
}

function requestParagraph(input: StatementInput): Msg {
  const { amount, evidenceCount } = input;
  const credit = input.claims.some((c) => c.id === 'on-time-delivery');
  const ask =
    amount.requested && amount.requested.minor > 0
      ? msg(credit ? 'disputeText.statement.askAmountCredit' : 'disputeText.statement.askAmount', {
          amount: amount.requested,
        })
      : msg(credit ? 'disputeText.statement.askCredit' : 'disputeText.statement.ask');
  if (!evidenceCount) return ask;
  const files = msg(
    evidenceCount === 1 ? 'disputeText.statement.fileAttached' : 'disputeText.statement.filesAttached',
    {
      files: countP(evidenceCount, 'file'),
    },
  );
  return msg('disputeText.joined', { items: { list: [ask, files], sep: ' ' } });
}

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function drafted(m: Msg): [string, Msg] {
  return [en(m).trim(), m];
}

function eventsParagraph(events: Msg[]): [string, Msg] {
  return drafted(msg('disputeText.joined', { items: { list: events, sep: ' ' } }));
}

export function draftStatement(input: StatementInput): DisputeDraft['statement'] {
  if (input.answers.statement?.trim()) {
    return { paragraphs: splitParagraphs(input.answers.statement), edited: true };
  }
  const events = [...input.events]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((e) => eventSentence(e, input))
    .filter((m): m is Msg => m !== null);
  // The buyer's own words are quoted as they wrote them: no message, nothing to translate.
  const paragraphs: [string, Msg | null][] = [
    [oneLine(en(orderParagraph(input))), orderParagraph(input)],
    ...(events.length ? [eventsParagraph(events)] : []),
    drafted(problemParagraph(input)),
    ...splitParagraphs(input.answers.buyerWords).map((p): [string, null] => [p, null]),
    drafted(requestParagraph(input)),
  ];
  const kept = paragraphs.filter(([text]) => text);
  return { paragraphs: kept.map(([text]) => text), edited: false, paragraphMsgs: kept.map(([, m]) => m) };
}
