import { z } from 'zod';
import { MoneySchema } from '../../model/money';
import { ShippingMethodSchema, TimelineEventSchema } from '../../model/timeline';
import { MimeTypeSchema } from '../mime';

/**
 * Zod schemas for every vault row. Rows are parsed on the way in (nothing
 * malformed is written) and on the way out (a bad row read back is reported,
 * never allowed to crash a list).
 */

/** The seven dispute document kinds of the Jing Sourcing TA guide (step 2 of "open a dispute"), plus "other". */
export const EVIDENCE_KINDS = [
  'contract',
  'specification',
  'design',
  'inspection',
  'communication',
  'receipt',
  'defect-media',
  'other',
] as const;
export const EvidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

export const CAPTURE_METHODS = [
  'screenshot',
  'chat-capture',
  'page-snapshot',
  'selection',
  'image',
  'link',
  'upload',
  'import',
] as const;
export const CaptureMethodSchema = z.enum(CAPTURE_METHODS);
export type CaptureMethod = z.infer<typeof CaptureMethodSchema>;

export const MarketplaceSchema = z.enum(['alibaba', 'aliexpress']);
export type Marketplace = z.infer<typeof MarketplaceSchema>;

/** ISO-8601 instant as stored (Date#toISOString or with an offset). */
const IsoInstant = z.iso.datetime({ offset: true });
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');

/**
 * Thumbnails are small raster data URLs made by the caller. SVG is refused:
 * the report is opened offline by strangers' tools and SVG can carry script.
 */
export const ThumbnailSchema = z
  .string()
  .max(300_000)
  .regex(/^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+=*$/, 'a base64 PNG/JPEG/WebP/GIF data URL');

export const CaseRowSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['order', 'supplier']),
  orderId: z.string().min(1).optional(),
  supplierKey: z.string().min(1).optional(),
  marketplace: MarketplaceSchema,
  title: z.string(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
});
export type CaseRow = z.infer<typeof CaseRowSchema>;

export const TranscriptLineSchema = z.object({ from: z.string(), at: z.string(), text: z.string() });
export type TranscriptLine = z.infer<typeof TranscriptLineSchema>;

/**
 * On an item that came from a dispute pack: when this vault imported it, and
 * what the pack CLAIMS about its capture (a pack is a file anyone can write).
 * The item's own captureMethod is then 'import' and its capturedAt the import time.
 */
export const ImportedFromSchema = z.object({
  importedAt: IsoInstant,
  importId: z.string().min(1),
  claimedCaptureMethod: CaptureMethodSchema,
  claimedCapturedAt: z.string(),
  packGeneratedAt: z.string(),
  packGenerator: z.string(),
});
export type ImportedFrom = z.infer<typeof ImportedFromSchema>;

export const ItemRowSchema = z.object({
  id: z.string().min(1),
  caseId: z.string().min(1),
  kind: EvidenceKindSchema,
  captureMethod: CaptureMethodSchema,
  mimeType: MimeTypeSchema,
  size: z.number().int().nonnegative(),
  /** SHA-256 of the exact stored bytes, computed when they were captured. */
  sha256: Sha256Hex,
  /** The ZIP's CRC-32 of the same bytes, taken with the hash at capture so an export never reads them for it (older rows lack it). */
  crc32: z
    .string()
    .regex(/^[0-9a-f]{8}$/)
    .optional(),
  capturedAt: IsoInstant,
  sourceUrl: z.string(),
  sourceTitle: z.string(),
  fileName: z.string(),
  note: z.string(),
  tags: z.array(z.string()),
  thumbnail: ThumbnailSchema.optional(),
  transcript: z.array(TranscriptLineSchema).optional(),
  /** Groups the parts of one multi-image capture (e.g. a long page stitched in parts). */
  partOf: z.string().optional(),
  /** 'staged' rows belong to an import still in progress and are never shown. */
  state: z.enum(['complete', 'staged']),
  importId: z.string().optional(),
  /** When an import staged the row: the start-up clean-up judges staleness by it where Web Locks are missing. */
  stagedAt: IsoInstant.optional(),
  imported: ImportedFromSchema.optional(),
});
export type ItemRow = z.infer<typeof ItemRowSchema>;

/** The bytes live apart from the metadata so that editing a note can never change a hash. */
export const BlobRowSchema = z.object({ itemId: z.string().min(1), bytes: z.instanceof(Blob) });
export type BlobRow = z.infer<typeof BlobRowSchema>;

export const TaLimitObservationSchema = z.object({
  at: z.string(),
  url: z.string(),
  taLimit: MoneySchema.nullable(),
});

/**
 * Supplier memory as produced by the SupplierMemory module (another area):
 * loose so fields it adds later survive a round trip; metrics entries unchecked.
 */
export const SupplierRowSchema = z.looseObject({
  key: z.string().min(1),
  // SupplierMemory writes null for what a page did not show.
  name: z.string().nullish(),
  companyId: z.string().nullish(),
  profileUrl: z.string().nullish(),
  firstSeenAt: z.string(),
  lastSeenAt: z.string(),
  sourceUrl: z.string().nullish(),
  taLimitHistory: z.array(TaLimitObservationSchema),
  metricsHistory: z.array(z.unknown()),
});
export type SupplierRow = z.infer<typeof SupplierRowSchema>;

export const DesignatedAccountSchema = z.object({
  bank: z.string().optional(),
  name: z.string().optional(),
  accountNumber: z.string().optional(),
  swift: z.string().optional(),
  iban: z.string().optional(),
});

export const OrderRowSchema = z.object({
  id: z.string().min(1),
  marketplace: MarketplaceSchema,
  caseId: z.string().min(1),
  supplierKey: z.string().optional(),
  /** The parsed order object; validated by the order parser's own schema, not here. */
  facts: z.unknown(),
  designatedAccount: DesignatedAccountSchema.optional(),
  shipBy: z.string().optional(),
  deliverBy: z.string().optional(),
  shippingMethod: ShippingMethodSchema.optional(),
  /** Things the supplier stated (quotes kept as evidence of promises). */
  stated: z.array(z.string()),
  updatedAt: z.string(),
});
export type OrderRow = z.infer<typeof OrderRowSchema>;

export const TimelineRowSchema = TimelineEventSchema.extend({
  id: z.string().min(1),
  orderId: z.string().min(1),
});
export type TimelineRow = z.infer<typeof TimelineRowSchema>;

/** A ticked checklist line for an order; itemId is the checklist line's id, chosen by the caller. */
export const TickRowSchema = z.object({
  orderId: z.string().min(1),
  itemId: z.string().min(1),
  ticked: z.boolean(),
  at: z.string(),
});
export type TickRow = z.infer<typeof TickRowSchema>;

export const DeletionRowSchema = z.object({
  id: z.string().min(1),
  what: z.enum(['item', 'case']),
  itemId: z.string().optional(),
  caseId: z.string(),
  sha256: Sha256Hex.optional(),
  size: z.number().int().nonnegative().optional(),
  fileName: z.string().optional(),
  kind: EvidenceKindSchema.optional(),
  /** The token the user confirmed (first hex digits of the hash they saw). */
  confirmation: z.string(),
  deletedAt: IsoInstant,
  reason: z.string(),
});
export type DeletionRow = z.infer<typeof DeletionRowSchema>;

/** The last history entry's number and hash (see lib/vault/history), or the upgrade's baseline marker. */
export const HistoryHeadRowSchema = z.union([
  z.object({ id: z.literal('head'), seq: z.number().int().positive(), hash: Sha256Hex }),
  z.object({ id: z.literal('baseline-pending') }),
]);
export type HistoryHeadRow = z.infer<typeof HistoryHeadRowSchema>;

/** The buyer's answers for a case's dispute draft; validated by the dispute module's own schema, not here. */
export const DraftRowSchema = z.object({
  caseId: z.string().min(1),
  answers: z.unknown(),
  updatedAt: IsoInstant,
});
export type DraftRow = z.infer<typeof DraftRowSchema>;

export const ROW_SCHEMAS = {
  cases: CaseRowSchema,
  items: ItemRowSchema,
  blobs: BlobRowSchema,
  suppliers: SupplierRowSchema,
  orders: OrderRowSchema,
  timeline: TimelineRowSchema,
  ticks: TickRowSchema,
  deletions: DeletionRowSchema,
  historyHead: HistoryHeadRowSchema,
  drafts: DraftRowSchema,
} as const;
export type VaultTableName = keyof typeof ROW_SCHEMAS;
