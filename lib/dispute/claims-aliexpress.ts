import { msg } from '../i18n/msg';
import {
  addFact,
  brokenLines,
  type ClaimContext,
  type ClaimResult,
  firstEvent,
  newClaim,
  quoteOf,
  refusal,
  ruleP,
  ruleSentence,
  vagueCaution,
} from './claim-context';
import { orderedQuantity } from './order-terms';
import { RULES } from './rules';
import type { OrderQuote, ProtectionClaim } from './types';
import { countP, dayP, todayP } from './words';

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
    out.refusals.push(
      refusal(msg('disputeText.refusal.aliexpressLate'), RULES.aliexpressDelivery, promise ?? undefined),
    );
  }
  if (problems.length > 0) {
    const claim: ProtectionClaim = newClaim({
      id: 'aliexpress-buyer-protection',
      nameMsg: msg('disputeText.claim.aliexpress'),
      status: 'claim',
      problems,
      quotes: [],
      rules: [RULES.aliexpressCovers, RULES.aliexpressSteps],
      cautions: [],
    });
    if (problems.includes('not-received')) {
      const shipped = firstEvent(ctx.events, 'shipped');
      addFact(
        claim,
        shipped
          ? msg('disputeText.fact.sellerShippedNotArrived', {
              day: dayP(shipped.at, timeZone),
              today: todayP(now, timeZone),
            })
          : msg('disputeText.fact.notArrived', { today: todayP(now, timeZone) }),
      );
      if (promise) claim.quotes.push(promise);
    }
    if (problems.includes('not-as-specified') || problems.includes('below-inspection-standard')) {
      const broken = brokenLines(ctx);
      if (broken.length > 0) addFact(claim, msg('disputeText.fact.notAsDescribed'));
      for (const line of broken) {
        claim.quotes.push(quoteOf(line));
        const caution = vagueCaution(line, RULES.aliexpressConfirmDetails);
        if (caution) claim.cautions.push(caution);
      }
      if (broken.length === 0 && !answers.unwritten) out.gaps.push(msg('disputeText.gap.chooseOption'));
      if (answers.unwritten) {
        addFact(claim, msg('disputeText.fact.differsFromExpected', { what: answers.unwritten }));
        claim.cautions.push(
          ruleSentence(
            msg('disputeText.caution.notAnOption', {
              what: answers.unwritten,
              rule: ruleP(RULES.aliexpressConfirmDetails),
            }),
            RULES.aliexpressConfirmDetails.source,
          ),
        );
      }
    }
    if (problems.includes('damaged')) {
      const n = answers.affectedQuantity;
      addFact(
        claim,
        n === null
          ? msg('disputeText.fact.itemDamaged')
          : msg('disputeText.fact.unitsDamaged', { units: countP(n, 'unit') }),
      );
    }
    if (problems.includes('short-quantity')) {
      const ordered = orderedQuantity(ctx.order);
      if (ordered !== null) claim.quotes.push({ where: 'Order items', text: `Quantity: ${ordered}` });
      if (answers.receivedQuantity === null) out.gaps.push(msg('disputeText.gap.unitsArrived'));
      else {
        const units = countP(answers.receivedQuantity, 'unit');
        addFact(
          claim,
          ordered !== null
            ? msg('disputeText.fact.unitsArrivedOfOrdered', { units, ordered: String(ordered) })
            : msg('disputeText.fact.unitsArrivedAlone', { units }),
        );
      }
    }
    if (ctx.order.protectionText)
      claim.quotes.push({ where: 'Order protection', text: ctx.order.protectionText });
    if (claim.cautions.length > 0) claim.status = 'weak';
    out.claims.push(claim);
  }
  const off = answers.paidOffPlatform;
  const currency = ctx.order.currency ?? ctx.order.total?.currency;
  if (off && currency) {
    out.refusals.push(
      refusal(
        msg('disputeText.refusal.paidOffAliexpress', { amount: { minor: off, currency } }),
        RULES.aliexpressEscrow,
      ),
    );
  }
  return out;
}
