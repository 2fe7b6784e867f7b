import { z } from 'zod';
import { CaptureMethodSchema, EvidenceKindSchema, MarketplaceSchema } from '../schema/rows';
import { canonicalJson, type JsonValue, wellFormed } from './canonical-json';
import type { TextHasher } from './hasher';

/**
 * The vault's history: an append-only log whose every entry carries the hash
 * of the entry before it (`prev`) and of the previous entry of the same case
 * (`casePrev`). An entry's hash is SHA-256 (hex) over the RFC 8785 canonical
 * JSON of the entry without its `hash` member. Changing, removing or
 * reordering any entry breaks the links after it; a case's entries form a
 * chain of their own, so a dispute pack can carry just that case and still be
 * checked end to end.
 */
export const HISTORY_VERSION = 1;
/** `prev` of the first entry, and `casePrev` of a case's first entry. */
export const GENESIS = '0'.repeat(64);

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');
const Instant = z.iso.datetime({ offset: true });

export const HISTORY_EVENT_TYPES = [
  'history-started',
  'case-created',
  'case-renamed',
  'case-deleted',
  'item-added',
  'item-annotated',
  'item-deleted',
  'pack-imported',
  'restored',
] as const;
export const HistoryEventTypeSchema = z.enum(HISTORY_EVENT_TYPES);
export type HistoryEventType = z.infer<typeof HistoryEventTypeSchema>;

/** How a case or item came to be: captured here, imported from a pack, restored from a backup, or already there when history began. */
export const ViaSchema = z.enum(['capture', 'import', 'restore', 'baseline']);
export type Via = z.infer<typeof ViaSchema>;

export const HeadSchema = z.object({ seq: z.number().int().positive(), hash: Hex64 });
export type Head = z.infer<typeof HeadSchema>;

/** The item facts an entry fixes: everything but the thumbnail and transcript (those are in the bytes or derived from them). */
export const ItemFactsSchema = z.object({
  itemId: z.string().min(1),
  sha256: Hex64,
  size: z.number().int().nonnegative(),
  kind: EvidenceKindSchema,
  mimeType: z.string(),
  fileName: z.string(),
  capturedAt: z.string(),
  captureMethod: CaptureMethodSchema,
  sourceUrl: z.string(),
  note: z.string(),
  tags: z.array(z.string()),
  via: ViaSchema,
  importId: z.string().optional(),
});
export type ItemFacts = z.infer<typeof ItemFactsSchema>;

export const EVENT_DATA = {
  'history-started': z.object({
    reason: z.literal('upgrade'),
    cases: z.number().int().nonnegative(),
    items: z.number().int().nonnegative(),
  }),
  'case-created': z.object({
    kind: z.enum(['order', 'supplier']),
    marketplace: MarketplaceSchema,
    title: z.string(),
    orderId: z.string().optional(),
    supplierKey: z.string().optional(),
    via: ViaSchema,
  }),
  'case-renamed': z.object({ title: z.string() }),
  'case-deleted': z.object({ reason: z.string(), items: z.number().int().nonnegative() }),
  'item-added': ItemFactsSchema,
  'item-annotated': z.object({
    itemId: z.string().min(1),
    note: z.string(),
    tags: z.array(z.string()),
    kind: EvidenceKindSchema,
  }),
  'item-deleted': z.object({ itemId: z.string().min(1), sha256: Hex64.optional(), reason: z.string() }),
  'pack-imported': z.object({
    importId: z.string(),
    files: z.number().int().nonnegative(),
    duplicates: z.number().int().nonnegative(),
    caseCreated: z.boolean(),
    /** The head of the case's history as the pack carried it (null: a pack made before packs carried history). */
    packCaseHead: HeadSchema.nullable(),
    packGeneratedAt: z.string(),
  }),
  restored: z.object({
    importId: z.string(),
    /** The head of the backup's whole history (null: a backup made before backups carried history). */
    backupHead: HeadSchema.nullable(),
    backupEntries: z.number().int().nonnegative(),
    /** True when this vault's history was empty and the backup's history became it. */
    adopted: z.boolean(),
    addedCases: z.number().int().nonnegative(),
    addedItems: z.number().int().nonnegative(),
    duplicates: z.number().int().nonnegative(),
  }),
} satisfies Record<HistoryEventType, z.ZodType>;

export type EventData<T extends HistoryEventType> = z.infer<(typeof EVENT_DATA)[T]>;

/** What a writer asks to record; seq, time and links are filled in by the appender. */
export type HistoryEvent = {
  [T in HistoryEventType]: { type: T; caseId?: string; data: EventData<T> };
}[HistoryEventType];

/** The stored (and exported) entry. Parsed loosely: the hash is always checked over the raw object. */
export const HistoryEntrySchema = z.object({
  v: z.literal(HISTORY_VERSION),
  seq: z.number().int().positive(),
  at: Instant,
  type: HistoryEventTypeSchema,
  caseId: z.string().min(1).optional(),
  data: z.record(z.string(), z.unknown()),
  prev: Hex64,
  casePrev: Hex64.optional(),
  hash: Hex64,
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** The hash an entry must carry: SHA-256 over the canonical JSON of everything but `hash`. */
export function entryHash(raw: Record<string, unknown>, sha256: TextHasher): string {
  const { hash: _hash, ...body } = raw;
  return sha256(canonicalJson(body));
}

/** Builds the next entry; the caller supplies the links. */
export function sealEntry(
  event: HistoryEvent,
  links: { seq: number; at: string; prev: string; casePrev?: string },
  sha256: TextHasher,
): HistoryEntry {
  const body = {
    v: HISTORY_VERSION,
    seq: links.seq,
    at: links.at,
    type: event.type,
    ...(event.caseId !== undefined && { caseId: event.caseId }),
    data: jsonData(event.data) as Record<string, JsonValue>,
    prev: links.prev,
    ...(event.caseId !== undefined && { casePrev: links.casePrev ?? GENESIS }),
  } as const;
  return { ...body, hash: sha256(canonicalJson(body)) } as HistoryEntry;
}

/**
 * IndexedDB keeps `undefined` members, JSON drops them: drop them before
 * hashing so the database and an exported file read back the same. Text with
 * a lone surrogate (not I-JSON) is made well-formed; comparisons use the same.
 */
function jsonData(value: unknown): unknown {
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) return value.map(jsonData);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, jsonData(v)]),
    );
  }
  return value;
}
