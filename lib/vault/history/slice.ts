import { z } from 'zod';
import { type Head, HeadSchema, type HistoryEntry } from './entry';

/**
 * history.json in a dispute pack: one case's entries, exactly as stored, with
 * the case's head and the vault's head when the pack was made. The entries
 * link to each other through `casePrev`, so the slice checks end to end
 * without the rest of the vault.
 */
export const HISTORY_SLICE_FORMAT = 'tradeguard-history-slice';

export const HASHING_RULE =
  'Each entry\'s "hash" is the SHA-256 (lowercase hex) of the RFC 8785 canonical JSON of the entry without its "hash" member. ' +
  '"casePrev" is the hash of the case\'s previous entry (64 zeros for its first); "prev" is the hash of the vault\'s previous entry, ' +
  'which belongs to this case or to another one.';

export const HistorySliceSchema = z.object({
  format: z.literal(HISTORY_SLICE_FORMAT),
  version: z.literal(1),
  caseId: z.string().min(1),
  hashing: z.string(),
  caseHead: HeadSchema.nullable(),
  vaultHead: HeadSchema.nullable(),
  entries: z.array(z.record(z.string(), z.unknown())),
});
export type HistorySlice = z.infer<typeof HistorySliceSchema>;

export function historySlice(
  caseId: string,
  entries: readonly HistoryEntry[],
  vaultHead: Head | null,
): HistorySlice {
  const last = entries.at(-1);
  return {
    format: HISTORY_SLICE_FORMAT,
    version: 1,
    caseId,
    hashing: HASHING_RULE,
    caseHead: last ? { seq: last.seq, hash: last.hash } : null,
    vaultHead,
    entries: entries as unknown as Record<string, unknown>[],
  };
}
