import { z } from 'zod';
import { FindingSchema } from '../model/finding';
import { TimelineEventSchema } from '../model/timeline';

/**
 * What the caller may add to report.html. Money and dates arrive already
 * formatted as text (formatMoney, date-fns in the caller), so the report
 * shows exactly what the extension showed.
 */
export const ReportContextSchema = z.object({
  facts: z.array(z.object({ label: z.string(), value: z.string() })).optional(),
  findings: z.array(FindingSchema).optional(),
  timeline: z.array(TimelineEventSchema).optional(),
  deadlines: z
    .array(z.object({ label: z.string(), dueAt: z.string(), note: z.string().optional() }))
    .optional(),
});
export type ReportContext = z.infer<typeof ReportContextSchema>;

/** Keeps every valid entry and counts the others, so one bad finding never blocks an export. */
export function cleanReportContext(raw: unknown): { context: Required<ReportContext>; dropped: number } {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  let dropped = 0;
  function valid<S extends z.ZodType>(schema: S, value: unknown): z.infer<S>[] {
    if (!Array.isArray(value)) return [];
    return value.flatMap((entry) => {
      const parsed = schema.safeParse(entry);
      if (!parsed.success) dropped++;
      return parsed.success ? [parsed.data] : [];
    });
  }
  const shape = ReportContextSchema.shape;
  const context = {
    facts: valid(shape.facts.unwrap().element, input.facts),
    findings: valid(FindingSchema, input.findings),
    timeline: valid(TimelineEventSchema, input.timeline),
    deadlines: valid(shape.deadlines.unwrap().element, input.deadlines),
  };
  return { context, dropped };
}
