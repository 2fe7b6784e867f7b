import { differenceInCalendarDays } from 'date-fns';
import { inZone, readMoment } from '../deadlines/zoned-time';
import { type Msg, type MsgParam, msg } from '../i18n/msg';
import type { Money } from '../model/money';
import type { OrderFacts } from '../model/order';
import type { TimelineEvent } from '../model/timeline';
import type { ExchangeRate } from '../settings/schema';
import type { DisputeAnswers, DisputeProblem } from './answers';
import type { EnteredFacts } from './corrections';
import type { SpecLine } from './order-terms';
import type { Paid } from './paid';
import type { OrderQuote, ProtectionClaim, Refusal, RuleSentence } from './types';
import { en } from './words';

/** What the claim builders of both marketplaces read. */
export interface ClaimContext {
  order: OrderFacts;
  answers: DisputeAnswers;
  problems: readonly DisputeProblem[];
  lines: readonly SpecLine[];
  events: readonly TimelineEvent[];
  paid: Paid;
  limit: { limit: Money; seenAt: string } | null;
  rates: readonly ExchangeRate[];
  /** Facts whose value in use the buyer entered, with when. */
  entered: EnteredFacts;
  now: Date;
  timeZone: string;
}

export interface ClaimResult {
  claims: ProtectionClaim[];
  refusals: Refusal[];
  /** What the buyer must still complete, as messages (the draft's `gaps` are their English). */
  gaps: Msg[];
}

/** A claim whose name and facts are messages; `facts` and `name` are their English. */
export function newClaim(
  c: Omit<ProtectionClaim, 'name' | 'facts' | 'nameMsg' | 'factMsgs'> & { nameMsg: Msg },
): ProtectionClaim {
  return { ...c, name: en(c.nameMsg), facts: [], factMsgs: [] };
}

export function addFact(claim: ProtectionClaim, fact: Msg): void {
  claim.facts.push(en(fact));
  claim.factMsgs = [...(claim.factMsgs ?? []), fact];
}

export function refusal(whatMsg: Msg, rule: RuleSentence, quote?: OrderQuote): Refusal {
  return { what: en(whatMsg), whatMsg, rule, ...(quote && { quote }) };
}

/** A sentence stating a rule, as a message with its source (a caution built on a rule). */
export function ruleSentence(textMsg: Msg, source: RuleSentence['source']): RuleSentence {
  return { text: en(textMsg), textMsg, source };
}

/** A rule's message, or its English text when it has none. */
export const ruleP = (rule: RuleSentence): MsgParam => rule.textMsg ?? rule.text;

export function firstEvent(
  events: readonly TimelineEvent[],
  type: TimelineEvent['type'],
): TimelineEvent | undefined {
  return [...events].filter((e) => e.type === type).sort((a, b) => a.at.localeCompare(b.at))[0];
}

/** Whole calendar days from `from` to `to` in the buyer's zone (dates read as end of day). */
export function daysBetween(from: string, to: Date | string, timeZone: string): number {
  const a = readMoment(from, timeZone).at;
  const b = typeof to === 'string' ? readMoment(to, timeZone).at : inZone(to, timeZone);
  return differenceInCalendarDays(b, a);
}

/** True when the end of that calendar day (or that instant) is before `now`. */
export function isPast(value: string, now: Date, timeZone: string): boolean {
  return readMoment(value, timeZone).at.getTime() < now.getTime();
}

/** `a` happened no later than `b` (a bare date is the end of that day, as deadlines read it). */
export function onOrBefore(a: string, b: string, timeZone: string): boolean {
  return readMoment(a, timeZone).at.getTime() <= readMoment(b, timeZone).at.getTime();
}

export const quoteOf = (line: SpecLine): OrderQuote => ({ where: line.where, text: line.text });

export function vagueCaution(line: SpecLine, rule: RuleSentence): RuleSentence | null {
  if (!line.vague) return null;
  return ruleSentence(
    msg('disputeText.caution.vague', { line: line.text, quote: line.vague.quote, rule: ruleP(rule) }),
    rule.source,
  );
}

export function brokenLines(ctx: ClaimContext): SpecLine[] {
  return ctx.lines.filter((l) => ctx.answers.brokenLines.includes(l.id));
}

/** The product line (0-based) the buyer's broken spec lines are on, else the first. */
export function affectedLineIndex(ctx: Pick<ClaimContext, 'lines' | 'answers'>): number {
  const first = ctx.lines.find((l) => ctx.answers.brokenLines.includes(l.id) && l.id.startsWith('item'));
  const n = first ? Number(/^item(\d+)\./.exec(first.id)?.[1]) : 1;
  return Number.isFinite(n) && n > 0 ? n - 1 : 0;
}
