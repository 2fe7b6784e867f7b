import { FACT_LABEL } from '../corrections/facts';
import { FACT_LABEL_KEY } from '../corrections/labels';
import {
  describeSource,
  describeSourceMsg,
  type ResolvedFact,
  replacedNotice,
  replacedNoticeMsg,
} from '../corrections/resolve';
import type { MessageKey } from '../i18n/keys';
import { msg } from '../i18n/msg';
import type { CorrectableFact } from '../model/correction';
import type { Money } from '../model/money';
import { classifyPaymentMethod } from '../rules/payment-methods';
import type { RuleContext } from '../rules/types';
import type { CorrectionNotice, FactLine } from './fact-line';

/**
 * A fact line for one correctable fact: the value in use, where it came from
 * and the "enter it / correct it" offer. Null when this page cannot take a
 * correction of it (no supplier named, no order number read).
 */
export function correctableLine(
  ctx: RuleContext,
  fact: CorrectableFact,
  opts: { unknown?: string; unknownKey?: MessageKey; tone?: (known: boolean) => FactLine['tone'] } = {},
): FactLine | null {
  const resolved = ctx.corrections?.facts[fact];
  if (!resolved) return null;
  const known = resolved.value !== null;
  const source = describeSource(resolved, ctx.snapshot.url);
  const sourceMsg = describeSourceMsg(resolved, ctx.snapshot.url);
  const value = resolved.shown ?? opts.unknown ?? 'not shown';
  return {
    label: FACT_LABEL[fact],
    value,
    // The value is the page's own words or the buyer's figure; "not shown" is ours and is translated.
    text: {
      label: { key: FACT_LABEL_KEY[fact] },
      value: resolved.shown ?? msg(opts.unknownKey ?? 'common.notShown'),
      ...(sourceMsg ? { source: sourceMsg } : {}),
    },
    ...(opts.tone ? { tone: opts.tone(known) } : {}),
    ...(source ? { source } : {}),
    correct: {
      fact,
      known,
      draft: draftOf(resolved),
      entered: resolved.entry !== null,
      currency: currencyOf(ctx),
    },
  };
}

/** Lines for the given facts, in that order, skipping those this page cannot take. */
export function correctableLines(ctx: RuleContext, facts: readonly CorrectableFact[]): FactLine[] {
  return facts.map((f) => correctableLine(ctx, f)).filter((l): l is FactLine => l !== null);
}

export function correctionNotices(ctx: RuleContext): CorrectionNotice[] {
  const out: CorrectionNotice[] = [];
  for (const resolved of Object.values(ctx.corrections?.facts ?? {})) {
    const text = resolved ? replacedNotice(resolved) : null;
    const message = resolved ? replacedNoticeMsg(resolved) : null;
    if (resolved && text) out.push({ fact: resolved.fact, text, ...(message ? { message } : {}) });
  }
  return out;
}

function draftOf(resolved: ResolvedFact): string {
  const { value, shown } = resolved;
  if (value === null) return '';
  if (resolved.fact === 'paymentMethod') return classifyPaymentMethod(value as string) ?? '';
  return typeof value === 'string' ? value : (shown ?? '');
}

/** Amounts typed without a currency are in the order's (else the page's amounts', else US dollars). */
function currencyOf(ctx: RuleContext): string {
  const amounts: (Money | null | undefined)[] = [
    ctx.order?.total,
    ctx.snapshot.payment?.amount,
    ctx.knownLimit?.limit,
  ];
  const declared = ctx.order?.currency;
  if (declared && /^[A-Z]{3}$/.test(declared)) return declared;
  return amounts.find((m) => m)?.currency ?? 'USD';
}
