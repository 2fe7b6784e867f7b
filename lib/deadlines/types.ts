import { z } from 'zod';
import { RuleSourceSchema } from '../model/finding';
import { ShippingMethodSchema, TimelineEventTypeSchema } from '../model/timeline';
import { DeadlineTextSchema, PendingTextSchema } from './text';

export const MarketplaceSchema = z.enum(['alibaba', 'aliexpress']);
export type Marketplace = z.infer<typeof MarketplaceSchema>;

/** Enterprise / Enterprise Pro buyers get longer claim windows on Alibaba (the Alibaba.com TA guide). */
export const BuyerTierSchema = z.enum(['standard', 'enterprise']);
export type BuyerTier = z.infer<typeof BuyerTierSchema>;

/** "seeds": the articles in shared/seeds (default). "help-centre": the current Alibaba FAQ's 3/4/7-day dispute steps. */
export const PolicyPresetSchema = z.enum(['seeds', 'help-centre']);
export type PolicyPreset = z.infer<typeof PolicyPresetSchema>;

/** A bare calendar date (agreed dates, dates printed on pages) or an ISO-8601 instant. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
export const DateOrInstantSchema = z
  .string()
  .refine((s) => DATE_ONLY.test(s) || ISO_INSTANT.test(s), 'expected YYYY-MM-DD or an ISO-8601 date-time')
  .refine((s) => !Number.isNaN(Date.parse(DATE_ONLY.test(s) ? `${s}T00:00:00Z` : s)), 'not a real date');

export const DeadlineEventSchema = z.object({
  type: TimelineEventTypeSchema,
  at: DateOrInstantSchema,
  shippingMethod: ShippingMethodSchema.optional(),
});
export type DeadlineEvent = z.infer<typeof DeadlineEventSchema>;

export const DeadlineInputSchema = z.object({
  marketplace: MarketplaceSchema,
  buyerTier: BuyerTierSchema.default('standard'),
  shippingMethod: ShippingMethodSchema.optional(),
  /** Agreed shipment date (YYYY-MM-DD or instant); same as a `ship_by_agreed` event. */
  shipBy: DateOrInstantSchema.optional(),
  /** Agreed delivery date; same as a `delivery_agreed` event. */
  deliverBy: DateOrInstantSchema.optional(),
  /** Deadline sentences the order page states itself (AliExpress `reminder`, service texts). */
  stated: z.array(z.string()).optional(),
  events: z.array(DeadlineEventSchema).default([]),
});
export type DeadlineInput = z.input<typeof DeadlineInputSchema>;
export type ParsedDeadlineInput = z.output<typeof DeadlineInputSchema>;

export const DeadlineKindSchema = z.enum(['deadline', 'available-from']);
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;

export const DeadlineStatusSchema = z.enum(['open', 'passed', 'not-applicable']);
export type DeadlineStatus = z.infer<typeof DeadlineStatusSchema>;

export const ComputedDeadlineSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** ISO-8601 with the buyer's UTC offset, e.g. 2026-07-12T10:00:00+02:00. */
  dueAt: z.string(),
  kind: DeadlineKindSchema,
  /** How the date was reached, in words: "30 days after you confirmed receipt on 12 June 2026". */
  basis: z.string(),
  source: RuleSourceSchema,
  /** What the buyer should do now, given the status. */
  whatToDo: z.string(),
  /** open: still ahead; passed: gone (for "available-from": reached); not-applicable: superseded or met (see note). */
  status: DeadlineStatusSchema,
  /** True when the order page itself states this deadline. */
  stated: z.boolean(),
  /** The event the count starts from. */
  anchor: TimelineEventTypeSchema.nullable(),
  /** Why a deadline is not applicable, or which rule now binds instead. */
  note: z.string().optional(),
  /** A stated deadline about the same event that takes precedence over this default. */
  overriddenBy: z.string().optional(),
  /** The page's own words, for stated deadlines. */
  quote: z.string().optional(),
  /** label, basis, what to do and note as messages, for the buyer's language (absent on results stored before). */
  text: DeadlineTextSchema.optional(),
});
export type ComputedDeadline = z.infer<typeof ComputedDeadlineSchema>;

/** A rule (or stated sentence) that was understood but cannot be dated yet: its start event has not happened. */
export const PendingDeadlineSchema = z.object({
  id: z.string(),
  label: z.string(),
  startsWhen: TimelineEventTypeSchema,
  why: z.string(),
  text: PendingTextSchema.optional(),
});
export type PendingDeadline = z.infer<typeof PendingDeadlineSchema>;

export const DeadlineResultSchema = z.object({
  deadlines: z.array(ComputedDeadlineSchema),
  /** Id of the earliest open deadline (never an "available-from" date, never one overridden by a stated one). */
  binding: z.string().nullable(),
  /** Stated sentences no pattern understood, verbatim: shown to the buyer, never dropped. */
  notUnderstood: z.array(z.string()),
  pending: z.array(PendingDeadlineSchema),
  now: z.string(),
  timeZone: z.string(),
});
export type DeadlineResult = z.infer<typeof DeadlineResultSchema>;

export interface ComputeOptions {
  now: Date;
  /** IANA zone of the buyer, e.g. "Europe/Berlin": day counts are calendar days there. */
  timeZone: string;
  preset?: PolicyPreset;
}
