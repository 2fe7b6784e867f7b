import type { VaultDb } from '../db';
import { sha256OfBlob } from '../hash';
import { HEAD_KEY, prepareHistoryHasher } from './append';
import { compareCases, compareItems, itemName } from './compare-rows';
import { type Head, type HistoryEntry, HistoryEntrySchema } from './entry';
import type { ChainSummary, HistoryProblem } from './problems';
import { replay } from './replay';
import { verifyChain } from './verify-chain';

/**
 * The side panel's "history intact" check: the chain link by link, then the
 * vault's rows against what the history says they are. Reads every entry and
 * every case and item row; never writes.
 */
export async function readHead(db: VaultDb): Promise<Head | null> {
  const row = await db.historyHead.get(HEAD_KEY);
  return row && 'seq' in row ? { seq: row.seq, hash: row.hash } : null;
}

function parsedEntries(raws: readonly unknown[]): HistoryEntry[] {
  return raws.flatMap((raw) => {
    const parsed = HistoryEntrySchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

const complete = (raw: Record<string, unknown>) => raw.state !== 'staged';

export async function checkVaultHistory(db: VaultDb): Promise<ChainSummary> {
  const sha256 = await prepareHistoryHasher();
  const raws = await db.history.toArray();
  const chain = verifyChain(raws, { mode: 'vault', sha256, head: await readHead(db) });
  const state = replay(parsedEntries(raws));
  const items = (await db.items.toArray()) as unknown as Record<string, unknown>[];
  const cases = (await db.cases.toArray()) as unknown as Record<string, unknown>[];
  return {
    ...chain,
    problems: [
      ...chain.problems,
      ...state.problems,
      ...compareCases(state, cases),
      ...compareItems(state, items.filter(complete)),
    ],
  };
}

/** One case's entries, in order: what a dispute pack carries. */
export async function caseHistory(db: VaultDb, caseId: string): Promise<HistoryEntry[]> {
  const raws = await db.history.where('caseId').equals(caseId).toArray();
  return raws.sort((a, b) => a.seq - b.seq);
}

/**
 * Re-hashes every stored file of a case against the SHA-256 taken when it was
 * captured: the check for bytes changed behind the vault's back. Reads each
 * file once, streamed.
 */
export async function checkCaseFiles(
  db: VaultDb,
  caseId: string,
): Promise<{ files: number; problems: HistoryProblem[] }> {
  const rows = (await db.items.where('caseId').equals(caseId).toArray()).filter(
    (r) => r.state === 'complete',
  );
  const problems: HistoryProblem[] = [];
  for (const row of rows) {
    const blob = (await db.blobs.get(row.id))?.bytes;
    if (!(blob instanceof Blob)) {
      problems.push({
        code: 'bytes-missing',
        itemId: row.id,
        caseId,
        message: `${itemName(row)}: its stored bytes are gone.`,
      });
      continue;
    }
    const actual = await sha256OfBlob(blob);
    if (actual !== row.sha256) {
      problems.push({
        code: 'bytes-changed',
        itemId: row.id,
        caseId,
        message: `${itemName(row)}: the stored file was changed after capture. Captured as SHA-256 ${row.sha256}, it now hashes to ${actual}.`,
      });
    }
  }
  return { files: rows.length, problems };
}
