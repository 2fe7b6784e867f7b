import { z } from 'zod';

/**
 * Two places on one page state different values for the same fact (the JSON
 * says a limit of US$35,000, the tooltip US$40,000). The snapshot keeps the
 * more trusted value and lists the disagreement here, so the buyer is told
 * "the page shows two values" instead of being shown one as if it were sure.
 */
export const ConflictSchema = z.object({
  /** The fact, as a path into the snapshot: "supplier.taLimit", "product.priceRange". */
  field: z.string().min(1).max(80),
  /** Each distinct value with where the page shows it, the kept (most trusted) one first. */
  values: z
    .array(z.object({ value: z.unknown(), where: z.string().max(200) }))
    .min(2)
    .max(6),
});
export type Conflict = z.infer<typeof ConflictSchema>;
