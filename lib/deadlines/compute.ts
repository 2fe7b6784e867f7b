import { applyRule } from './compute-rules';
import { applyStated } from './compute-stated';
import { placeEvents, shippingMethodOf } from './order-events';
import { rulesFor } from './policy';
import { parseStatedSentences } from './stated';
import {
  type ComputedDeadline,
  type ComputeOptions,
  type DeadlineInput,
  DeadlineInputSchema,
  type DeadlineResult,
  type PendingDeadline,
} from './types';
import { isValidTimeZone } from './zoned-time';

/**
 * The order's claim windows: policy rules plus what the order page states,
 * each dated in the buyer's zone with its basis, source and what to do now.
 * Pure: `now` and `timeZone` come in, nothing is read from the environment.
 */
export function computeDeadlines(input: DeadlineInput, opts: ComputeOptions): DeadlineResult {
  if (!isValidTimeZone(opts.timeZone))
    throw new Error(`Unknown time zone "${opts.timeZone}" (use an IANA name such as Europe/Berlin)`);
  const order = DeadlineInputSchema.parse(input);
  const events = placeEvents(order, opts.timeZone);
  const ctx = {
    events,
    buyerTier: order.buyerTier,
    shippingMethod: shippingMethodOf(order, events),
    now: opts.now,
    timeZone: opts.timeZone,
  };

  const dated: ComputedDeadline[] = [];
  const pending: PendingDeadline[] = [];
  const keep = (entry: ComputedDeadline | PendingDeadline) => {
    if ('dueAt' in entry) dated.push(entry);
    else pending.push(entry);
  };
  for (const rule of rulesFor(opts.preset ?? 'seeds', order.marketplace)) keep(applyRule(rule, ctx));
  const stated = parseStatedSentences(order.stated ?? [], opts.now);
  for (const s of stated.understood) keep(applyStated(s, ctx));

  markOverrides(dated, stated.understood);
  dated.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || Number(b.stated) - Number(a.stated));
  const binding =
    dated.find((d) => d.kind === 'deadline' && d.status === 'open' && !d.overriddenBy)?.id ?? null;
  if (binding) nameTheBindingRule(dated, binding);

  return {
    deadlines: dated,
    binding,
    notUnderstood: stated.notUnderstood,
    pending,
    now: opts.now.toISOString(),
    timeZone: opts.timeZone,
  };
}

/** A dated stated deadline about the same event as a default takes precedence; the default stays listed beside it. */
function markOverrides(
  dated: ComputedDeadline[],
  stated: ReturnType<typeof parseStatedSentences>['understood'],
) {
  for (const s of stated) {
    if (!dated.some((d) => d.id === s.id)) continue;
    for (const ruleId of s.overrides) {
      const rule = dated.find((d) => d.id === ruleId && !d.overriddenBy);
      if (!rule) continue;
      rule.overriddenBy = s.id;
      rule.note = `${rule.note ? `${rule.note} ` : ''}The order page states its own date for this (${s.id}); that one counts for this order.`;
    }
  }
}

/** Superseded rules say which one binds now, so the buyer is never left with only "not applicable". */
function nameTheBindingRule(dated: ComputedDeadline[], binding: string) {
  for (const d of dated) {
    if (d.status === 'not-applicable' && d.note && d.id !== binding)
      d.note = `${d.note} Now binding: ${binding}.`;
  }
}
