import { z } from 'zod';
import { MoneySchema } from '../model/money';

/** Plain-data shapes of the supplier memory, validated on the way in (fromJSON) like any stored row. */
export const TaLimitObservationSchema = z.object({
  at: z.string(),
  url: z.string(),
  taLimit: MoneySchema,
});
export type TaLimitObservation = z.infer<typeof TaLimitObservationSchema>;

/** What a page said is still available of the limit ("balance"), with when and where (issue 17). */
export const TaRemainingObservationSchema = z.object({
  at: z.string(),
  url: z.string(),
  taRemaining: MoneySchema,
});
export type TaRemainingObservation = z.infer<typeof TaRemainingObservationSchema>;

export const MetricsObservationSchema = z.object({
  at: z.string(),
  url: z.string(),
  yearsOnPlatform: z.number().nullable(),
  verified: z.boolean().nullable(),
  responseRate: z.number().nullable(),
  responseTimeText: z.string().nullable(),
  onTimeDeliveryRate: z.number().nullable(),
  rating: z.number().nullable(),
  reviewCount: z.number().nullable(),
});
export type MetricsObservation = z.infer<typeof MetricsObservationSchema>;

export const SupplierRecordSchema = z.object({
  /** "id:<companyId>" when known, else "name:<normalised name>". */
  key: z.string().min(4),
  name: z.string().nullable(),
  companyId: z.string().nullable(),
  profileUrl: z.string().nullable(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  /** The page of the latest observation. */
  sourceUrl: z.string(),
  taLimitHistory: z.array(TaLimitObservationSchema),
  metricsHistory: z.array(MetricsObservationSchema),
  /** Added for issue 17: records stored before it lack the field and read as "never stated". */
  taRemainingHistory: z.array(TaRemainingObservationSchema).optional(),
});
export type SupplierRecord = z.infer<typeof SupplierRecordSchema>;

export const SupplierMemoryDataSchema = z.object({
  version: z.literal(1),
  records: z.array(SupplierRecordSchema),
});
export type SupplierMemoryData = z.infer<typeof SupplierMemoryDataSchema>;
