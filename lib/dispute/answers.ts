import { z } from 'zod';

/**
 * What the buyer tells TradeGuard about what went wrong. Everything else in a
 * dispute draft comes from the order, its timeline and the vault; these are
 * the facts only the buyer knows. Stored per case (vault table `drafts`) and
 * validated here, field by field, on every read.
 */
export const DISPUTE_PROBLEMS = [
  'late-shipment',
  'not-as-specified',
  'damaged',
  'short-quantity',
  'not-received',
  'below-inspection-standard',
] as const;
export const DisputeProblemSchema = z.enum(DISPUTE_PROBLEMS);
export type DisputeProblem = z.infer<typeof DisputeProblemSchema>;

export const PROBLEM_LABELS: Record<DisputeProblem, string> = {
  'late-shipment': 'Not shipped by the agreed date',
  'not-as-specified': 'Goods not as specified',
  damaged: 'Goods arrived damaged',
  'short-quantity': 'Fewer goods than ordered',
  'not-received': 'Goods never arrived',
  'below-inspection-standard': 'Quality below the agreed inspection standard',
};

const Minor = z.number().int().nonnegative();

export const DisputeAnswersSchema = z.object({
  problems: z.array(DisputeProblemSchema).max(DISPUTE_PROBLEMS.length).default([]),
  /** Not as specified: the order's spec lines (ids from orderTerms) the goods break. */
  brokenLines: z.array(z.string().max(40)).max(100).default([]),
  /** Not as specified: what the buyer expected that the order never wrote ("gold handle"). */
  unwritten: z.string().max(500).default(''),
  /** Units affected (damaged, not as specified, below standard); null = all of them. */
  affectedQuantity: Minor.nullable().default(null),
  /** Short quantity: how many units arrived. */
  receivedQuantity: Minor.nullable().default(null),
  /** Paid through the platform, in the order's minor units, when the timeline does not show it. */
  paidOnPlatform: Minor.nullable().default(null),
  /** Paid outside the platform (another bank account, PayPal, Western Union…), in the order's minor units. */
  paidOffPlatform: Minor.nullable().default(null),
  /** When the buyer found the problem (YYYY-MM-DD). */
  noticedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  /** What happened, in the buyer's own words: quoted verbatim in the statement. */
  buyerWords: z.string().max(20_000).default(''),
  /** The statement as the buyer edited it; null while they use the drafted one. */
  statement: z.string().max(40_000).nullable().default(null),
});
export type DisputeAnswers = z.infer<typeof DisputeAnswersSchema>;

export const EMPTY_ANSWERS: DisputeAnswers = DisputeAnswersSchema.parse({});

/** Stored answers read back: every valid field kept, each invalid one back to its default. */
export function parseAnswers(raw: unknown): DisputeAnswers {
  const whole = DisputeAnswersSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const answers: Record<string, unknown> = { ...EMPTY_ANSWERS };
  for (const [key, schema] of Object.entries(DisputeAnswersSchema.shape)) {
    const field = (schema as z.ZodType).safeParse(source[key]);
    if (field.success) answers[key] = field.data;
  }
  return DisputeAnswersSchema.parse(answers);
}
