/**
 * What a history check found, each located: the entry number (seq), the item
 * or file, and a sentence a reviewer can act on. No problem at all means
 * "history intact".
 */
export type HistoryProblemCode =
  /** An entry that is not a history entry at all (a field missing or malformed). */
  | 'unreadable'
  /** An entry whose content no longer matches its own hash. */
  | 'altered'
  /** An intact entry found at another position than its own. */
  | 'moved'
  /** Entries missing from the middle or the start of the history. */
  | 'missing'
  | 'out-of-order'
  /** An entry whose link does not match the hash of the entry before it. */
  | 'broken-link'
  /** The history ends before the head recorded for it. */
  | 'truncated'
  | 'head-mismatch'
  /** The vault's rows (or a pack's files) differ from what the history says. */
  | 'row-missing'
  | 'row-unrecorded'
  | 'row-changed'
  | 'bytes-changed'
  | 'bytes-missing';

export interface HistoryProblem {
  code: HistoryProblemCode;
  message: string;
  /** The entry the problem is at, when there is one. */
  seq?: number;
  itemId?: string;
  caseId?: string;
  /** A pack path, for problems found in a dispute pack. */
  path?: string;
}

export interface ChainSummary {
  entries: number;
  head: { seq: number; hash: string } | null;
  problems: HistoryProblem[];
}
