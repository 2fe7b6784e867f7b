import type { PackFile, PackHistoryRef } from '../pack-format';
import { compareItems } from './compare-rows';
import { type HistoryEntry, HistoryEntrySchema } from './entry';
import type { TextHasher } from './hasher';
import type { ChainSummary, HistoryProblem } from './problems';
import { replay } from './replay';
import { HistorySliceSchema } from './slice';
import { verifyChain } from './verify-chain';

/**
 * A dispute pack's history.json checked against itself and against the pack:
 * every entry re-hashed, the case's links followed from its first entry to
 * the head the manifest names, and the files the manifest lists compared with
 * the items the history says the case holds (same file, same note, tags, kind).
 */
export interface SliceCheckInput {
  /** history.json, parsed as JSON. */
  raw: unknown;
  caseId: string;
  ref: PackHistoryRef;
  files: readonly PackFile[];
  sha256: TextHasher;
}

export function checkSlice(input: SliceCheckInput): ChainSummary {
  const slice = HistorySliceSchema.safeParse(input.raw);
  if (!slice.success) {
    return {
      entries: 0,
      head: null,
      problems: [
        {
          code: 'unreadable',
          path: 'history.json',
          message: 'history.json is not a TradeGuard history: its shape is wrong.',
        },
      ],
    };
  }
  const problems: HistoryProblem[] = [];
  if (slice.data.caseId !== input.caseId) {
    problems.push({
      code: 'unreadable',
      path: 'history.json',
      message: `history.json is the history of another case (${slice.data.caseId}), not of this pack's case (${input.caseId}).`,
    });
  }
  const manifestHead = input.ref.caseHead;
  const sliceHead = slice.data.caseHead;
  if (JSON.stringify(manifestHead) !== JSON.stringify(sliceHead)) {
    problems.push({
      code: 'head-mismatch',
      path: 'history.json',
      message: `history.json names its head as ${sliceHead ? `entry #${sliceHead.seq}` : 'none'}, the manifest as ${manifestHead ? `entry #${manifestHead.seq}` : 'none'}: one of them was edited.`,
    });
  }
  const chain = verifyChain(slice.data.entries, {
    mode: 'case',
    caseId: input.caseId,
    sha256: input.sha256,
    head: manifestHead,
  });
  if (slice.data.entries.length !== input.ref.entries) {
    problems.push({
      code: slice.data.entries.length < input.ref.entries ? 'missing' : 'head-mismatch',
      path: 'history.json',
      message: `history.json holds ${slice.data.entries.length} entries; the manifest says ${input.ref.entries}.`,
    });
  }
  const entries = slice.data.entries.flatMap((raw): HistoryEntry[] => {
    const parsed = HistoryEntrySchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  const state = replay(entries);
  const paths = new Map(input.files.flatMap((f) => (f.itemId ? [[f.itemId, f.path] as const] : [])));
  const rows = input.files.map((f) => ({ ...f, id: f.itemId ?? `(no id) ${f.path}` }));
  problems.push(
    ...chain.problems.map((p) => ({ ...p, path: p.path ?? 'history.json' })),
    ...state.problems,
    ...compareItems(state, rows, { name: 'this pack', caseId: input.caseId, pathOf: (id) => paths.get(id) }),
  );
  return { entries: chain.entries, head: chain.head, problems };
}
