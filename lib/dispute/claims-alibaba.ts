import { msg } from '../i18n/msg';
import { inCurrency } from './amount';
import {
  addFact,
  type ClaimContext,
  type ClaimResult,
  daysBetween,
  firstEvent,
  isPast,
  newClaim,
  onOrBefore,
  quoteOf,
  refusal,
  ruleP,
  ruleSentence,
} from './claim-context';
import { qualityClaim } from './claims-quality';
import { shipDateLines } from './order-terms';
import { RULES } from './rules';
import type { OrderQuote, ProtectionClaim } from './types';
import { countP, day, dayP, en, enteredP, todayP } from './words';

/**
 * Which Trade Assurance protections a problem falls under, quoting the
 * order's own terms, and what plainly does not apply (a term never written,
 * money paid outside Alibaba.com, the balance under pre-shipment coverage,
 * the part of the order above the supplier's limit). Product quality is in
 * claims-quality.ts. Every sentence is a catalog message (`disputeText.*`).
 */
function onTimeShipment(ctx: ClaimContext, out: ClaimResult): void {
  const { order, timeZone, now } = ctx;
  const shipBy = order.shipBy;
  if (!shipBy) {
    const vague = shipDateLines(ctx.lines)[0];
    out.refusals.push(
      refusal(
        vague
          ? msg('disputeText.refusal.noExactDateSaid', { said: vague.text })
          : msg('disputeText.refusal.noExactDate'),
        RULES.exactShipDate,
        vague && quoteOf(vague),
      ),
    );
    return;
  }
  // A date the buyer entered is theirs, not the order's words: the quote says so.
  const where = ctx.entered.shipBy
    ? en(msg('disputeText.quote.enteredAsAgreed', { entered: enteredP(ctx.entered.shipBy) }))
    : 'Shipment details';
  const quote: OrderQuote = { where, text: `Shipment date: ${day(shipBy, timeZone)}` };
  const shipped = firstEvent(ctx.events, 'shipped');
  const claim: ProtectionClaim = newClaim({
    id: 'on-time-shipment',
    nameMsg: msg('disputeText.claim.onTimeShipment'),
    status: 'claim',
    problems: ['late-shipment'],
    quotes: [quote],
    rules: [RULES.onTimeShipment, RULES.exactShipDate],
    cautions: [],
  });
  addFact(claim, msg('disputeText.fact.shipDateStated', { day: dayP(shipBy, timeZone) }));
  if (shipped && onOrBefore(shipped.at, shipBy, timeZone)) {
    out.refusals.push(
      refusal(
        msg('disputeText.refusal.shippedInTime', {
          shipped: dayP(shipped.at, timeZone),
          agreed: dayP(shipBy, timeZone),
        }),
        RULES.onTimeShipment,
        quote,
      ),
    );
    return;
  }
  if (shipped) {
    addFact(
      claim,
      msg('disputeText.fact.shippedLate', {
        day: dayP(shipped.at, timeZone),
        late: countP(daysBetween(shipBy, shipped.at, timeZone), 'day'),
      }),
    );
  } else if (isPast(shipBy, now, timeZone)) {
    addFact(
      claim,
      msg('disputeText.fact.notShippedAsOf', {
        today: todayP(now, timeZone),
        late: countP(daysBetween(shipBy, now, timeZone), 'day'),
      }),
    );
  } else {
    claim.status = 'not-yet';
    addFact(claim, msg('disputeText.fact.shipDateAhead', { day: dayP(shipBy, timeZone) }));
  }
  out.claims.push(claim);
}

function notReceived(ctx: ClaimContext, out: ClaimResult): void {
  if (!ctx.problems.includes('not-received')) return;
  const { order, timeZone, now } = ctx;
  const shipped = firstEvent(ctx.events, 'shipped');
  if (!shipped && !ctx.problems.includes('late-shipment')) out.gaps.push(msg('disputeText.gap.noShipment'));
  const claim = newClaim({
    id: 'payment-protection',
    nameMsg: msg('disputeText.claim.notReceived'),
    status: 'claim',
    problems: ['not-received'],
    quotes: [],
    rules: [RULES.refundPolicy],
    cautions: [],
  });
  addFact(
    claim,
    shipped
      ? msg('disputeText.fact.shippedNothingArrived', {
          day: dayP(shipped.at, timeZone),
          today: todayP(now, timeZone),
        })
      : msg('disputeText.fact.nothingArrived', { today: todayP(now, timeZone) }),
  );
  out.claims.push(claim);
  const deliverBy = order.deliverBy;
  if (deliverBy && isPast(deliverBy, now, timeZone)) {
    const late = newClaim({
      id: 'on-time-delivery',
      nameMsg: msg('disputeText.claim.onTimeDelivery'),
      status: 'claim',
      problems: ['not-received'],
      quotes: [{ where: 'Shipment details', text: `Delivery date: ${day(deliverBy, timeZone)}` }],
      rules: [RULES.onTimeDelivery],
      cautions: [],
    });
    addFact(late, msg('disputeText.fact.deliveryDatePassed', { day: dayP(deliverBy, timeZone) }));
    out.claims.push(late);
  } else if (!deliverBy) {
    out.refusals.push(refusal(msg('disputeText.refusal.noDeliveryDate'), RULES.onTimeDelivery));
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
    const balanceP = balance ? msg('disputeText.refusal.inBrackets', { amount: balance }) : '';
    const initialP = order.initialPayment
      ? msg('disputeText.refusal.inBrackets', { amount: order.initialPayment })
      : '';
    out.refusals.push(
      refusal(
        msg('disputeText.refusal.balanceNotCovered', { balance: balanceP, initial: initialP }),
        RULES.coverageType,
        {
          where: 'Alibaba.com order protection',
          text: en(
            order.coveredAmount
              ? msg('disputeText.quote.preShipmentCovered', { amount: order.coveredAmount })
              : msg('disputeText.quote.preShipment'),
          ),
        },
      ),
    );
  }
  if (ctx.limit && order.total && currency) {
    const limit = inCurrency(ctx.limit.limit, currency, ctx.rates);
    if (limit && order.total.minor > limit.amount.minor) {
      const over = { minor: order.total.minor - limit.amount.minor, currency };
      const rate = limit.rate
        ? msg('disputeText.refusal.atYourRate', { amount: ctx.limit.limit, date: limit.rate.date })
        : '';
      out.refusals.push(
        refusal(
          msg('disputeText.refusal.aboveLimit', {
            over,
            total: order.total,
            limit: limit.amount,
            rate,
            seen: dayP(ctx.limit.seenAt, ctx.timeZone),
          }),
          RULES.limit,
        ),
      );
    }
  }
  const off = ctx.answers.paidOffPlatform;
  if (off && currency) {
    out.refusals.push(
      refusal(
        msg('disputeText.refusal.paidOffAlibaba', { amount: { minor: off, currency } }),
        RULES.designatedAccount,
      ),
    );
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
  const caution = ruleSentence(
    msg('disputeText.caution.balanceUnpaid', { paid, total, rule: ruleP(RULES.fullPaymentFirst) }),
    RULES.fullPaymentFirst.source,
  );
  // Late shipment and goods never sent are claimed on the deposit as a matter of course; the rule is about goods received.
  for (const claim of out.claims) {
    if (claim.id !== 'product-quality' || claim.rules.includes(RULES.preShipmentInspection)) continue;
    claim.cautions.push(caution);
  }
}
