import { formatMoney } from '../model/money';
import {
  brokenLines,
  type ClaimContext,
  type ClaimResult,
  firstEvent,
  quoteOf,
  vagueCaution,
} from './claim-context';
import { orderedQuantity } from './order-terms';
import { RULES } from './rules';
import type { OrderQuote, ProtectionClaim } from './types';
import { count, day, today } from './words';

/**
 * AliExpress Buyer Protection: a full refund when the order did not arrive, a
 * negotiated partial refund when it is not as described, through a refund
 * request and then mediation. It knows no ship-by date and no inspection
 * standard, and it protects escrow payments only.
 */
const DELIVERY_SENTENCE = /deliver|arriv|entrega|livraison|liefer|consegna/i;

function deliveryPromise(ctx: ClaimContext): OrderQuote | null {
  const sentence = ctx.order.statedDeadlines.find((s) => DELIVERY_SENTENCE.test(s));
  return sentence ? { where: 'The order page', text: sentence } : null;
}

export function aliexpressClaims(ctx: ClaimContext): ClaimResult {
  const out: ClaimResult = { claims: [], refusals: [], gaps: [] };
  const { timeZone, now, answers } = ctx;
  const problems = ctx.problems.filter((p) => p !== 'late-shipment');
  const promise = deliveryPromise(ctx);
  if (ctx.problems.includes('late-shipment')) {
    out.refusals.push({
      what: 'A late shipment on its own: AliExpress protects delivery and the goods as described, not the day the seller ships',
      rule: RULES.aliexpressDelivery,
      ...(promise && { quote: promise }),
    });
  }
  if (problems.length > 0) {
    const claim: ProtectionClaim = {
      id: 'aliexpress-buyer-protection',
      name: 'AliExpress Buyer Protection',
      status: 'claim',
      problems,
      facts: [],
      quotes: [],
      rules: [RULES.aliexpressCovers, RULES.aliexpressSteps],
      cautions: [],
    };
    if (problems.includes('not-received')) {
      const shipped = firstEvent(ctx.events, 'shipped');
      claim.facts.push(
        `${shipped ? `The seller shipped on ${day(shipped.at, timeZone)}; as` : 'As'} of ${today(now, timeZone)} the order has not arrived.`,
      );
      if (promise) claim.quotes.push(promise);
    }
    if (problems.includes('not-as-specified') || problems.includes('below-inspection-standard')) {
      const broken = brokenLines(ctx);
      if (broken.length > 0) claim.facts.push('The item received is not as described in the order.');
      for (const line of broken) {
        claim.quotes.push(quoteOf(line));
        const caution = vagueCaution(line, RULES.aliexpressConfirmDetails);
        if (caution) claim.cautions.push(caution);
      }
      if (broken.length === 0 && !answers.unwritten)
        out.gaps.push('Choose which option of the order the item does not match.');
      if (answers.unwritten) {
        claim.facts.push(`It differs from what was expected: ${answers.unwritten}.`);
        claim.cautions.push({
          text: `“${answers.unwritten}” is not among the order’s options. ${RULES.aliexpressConfirmDetails.text}`,
          source: RULES.aliexpressConfirmDetails.source,
        });
      }
    }
    if (problems.includes('damaged')) {
      const n = answers.affectedQuantity;
      claim.facts.push(n === null ? 'The item arrived damaged.' : `${count(n, 'unit')} arrived damaged.`);
    }
    if (problems.includes('short-quantity')) {
      const ordered = orderedQuantity(ctx.order);
      if (ordered !== null) claim.quotes.push({ where: 'Order items', text: `Quantity: ${ordered}` });
      if (answers.receivedQuantity === null) out.gaps.push('Enter how many units arrived.');
      else
        claim.facts.push(
          `${count(answers.receivedQuantity, 'unit')} arrived${ordered !== null ? ` of ${ordered} ordered` : ''}.`,
        );
    }
    if (ctx.order.protectionText)
      claim.quotes.push({ where: 'Order protection', text: ctx.order.protectionText });
    if (claim.cautions.length > 0) claim.status = 'weak';
    out.claims.push(claim);
  }
  const off = answers.paidOffPlatform;
  const currency = ctx.order.currency ?? ctx.order.total?.currency;
  if (off && currency) {
    out.refusals.push({
      what: `${formatMoney({ minor: off, currency })} you paid outside AliExpress is not protected and cannot be claimed`,
      rule: RULES.aliexpressEscrow,
    });
  }
  return out;
}
