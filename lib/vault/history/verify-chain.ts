import { entryHash, GENESIS, type Head, type HistoryEntry, HistoryEntrySchema } from './entry';
import type { TextHasher } from './hasher';
import type { ChainSummary, HistoryProblem } from './problems';

/**
 * Checks a history link by link. Two shapes:
 * - the whole vault's history (`mode: 'vault'`): numbered 1, 2, 3… without a gap,
 *   each `prev` the hash of the entry before, each `casePrev` the hash of its
 *   case's entry before;
 * - one case's slice (`mode: 'case'`), as a dispute pack carries it: numbers
 *   rising (other cases' entries sit in the gaps), `casePrev` links only.
 * `head`, when known from elsewhere (the vault's head marker, a pack's
 * manifest), must be the last entry: that is what shows a cut-off end.
 */
export interface VerifyChainOptions {
  mode: 'vault' | 'case';
  sha256: TextHasher;
  head?: Head | null;
  /** For 'case': the case every entry must belong to. */
  caseId?: string;
}

export function describeEntry(entry: Pick<HistoryEntry, 'seq' | 'type' | 'at'>): string {
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(entry.at)
    ? `${entry.at.slice(0, 10)} ${entry.at.slice(11, 16)}${entry.at.endsWith('Z') ? ' UTC' : ''}`
    : entry.at;
  return `entry #${entry.seq} (${entry.type.replace('-', ' ')}, ${at})`;
}

/** An entry whose hash only matches under another number was moved there: say from where. */
function movedFrom(raw: Record<string, unknown>, seq: number, sha256: TextHasher): number | null {
  for (let delta = 1; delta <= 16; delta++) {
    for (const candidate of [seq - delta, seq + delta]) {
      if (candidate < 1) continue;
      if (entryHash({ ...raw, seq: candidate }, sha256) === raw.hash) return candidate;
    }
  }
  return null;
}

interface Checked {
  /** The parsed entry, also when its content no longer matches its hash (its number and links still locate things). */
  entry?: HistoryEntry;
  problem?: HistoryProblem;
}

function checkEntry(raw: unknown, position: number, opts: VerifyChainOptions): Checked {
  const parsed = HistoryEntrySchema.safeParse(raw);
  if (!parsed.success) {
    const seq =
      raw && typeof raw === 'object' && typeof (raw as { seq?: unknown }).seq === 'number'
        ? (raw as { seq: number }).seq
        : undefined;
    return {
      problem: {
        code: 'unreadable',
        seq,
        message: `The history entry at position ${position + 1}${seq ? ` (#${seq})` : ''} is not a valid entry: ${parsed.error.issues[0]?.path.join('.') || 'its shape'} is wrong.`,
      },
    };
  }
  const entry = parsed.data;
  const record = raw as Record<string, unknown>;
  if (entryHash(record, opts.sha256) !== entry.hash) {
    const from = movedFrom(record, entry.seq, opts.sha256);
    const message =
      from !== null
        ? `${describeEntry(entry)} holds the content of entry #${from}: entries were reordered.`
        : `${describeEntry(entry)} was changed after it was written: its content no longer matches its SHA-256.`;
    return {
      entry,
      problem: { code: from !== null ? 'moved' : 'altered', seq: entry.seq, caseId: entry.caseId, message },
    };
  }
  if (opts.mode === 'case' && opts.caseId && entry.caseId !== opts.caseId) {
    return {
      entry,
      problem: {
        code: 'unreadable',
        seq: entry.seq,
        message: `${describeEntry(entry)} belongs to another case (${entry.caseId ?? 'none'}), not to this one.`,
      },
    };
  }
  return { entry };
}

export function verifyChain(raws: readonly unknown[], opts: VerifyChainOptions): ChainSummary {
  const problems: HistoryProblem[] = [];
  const caseTips = new Map<string, string>();
  let previous: HistoryEntry | null = null;
  let previousFlagged = false;
  raws.forEach((raw, position) => {
    const { entry, problem } = checkEntry(raw, position, opts);
    if (problem) problems.push(problem);
    if (!entry) {
      previousFlagged = true;
      return;
    }
    problems.push(...sequenceProblems(entry, previous, position, opts));
    // A link after an entry already flagged would only repeat that problem.
    if (!previousFlagged && !problem)
      problems.push(...linkProblems(entry, previous, caseTips, position, opts));
    if (entry.caseId !== undefined) caseTips.set(entry.caseId, entry.hash);
    previous = entry;
    previousFlagged = Boolean(problem);
  });
  problems.push(...headProblems(previous, opts.head ?? null));
  const tip = previous as HistoryEntry | null;
  return { entries: raws.length, head: tip ? { seq: tip.seq, hash: tip.hash } : null, problems };
}

function linkProblems(
  entry: HistoryEntry,
  previous: HistoryEntry | null,
  caseTips: ReadonlyMap<string, string>,
  position: number,
  opts: VerifyChainOptions,
): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  if (opts.mode === 'vault') {
    const expected = entry.seq === 1 ? GENESIS : previous?.seq === entry.seq - 1 ? previous.hash : null;
    if (expected !== null && entry.prev !== expected) {
      problems.push({
        code: 'broken-link',
        seq: entry.seq,
        message:
          entry.seq === 1
            ? `${describeEntry(entry)} is the first entry but links to an earlier one.`
            : `${describeEntry(entry)} does not follow entry #${previous!.seq}: its link names another predecessor (an entry was replaced or inserted).`,
      });
    }
  }
  if (entry.caseId === undefined) return problems;
  const tip = caseTips.get(entry.caseId) ?? (opts.mode === 'vault' || position === 0 ? GENESIS : undefined);
  if (tip !== undefined && entry.casePrev !== tip) {
    problems.push(
      opts.mode === 'case' && position === 0
        ? {
            code: 'truncated',
            seq: entry.seq,
            message: `The case's history starts at ${describeEntry(entry)}, which links to an earlier entry of the case: the start of the case's history is missing.`,
          }
        : {
            code: 'broken-link',
            seq: entry.seq,
            caseId: entry.caseId,
            message: `${describeEntry(entry)} does not follow the case's previous entry: an entry of this case before it is missing or was replaced.`,
          },
    );
  }
  return problems;
}

function sequenceProblems(
  entry: HistoryEntry,
  previous: HistoryEntry | null,
  position: number,
  opts: VerifyChainOptions,
): HistoryProblem[] {
  if (!previous) {
    if (opts.mode === 'vault' && position === 0 && entry.seq > 1) {
      return [
        {
          code: 'missing',
          seq: 1,
          message: `Entries #1–#${entry.seq - 1} are missing: the history starts at ${describeEntry(entry)}.`,
        },
      ];
    }
    return [];
  }
  if (entry.seq <= previous.seq) {
    return [
      {
        code: 'out-of-order',
        seq: entry.seq,
        message: `${describeEntry(entry)} comes after entry #${previous.seq}: entries were reordered.`,
      },
    ];
  }
  if (opts.mode === 'vault' && entry.seq > previous.seq + 1) {
    const from = previous.seq + 1;
    const to = entry.seq - 1;
    return [
      {
        code: 'missing',
        seq: from,
        message: `${from === to ? `Entry #${from} is` : `Entries #${from}–#${to} are`} missing: deleted from the history between entry #${previous.seq} and entry #${entry.seq}.`,
      },
    ];
  }
  return [];
}

function headProblems(last: HistoryEntry | null, head: Head | null): HistoryProblem[] {
  if (!head) return [];
  if (!last) {
    return [
      {
        code: 'truncated',
        seq: head.seq,
        message: `The history is empty, but its recorded head is entry #${head.seq}: every entry was removed.`,
      },
    ];
  }
  if (last.seq < head.seq) {
    return [
      {
        code: 'truncated',
        seq: last.seq + 1,
        message: `The history ends at ${describeEntry(last)}, but its recorded head is entry #${head.seq}: ${last.seq + 1 === head.seq ? `entry #${head.seq} was` : `entries #${last.seq + 1}–#${head.seq} were`} cut off the end.`,
      },
    ];
  }
  if (last.seq > head.seq) {
    return [
      {
        code: 'head-mismatch',
        seq: head.seq + 1,
        message: `The history goes on to ${describeEntry(last)} after its recorded head (#${head.seq}): entries were added outside TradeGuard.`,
      },
    ];
  }
  if (last.hash !== head.hash) {
    return [
      {
        code: 'head-mismatch',
        seq: last.seq,
        message: `${describeEntry(last)} is not the entry recorded as the head (${head.hash.slice(0, 12)}…): the end of the history was rewritten.`,
      },
    ];
  }
  return [];
}
