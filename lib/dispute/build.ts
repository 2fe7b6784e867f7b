import type { DeadlineResult } from '../deadlines/types';
import { msg } from '../i18n/msg';
import type { Money } from '../model/money';
import type { OrderFacts } from '../model/order';
import type { TimelineEvent } from '../model/timeline';
import type { ExchangeRate } from '../settings/schema';
import type { ItemRow } from '../vault/schema/rows';
import { draftAmount } from './amount';
import type { DisputeAnswers } from './answers';
import { affectedLineIndex, type ClaimContext } from './claim-context';
import { alibabaClaims } from './claims-alibaba';
import { aliexpressClaims } from './claims-aliexpress';
import type { EnteredFacts } from './corrections';
import { draftDeadline } from './deadline';
import { evidenceEntries, evidenceKinds } from './evidence';
import { draftFields, PLATFORMS } from './fields';
import { specLines } from './order-terms';
import { paidOnPlatform } from './paid';
import { draftStatement } from './statement';
import type { DisputeDraft } from './types';
import { dayP, en } from './words';

/**
 * Builds a case's dispute draft from the order as read, its timeline, the
 * buyer's answers, the case's evidence and the order's deadlines. Pure: the
 * caller reads the vault and the settings and passes `now` and the zone.
 */
export interface DraftInput {
  order: OrderFacts;
  events: readonly TimelineEvent[];
  answers: DisputeAnswers;
  /** The case's evidence (complete items), oldest first. */
  items: readonly ItemRow[];
  deadlines: DeadlineResult;
  /** The supplier's Trade Assurance limit as last seen, when known. */
  limit: { limit: Money; seenAt: string } | null;
  rates: readonly ExchangeRate[];
  /** Facts the buyer entered (lib/dispute/corrections.ts), already applied to `order` and `limit`. */
  entered?: EnteredFacts;
  now: Date;
  timeZone: string;
}

export function buildDisputeDraft(input: DraftInput): DisputeDraft {
  const { order, answers, timeZone } = input;
  const problems = [...answers.problems];
  const lines = specLines(order);
  const paid = paidOnPlatform(order, input.events, answers, timeZone);
  const ctx: ClaimContext = {
    order,
    answers,
    problems,
    lines,
    events: input.events,
    paid,
    limit: input.limit,
    rates: input.rates,
    entered: input.entered ?? {},
    now: input.now,
    timeZone,
  };
  const { claims, refusals, gaps } =
    order.marketplace === 'alibaba' ? alibabaClaims(ctx) : aliexpressClaims(ctx);
  const claimable = [...new Set(claims.flatMap((c) => c.problems))];
  const amount = draftAmount({
    order,
    answers,
    problems: claimable,
    paid,
    limit: order.marketplace === 'alibaba' ? input.limit : null,
    rates: input.rates,
    lineIndex: affectedLineIndex(ctx),
    entered: ctx.entered,
    timeZone,
  });
  const delivery = claims.find((c) => c.id === 'on-time-delivery');
  if (delivery) amount.extra = delivery.rules[0] ?? null;
  const deadline = draftDeadline(input.deadlines, timeZone, order.marketplace);
  const before = deadline.status === 'open' && deadline.dueAt ? dayP(deadline.dueAt, timeZone) : null;
  if (problems.length === 0) gaps.unshift(msg('disputeText.gap.chooseProblem'));
  if (amount.requested === null && amount.conclusionMsg) gaps.push(amount.conclusionMsg);
  const draft: Omit<DisputeDraft, 'fields'> = {
    marketplace: order.marketplace,
    orderId: order.id,
    platform: PLATFORMS[order.marketplace],
    problems,
    claims,
    refusals,
    amount,
    statement: draftStatement({
      order,
      events: input.events,
      answers,
      claims,
      amount,
      evidenceCount: input.items.length,
      timeZone,
    }),
    evidence: {
      items: evidenceEntries(input.items),
      kinds: evidenceKinds(input.items, problems, before),
      other: input.items.filter((i) => i.kind === 'other').length,
    },
    deadline,
    gaps: gaps.map(en),
    gapMsgs: gaps,
    generatedAt: input.now.toISOString(),
  };
  return { ...draft, fields: draftFields(draft, input.events, timeZone) };
}
