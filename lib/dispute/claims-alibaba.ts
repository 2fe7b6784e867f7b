import { formatMoney } from '../model/money';
import { sampleOrderWords } from '../rules/sample-order-quality-not-covered';
import { inCurrency } from './amount';
import type { DisputeProblem } from './answers';
import {
  brokenLines,
  type ClaimContext,
  type ClaimResult,
  daysBetween,
  firstEvent,
  isPast,
  onOrBefore,
  quoteOf,
  vagueCaution,
} from './claim-context';
import { inspectionClauses, linesAbout, orderedQuantity, shipDateLines } from './order-terms';
import { RULES } from './rules';
import type { OrderQuote, ProtectionClaim, RuleSentence } from './types';
import { count, day, money, today } from './words';

/**
 * Which Trade Assurance protections a problem falls under, quoting the
 * order's own terms, and what plainly does not apply (a term never written,
 * money paid outside Alibaba.com, the balance under pre-shipment coverage,
 * the part of the order above the supplier's limit).
 */
const QUALITY: readonly DisputeProblem[] = [
  'not-as-specified',
  'damaged',
  'short-quantity',
  'below-inspection-standard',
];

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
  const quote: OrderQuote = { where: 'Shipment details', text: `Shipment date: ${day(shipBy, timeZone)}` };
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

function qualityClaim(ctx: ClaimContext, out: ClaimResult): void {
  const problems = ctx.problems.filter((p) => QUALITY.includes(p));
  if (problems.length === 0) return;
  const sample = sampleOrderWords(ctx.order);
  if (sample) {
    out.refusals.push({
      what: `Product quality: this is a sample order (“${sample}”), and quality protection does not cover sample orders`,
      rule: RULES.sampleOrder,
    });
    return;
  }
  const claim: ProtectionClaim = {
    id: 'product-quality',
    name: 'Product quality (Trade Assurance)',
    status: 'claim',
    problems,
    facts: [],
    quotes: [],
    rules: [RULES.productQuality],
    cautions: [],
  };
  const caution = (c: RuleSentence | null) => {
    if (c && !claim.cautions.some((k) => k.text === c.text)) claim.cautions.push(c);
  };
  if (problems.includes('not-as-specified')) {
    const broken = brokenLines(ctx);
    if (broken.length > 0) {
      claim.facts.push(
        `The goods do not match ${broken.length === 1 ? 'this term' : 'these terms'} of the order.`,
      );
      for (const line of broken) {
        claim.quotes.push(quoteOf(line));
        caution(vagueCaution(line, RULES.vagueWords));
      }
    } else if (!ctx.answers.unwritten) {
      out.gaps.push('Choose which term of the order the goods do not match.');
    }
    if (ctx.answers.unwritten) {
      out.refusals.push({
        what: `“${ctx.answers.unwritten}”: the order does not state this, so Trade Assurance cannot enforce it`,
        rule: RULES.notWritten,
      });
    }
  }
  if (problems.includes('damaged')) {
    const affected = ctx.answers.affectedQuantity;
    claim.facts.push(
      affected === null ? 'The goods arrived damaged.' : `${count(affected, 'unit')} arrived damaged.`,
    );
    const packing = linesAbout(ctx.lines, 'packaging');
    for (const line of packing) {
      claim.quotes.push(quoteOf(line));
      caution(vagueCaution(line, RULES.packaging));
    }
    if (packing.length === 0)
      caution({
        text: `The order does not describe the packaging. ${RULES.packaging.text}`,
        source: RULES.packaging.source,
      });
    claim.rules.push(RULES.refundPolicy);
  }
  if (problems.includes('short-quantity')) {
    const ordered = orderedQuantity(ctx.order);
    const received = ctx.answers.receivedQuantity;
    if (ordered !== null)
      claim.quotes.push({ where: 'Product details', text: `Quantity: ${ordered.toLocaleString('en-GB')}` });
    if (received === null) out.gaps.push('Enter how many units arrived.');
    else
      claim.facts.push(
        `${ordered === null ? 'The order' : `The order is for ${ordered.toLocaleString('en-GB')} units;`} ${count(received, 'unit')} arrived.`,
      );
    claim.rules.push(RULES.quantity);
  }
  if (problems.includes('below-inspection-standard')) {
    const clauses = inspectionClauses(ctx.lines);
    const failed = firstEvent(ctx.events, 'inspection_failed');
    claim.facts.push(
      failed
        ? `The inspection of ${day(failed.at, ctx.timeZone)} failed the agreed standard.`
        : 'The goods fall below the inspection standard the order states.',
    );
    for (const line of clauses) claim.quotes.push(quoteOf(line));
    if (clauses.length === 0)
      caution({
        text: `The order states no inspection standard. ${RULES.inspectionAgreed.text}`,
        source: RULES.inspectionAgreed.source,
      });
    claim.rules.push(RULES.inspectionRejected);
    if (!firstEvent(ctx.events, 'shipped')) claim.rules.push(RULES.preShipmentInspection);
  }
  const deliveredGoods = problems.some((p) => p !== 'below-inspection-standard');
  const total = ctx.order.total;
  if (
    deliveredGoods &&
    total &&
    ctx.paid.amount &&
    ctx.paid.amount.minor < total.minor &&
    firstEvent(ctx.events, 'delivered')
  )
    caution({
      text: `You have paid ${money(ctx.paid.amount)} of ${money(total)}. ${RULES.fullPayment.text}`,
      source: RULES.fullPayment.source,
    });
  claim.rules.push(RULES.evidenceWeighed);
  if (claim.cautions.length > 0) claim.status = 'weak';
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
  return out;
}
