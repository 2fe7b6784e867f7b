import { enteredByYou } from '../corrections/facts';
import { formatMoney } from '../model/money';
import { inCurrency } from './amount';
import {
  type ClaimContext,
  type ClaimResult,
  daysBetween,
  firstEvent,
  isPast,
  onOrBefore,
  quoteOf,
} from './claim-context';
import { qualityClaim } from './claims-quality';
import { shipDateLines } from './order-terms';
import { RULES } from './rules';
import type { OrderQuote, ProtectionClaim } from './types';
import { count, day, today } from './words';

/**
 * Which Trade Assurance protections a problem falls under, quoting the
 * order's own terms, and what plainly does not apply (a term never written,
 * money paid outside Alibaba.com, the balance under pre-shipment coverage,
 * the part of the order above the supplier's limit). Product quality is in
 * claims-quality.ts.
 */
function onTimeShipment(ctx: ClaimContext, out: ClaimResult): void {
  const { order, timeZone, now } = ctx;
  const shipBy = order.shipBy;
  if (!shipBy) {
    const vague = shipDateLines(ctx.lines)[0];
    out.refusals.push({
      what: `On-time shipment: the order states no exact shipment date${vague ? ` (it says “${vague.text}”)` : ''}, so a late shipment cannot be claimed under Trade Assurance`,
      rule: RULES.exactShipDate,
      ...(vague && { quote: quoteOf(vague) }),
    });
    return;
  }
  // A date the buyer entered is theirs, not the order's words: the quote says so.
  const where = ctx.entered.shipBy
    ? `${enteredByYou(ctx.entered.shipBy)}, as the date agreed in the order`
    : 'Shipment details';
  const quote: OrderQuote = { where, text: `Shipment date: ${day(shipBy, timeZone)}` };
  const shipped = firstEvent(ctx.events, 'shipped');
  const claim: ProtectionClaim = {
    id: 'on-time-shipment',
    name: 'On-time shipment (Trade Assurance)',
    status: 'claim',
    problems: ['late-shipment'],
    facts: [`The order states the shipment date ${day(shipBy, timeZone)}.`],
    quotes: [quote],
    rules: [RULES.onTimeShipment, RULES.exactShipDate],
    cautions: [],
  };
  if (shipped && onOrBefore(shipped.at, shipBy, timeZone)) {
    out.refusals.push({
      what: `On-time shipment: the goods were shipped on ${day(shipped.at, timeZone)}, by the agreed date (${day(shipBy, timeZone)})`,
      rule: RULES.onTimeShipment,
      quote,
    });
    return;
  }
  if (shipped) {
    claim.facts.push(
      `The supplier shipped on ${day(shipped.at, timeZone)}, ${count(daysBetween(shipBy, shipped.at, timeZone), 'day')} late.`,
    );
  } else if (isPast(shipBy, now, timeZone)) {
    claim.facts.push(
      `As of ${today(now, timeZone)} the order shows no shipment, ${count(daysBetween(shipBy, now, timeZone), 'day')} after the agreed date.`,
    );
  } else {
    claim.status = 'not-yet';
    claim.facts.push(
      `The agreed date has not passed yet: a late shipment can be claimed from ${day(shipBy, timeZone)} on.`,
    );
  }
  out.claims.push(claim);
}

function notReceived(ctx: ClaimContext, out: ClaimResult): void {
  if (!ctx.problems.includes('not-received')) return;
  const { order, timeZone, now } = ctx;
  const shipped = firstEvent(ctx.events, 'shipped');
  if (!shipped && !ctx.problems.includes('late-shipment'))
    out.gaps.push(
      'No shipment is on record: if the supplier never shipped, choose “Not shipped by the agreed date” too.',
    );
  out.claims.push({
    id: 'payment-protection',
    name: 'Refund for an order that did not arrive (Trade Assurance)',
    status: 'claim',
    problems: ['not-received'],
    facts: [
      shipped
        ? `The supplier shipped on ${day(shipped.at, timeZone)}; as of ${today(now, timeZone)} nothing has arrived.`
        : `As of ${today(now, timeZone)} nothing has arrived.`,
    ],
    quotes: [],
    rules: [RULES.refundPolicy],
    cautions: [],
  });
  const deliverBy = order.deliverBy;
  if (deliverBy && isPast(deliverBy, now, timeZone)) {
    out.claims.push({
      id: 'on-time-delivery',
      name: 'On-time Delivery Guarantee (platform credit)',
      status: 'claim',
      problems: ['not-received'],
      facts: [`The order specifies delivery by ${day(deliverBy, timeZone)}; that date has passed.`],
      quotes: [{ where: 'Shipment details', text: `Delivery date: ${day(deliverBy, timeZone)}` }],
      rules: [RULES.onTimeDelivery],
      cautions: [],
    });
  } else if (!deliverBy) {
    out.refusals.push({
      what: 'On-time Delivery Guarantee: the order specifies no delivery date',
      rule: RULES.onTimeDelivery,
    });
  }
}

function generalRefusals(ctx: ClaimContext, out: ClaimResult): void {
  const { order } = ctx;
  const currency = order.currency ?? order.total?.currency;
  if (order.coverage === 'pre-shipment') {
    const balance =
      order.balance ??
      (order.total && order.initialPayment
        ? { minor: order.total.minor - order.initialPayment.minor, currency: order.total.currency }
        : null);
    out.refusals.push({
      what: `The balance${balance ? ` (${formatMoney(balance)})` : ''} is not covered: the order has Pre-shipment coverage, which protects only the initial payment${order.initialPayment ? ` (${formatMoney(order.initialPayment)})` : ''}`,
      rule: RULES.coverageType,
      quote: {
        where: 'Alibaba.com order protection',
        text: `Pre-shipment coverage${order.coveredAmount ? `; covered amount ${formatMoney(order.coveredAmount)}` : ''}`,
      },
    });
  }
  if (ctx.limit && order.total && currency) {
    const limit = inCurrency(ctx.limit.limit, currency, ctx.rates);
    if (limit && order.total.minor > limit.amount.minor) {
      const over = { minor: order.total.minor - limit.amount.minor, currency };
      out.refusals.push({
        what: `${formatMoney(over)} of the order total (${formatMoney(order.total)}) is above the supplier’s Trade Assurance limit of ${formatMoney(limit.amount)}${limit.rate ? ` (${formatMoney(ctx.limit.limit)} at your rate of ${limit.rate.date})` : ''}, seen ${day(ctx.limit.seenAt, ctx.timeZone)}: that part is not protected`,
        rule: RULES.limit,
      });
    }
  }
  const off = ctx.answers.paidOffPlatform;
  if (off && currency) {
    out.refusals.push({
      what: `${formatMoney({ minor: off, currency })} you paid outside Alibaba.com is not protected and cannot be claimed in this dispute`,
      rule: RULES.designatedAccount,
    });
  }
}

export function alibabaClaims(ctx: ClaimContext): ClaimResult {
  const out: ClaimResult = { claims: [], refusals: [], gaps: [] };
  if (ctx.problems.includes('late-shipment')) onTimeShipment(ctx, out);
  qualityClaim(ctx, out);
  notReceived(ctx, out);
  generalRefusals(ctx, out);
  cautionWhileBalanceUnpaid(ctx, out);
  return out;
}

/**
 * The guide lets a dispute over goods received open only once the whole
 * order is paid; a failed inspection before shipment it lets the buyer claim
 * on the initial payment. A buyer who has paid only the deposit must know this
 * before counting on the other claims — and should not pay the balance on
 * goods they dispute just to open one.
 */
function cautionWhileBalanceUnpaid(ctx: ClaimContext, out: ClaimResult): void {
  const paid = ctx.paid.amount;
  const total = ctx.order.total;
  if (!paid || !total || paid.currency !== total.currency || paid.minor >= total.minor) return;
  const caution = {
    text: `You have paid ${formatMoney(paid)} of the order’s ${formatMoney(total)}. ${RULES.fullPaymentFirst.text} Ask Alibaba.com support in writing, with the order number, whether this claim can be opened before the balance is paid; do not pay the balance for goods you dispute only to open it.`,
    source: RULES.fullPaymentFirst.source,
  };
  // Late shipment and goods never sent are claimed on the deposit as a matter of course; the rule is about goods received.
  for (const claim of out.claims) {
    if (claim.id !== 'product-quality' || claim.rules.includes(RULES.preShipmentInspection)) continue;
    claim.cautions.push(caution);
  }
}
