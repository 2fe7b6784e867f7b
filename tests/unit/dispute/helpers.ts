import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deadlinesForOrder, orderTimelineData } from '../../../lib/analysis/order-deadlines';
import { timelineFromOrder } from '../../../lib/deadlines/timeline-from-order';
import { parseAnswers } from '../../../lib/dispute/answers';
import { buildDisputeDraft } from '../../../lib/dispute/build';
import type { DisputeDraft, RuleSentence } from '../../../lib/dispute/types';
import type { Money } from '../../../lib/model/money';
import { type OrderFacts, OrderFactsSchema } from '../../../lib/model/order';
import type { TimelineEvent } from '../../../lib/model/timeline';
import { extractPage } from '../../../lib/pages/extract';
import { DEFAULT_SETTINGS, type ExchangeRate } from '../../../lib/settings/schema';
import type { ItemRow } from '../../../lib/vault/schema/rows';
import { loadPage, ROOT } from '../../support/fixtures';

/** Orders read from our fixture pages (as the extension reads them) or written as OrderFacts. */
export function orderFromPage(path: string): { order: OrderFacts; url: string } {
  const { doc, url } = loadPage(path);
  const order = extractPage(doc, url).order;
  if (!order) throw new Error(`${path}: no order read`);
  return { order, url };
}

export function orderFromJson(name: string): OrderFacts {
  return OrderFactsSchema.parse(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/dispute', name), 'utf8')));
}

/** The events the extension saves when it reads the order page. */
export function pageEvents(order: OrderFacts, url: string, readAt: string): TimelineEvent[] {
  return timelineFromOrder(orderTimelineData(order), { url, readAt: new Date(readAt) }).events;
}

export function buyer(
  type: TimelineEvent['type'],
  at: string,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return {
    type,
    at,
    ...extra,
    source: { kind: 'buyer', enteredAt: at.length === 10 ? `${at}T12:00:00Z` : at },
  };
}

export const usd = (major: number): Money => ({ minor: Math.round(major * 100), currency: 'USD' });

export interface Situation {
  order: OrderFacts;
  events: TimelineEvent[];
  answers: Record<string, unknown>;
  now: string;
  timeZone?: string;
  limit?: { limit: Money; seenAt: string } | null;
  rates?: ExchangeRate[];
  items?: ItemRow[];
}

export function draftFor(s: Situation): DisputeDraft {
  const now = new Date(s.now);
  const timeZone = s.timeZone ?? 'Europe/Madrid';
  return buildDisputeDraft({
    order: s.order,
    events: s.events,
    answers: parseAnswers(s.answers),
    items: s.items ?? [],
    deadlines: deadlinesForOrder(s.order, s.events, DEFAULT_SETTINGS, { now, timeZone }),
    limit: s.limit ?? null,
    rates: s.rates ?? [],
    now,
    timeZone,
  });
}

/** Every sentence in a draft that states a rule, wherever it appears. */
export function ruleSentences(d: DisputeDraft): RuleSentence[] {
  return [
    ...d.platform.steps,
    ...d.claims.flatMap((c) => [...c.rules, ...c.cautions]),
    ...d.refusals.map((r) => r.rule),
    ...d.evidence.kinds.map((k) => k.why),
    ...(d.amount.extra ? [d.amount.extra] : []),
  ];
}

export const field = (d: DisputeDraft, id: string) => d.fields.find((f) => f.id === id)!;
