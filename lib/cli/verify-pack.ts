import type { PackVerdict } from '../vault/verify-pack';

/**
 * Core of `tradeguard verify-pack <pack.zip> [--expect-head [SEQ:]HASH] [--json]`.
 * Exit codes (scripts/tradeguard.ts): 0 intact, 1 tampered, 2 unreadable.
 * The JSON is a public contract: fields are added over time, never renamed.
 */
export const EXIT_CODE: Record<PackVerdict['status'], number> = { intact: 0, tampered: 1, unreadable: 2 };

export function publicVerdict(file: string, v: PackVerdict) {
  return {
    file,
    status: v.status,
    exitCode: EXIT_CODE[v.status],
    case: v.case
      ? {
          id: v.case.id,
          title: v.case.title,
          marketplace: v.case.marketplace,
          orderId: v.case.orderId ?? null,
        }
      : null,
    generatedAt: v.generatedAt,
    evidenceFiles: v.evidence,
    generatedFiles: v.generated,
    history: v.history,
    problems: v.problems.map((p) => ({
      code: p.code,
      message: p.message,
      path: p.path ?? null,
      entry: p.seq ?? null,
      itemId: p.itemId ?? null,
    })),
    notes: v.notes,
  };
}

/** "12:3fa2…" or "3fa2…" → the head to look for. */
export function parseExpectHead(text: string): { seq?: number; hash: string } | null {
  const m = /^(?:#?(\d+)[:@])?([0-9a-f]{64})$/i.exec(text.trim());
  if (!m) return null;
  return { ...(m[1] ? { seq: Number(m[1]) } : {}), hash: m[2]!.toLowerCase() };
}

export function formatVerdict(result: ReturnType<typeof publicVerdict>): string {
  const lines = [`TradeGuard verify-pack: ${result.file}`];
  if (result.case) {
    lines.push(
      `Case: “${result.case.title}” (${result.case.marketplace}${result.case.orderId ? ` order ${result.case.orderId}` : ''}), pack made ${result.generatedAt}`,
    );
  }
  const files = `${result.evidenceFiles.checked} of ${result.evidenceFiles.listed} evidence files and ${result.generatedFiles.length} generated files (${result.generatedFiles.join(', ') || 'none'}) re-hashed`;
  const h = result.history;
  const history = h
    ? `history: ${h.entries} entries re-hashed and linked from the case's first entry to its head${h.caseHead ? ` #${h.caseHead.seq} (${h.caseHead.hash})` : ''}`
    : 'no history in this pack';
  if (result.status === 'intact') {
    lines.push(`INTACT: ${files}; every SHA-256 matches; ${history}.`);
  } else if (result.status === 'tampered') {
    lines.push(
      `TAMPERED: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} found (${files}).`,
    );
    result.problems.forEach((p, i) => {
      lines.push(`  ${i + 1}. ${p.message}`);
    });
  } else {
    lines.push('UNREADABLE: this is not a TradeGuard dispute pack that can be checked.');
  }
  for (const note of result.notes) lines.push(`Note: ${note}`);
  return lines.join('\n');
}
