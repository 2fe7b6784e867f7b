import { EVENT_DATA, type HistoryEntry, type ItemFacts } from './entry';
import type { HistoryProblem } from './problems';
import { describeEntry } from './verify-chain';

/**
 * What the vault should hold according to its history: replaying the entries
 * in order gives every case and item still alive, with the note, tags and
 * kind last recorded for it and the entry that recorded them.
 */
export interface ExpectedItem extends ItemFacts {
  caseId: string;
  /** The entry that added it, and the one that last set its note, tags or kind. */
  addedSeq: number;
  lastSeq: number;
}

export interface ExpectedCase {
  caseId: string;
  title: string;
  createdSeq: number;
}

export interface ReplayedState {
  cases: Map<string, ExpectedCase>;
  items: Map<string, ExpectedItem>;
  problems: HistoryProblem[];
}

export function replay(entries: readonly HistoryEntry[]): ReplayedState {
  const state: ReplayedState = { cases: new Map(), items: new Map(), problems: [] };
  for (const entry of entries) {
    const parsed = EVENT_DATA[entry.type].safeParse(entry.data);
    if (!parsed.success) {
      state.problems.push({
        code: 'unreadable',
        seq: entry.seq,
        message: `${describeEntry(entry)} cannot be read: ${parsed.error.issues[0]?.path.join('.') || 'its data'} is malformed.`,
      });
      continue;
    }
    apply(state, entry, parsed.data as Record<string, unknown>);
  }
  return state;
}

function apply(state: ReplayedState, entry: HistoryEntry, data: Record<string, unknown>): void {
  const caseId = entry.caseId ?? '';
  switch (entry.type) {
    case 'case-created':
      state.cases.set(caseId, { caseId, title: String(data.title), createdSeq: entry.seq });
      return;
    case 'case-renamed': {
      const known = state.cases.get(caseId);
      if (known) known.title = String(data.title);
      return;
    }
    case 'case-deleted':
      state.cases.delete(caseId);
      for (const [id, item] of state.items) if (item.caseId === caseId) state.items.delete(id);
      return;
    case 'item-added': {
      const facts = data as unknown as ItemFacts;
      state.items.set(facts.itemId, { ...facts, caseId, addedSeq: entry.seq, lastSeq: entry.seq });
      return;
    }
    case 'item-annotated': {
      const item = state.items.get(String(data.itemId));
      if (!item) return;
      item.note = String(data.note);
      item.tags = data.tags as string[];
      item.kind = data.kind as ItemFacts['kind'];
      item.lastSeq = entry.seq;
      return;
    }
    case 'item-deleted':
      state.items.delete(String(data.itemId));
      return;
    case 'history-started':
    case 'pack-imported':
    case 'restored':
      return;
  }
}
