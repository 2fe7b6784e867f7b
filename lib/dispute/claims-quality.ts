import { msg } from '../i18n/msg';
import { sampleOrderWords } from '../rules/sample-order-quality-not-covered';
import type { DisputeProblem } from './answers';
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
import { inspectionClauses, linesAbout, orderedQuantity } from './order-terms';
import { RULES } from './rules';
import type { ProtectionClaim, RuleSentence } from './types';
import { countP, dayP, moneyP } from './words';

/**
 * Trade Assurance's product-quality protection for goods not as specified,
 * damaged, short or below the inspection standard: the order's own lines
 * quoted, a caution wherever the wording is too vague to win, and a refusal
 * for sample orders and for anything the order never wrote.
 */
const QUALITY: readonly DisputeProblem[] = [
  'not-as-specified',
  'damaged',
  'short-quantity',
  'below-inspection-standard',
];

export function qualityClaim(ctx: ClaimContext, out: ClaimResult): void {
  const problems = ctx.problems.filter((p) => QUALITY.includes(p));
  if (problems.length === 0) return;
  const sample = sampleOrderWords(ctx.order);
  if (sample) {
    out.refusals.push(refusal(msg('disputeText.refusal.sampleOrder', { sample }), RULES.sampleOrder));
    return;
  }
  const claim: ProtectionClaim = newClaim({
    id: 'product-quality',
    nameMsg: msg('disputeText.claim.productQuality'),
    status: 'claim',
    problems,
    quotes: [],
    rules: [RULES.productQuality],
    cautions: [],
  });
  const caution = (c: RuleSentence | null) => {
    if (c && !claim.cautions.some((k) => k.text === c.text)) claim.cautions.push(c);
  };
  if (problems.includes('not-as-specified')) {
    const broken = brokenLines(ctx);
    if (broken.length > 0) {
      // Named in the sentence itself: the statement quotes several terms (ship-by, inspection) together later.
      const terms = { list: broken.map((line) => msg('disputeText.quoted', { text: line.text })), sep: ', ' };
      addFact(
        claim,
        broken.length === 1
          ? msg('disputeText.fact.notMatchingTerm', { terms })
          : msg('disputeText.fact.notMatchingTerms', { terms }),
      );
      for (const line of broken) {
        claim.quotes.push(quoteOf(line));
        caution(vagueCaution(line, RULES.vagueWords));
      }
    } else if (!ctx.answers.unwritten) {
      out.gaps.push(msg('disputeText.gap.chooseTerm'));
    }
    if (ctx.answers.unwritten) {
      out.refusals.push(
        refusal(msg('disputeText.refusal.unwritten', { what: ctx.answers.unwritten }), RULES.notWritten),
      );
    }
  }
  if (problems.includes('damaged')) {
    const affected = ctx.answers.affectedQuantity;
    addFact(
      claim,
      affected === null
        ? msg('disputeText.fact.goodsDamaged')
        : msg('disputeText.fact.unitsDamaged', { units: countP(affected, 'unit') }),
    );
    const packing = linesAbout(ctx.lines, 'packaging');
    for (const line of packing) {
      claim.quotes.push(quoteOf(line));
      caution(vagueCaution(line, RULES.packaging));
    }
    if (packing.length === 0)
      caution(
        ruleSentence(
          msg('disputeText.caution.noPackaging', { rule: ruleP(RULES.packaging) }),
          RULES.packaging.source,
        ),
      );
    claim.rules.push(RULES.refundPolicy);
  }
  if (problems.includes('short-quantity')) {
    const ordered = orderedQuantity(ctx.order);
    const received = ctx.answers.receivedQuantity;
    if (ordered !== null)
      claim.quotes.push({ where: 'Product details', text: `Quantity: ${ordered.toLocaleString('en-GB')}` });
    if (received === null) out.gaps.push(msg('disputeText.gap.unitsArrived'));
    else
      addFact(
        claim,
        ordered === null
          ? msg('disputeText.fact.unitsArrived', { units: countP(received, 'unit') })
          : msg('disputeText.fact.unitsArrivedOf', { ordered, units: countP(received, 'unit') }),
      );
    claim.rules.push(RULES.quantity);
  }
  if (problems.includes('below-inspection-standard')) {
    const clauses = inspectionClauses(ctx.lines);
    const failed = firstEvent(ctx.events, 'inspection_failed');
    addFact(
      claim,
      failed
        ? msg('disputeText.fact.inspectionFailed', { day: dayP(failed.at, ctx.timeZone) })
        : msg('disputeText.fact.belowStandard'),
    );
    for (const line of clauses) claim.quotes.push(quoteOf(line));
    if (clauses.length === 0)
      caution(
        ruleSentence(
          msg('disputeText.caution.noStandard', { rule: ruleP(RULES.inspectionAgreed) }),
          RULES.inspectionAgreed.source,
        ),
      );
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
    caution(
      ruleSentence(
        msg('disputeText.caution.paidPart', {
          paid: moneyP(ctx.paid.amount),
          total: moneyP(total),
          rule: ruleP(RULES.fullPayment),
        }),
        RULES.fullPayment.source,
      ),
    );
  claim.rules.push(RULES.evidenceWeighed);
  if (claim.cautions.length > 0) claim.status = 'weak';
  out.claims.push(claim);
}
