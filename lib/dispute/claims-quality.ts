import { sampleOrderWords } from '../rules/sample-order-quality-not-covered';
import type { DisputeProblem } from './answers';
import {
  brokenLines,
  type ClaimContext,
  type ClaimResult,
  firstEvent,
  quoteOf,
  vagueCaution,
} from './claim-context';
import { inspectionClauses, linesAbout, orderedQuantity } from './order-terms';
import { RULES } from './rules';
import type { ProtectionClaim, RuleSentence } from './types';
import { count, day, money } from './words';

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
      // Named in the sentence itself: the statement quotes several terms (ship-by, inspection) together later.
      const terms = broken.map((line) => `“${line.text}”`).join(', ');
      claim.facts.push(
        `The goods do not match the order’s ${broken.length === 1 ? 'term' : 'terms'} ${terms}.`,
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
