import { wellFormed } from './canonical-json';
import type { ItemFacts } from './entry';
import type { HistoryProblem } from './problems';
import type { ExpectedItem, ReplayedState } from './replay';

/**
 * Compares what the history says the vault holds with what it holds: a row
 * changed, removed or added behind the vault's back shows up here, named.
 * Rows are taken raw (as stored), so a row that no longer passes its schema
 * is still compared field by field.
 */
type Raw = Record<string, unknown>;

/** Where the rows come from, for the messages: the vault's database, or a dispute pack's manifest. */
export interface Place {
  name: 'the vault' | 'this pack';
  /** Only this case's rows and entries are compared. */
  caseId?: string;
  /** A pack path for an item id, so a problem names the file. */
  pathOf?: (itemId: string) => string | undefined;
}

const VAULT: Place = { name: 'the vault' };

const COMPARED: readonly { field: keyof ItemFacts; words: string }[] = [
  { field: 'sha256', words: 'its recorded SHA-256' },
  { field: 'size', words: 'its size' },
  { field: 'note', words: 'its note' },
  { field: 'tags', words: 'its tags' },
  { field: 'kind', words: 'its kind' },
  { field: 'fileName', words: 'its file name' },
  { field: 'capturedAt', words: 'its capture time' },
  { field: 'sourceUrl', words: 'its source address' },
  { field: 'mimeType', words: 'its type' },
  { field: 'captureMethod', words: 'how it was captured' },
];

const show = (value: unknown) => (typeof value === 'string' ? `“${value}”` : JSON.stringify(value));
const same = (a: unknown, b: unknown) =>
  JSON.stringify(typeof a === 'string' ? wellFormed(a) : a) ===
  JSON.stringify(typeof b === 'string' ? wellFormed(b) : b);

export function itemName(item: { fileName?: unknown; itemId?: unknown; id?: unknown }): string {
  const name = typeof item.fileName === 'string' && item.fileName ? item.fileName : 'unnamed file';
  return `“${name}” (item ${String(item.itemId ?? item.id)})`;
}

function located(place: Place, itemId: string): { path?: string; at: string } {
  const path = place.pathOf?.(itemId);
  return path ? { path, at: `${path}: ` } : { at: '' };
}

function changedFields(expected: ExpectedItem, row: Raw, place: Place): HistoryProblem[] {
  const { path, at } = located(place, expected.itemId);
  return COMPARED.filter(({ field }) => !same(expected[field], row[field])).map(({ field, words }) => {
    const seq = ['note', 'tags', 'kind'].includes(field) ? expected.lastSeq : expected.addedSeq;
    return {
      code: 'row-changed' as const,
      seq,
      itemId: expected.itemId,
      caseId: expected.caseId,
      ...(path && { path }),
      message: `${at}${itemName(expected)}: ${words} was changed outside TradeGuard. The history (entry #${seq}) records ${show(expected[field])}; ${place.name} now holds ${show(row[field])}.`,
    };
  });
}

export function compareItems(
  state: ReplayedState,
  items: readonly Raw[],
  place: Place = VAULT,
): HistoryProblem[] {
  const { caseId } = place;
  const problems: HistoryProblem[] = [];
  const rows = new Map(items.map((r) => [String(r.id), r]));
  for (const expected of state.items.values()) {
    if (caseId !== undefined && expected.caseId !== caseId) continue;
    const row = rows.get(expected.itemId);
    if (!row) {
      problems.push({
        code: 'row-missing',
        seq: expected.addedSeq,
        itemId: expected.itemId,
        caseId: expected.caseId,
        message: `${itemName(expected)} (${expected.kind}, SHA-256 ${expected.sha256.slice(0, 12)}…, added in entry #${expected.addedSeq}) is missing from ${place.name}, but no deletion was recorded: it was removed outside TradeGuard.`,
      });
      continue;
    }
    problems.push(...changedFields(expected, row, place));
    if (caseId === undefined && String(row.caseId) !== expected.caseId) {
      problems.push({
        code: 'row-changed',
        seq: expected.addedSeq,
        itemId: expected.itemId,
        caseId: expected.caseId,
        message: `${itemName(expected)} was moved to another case outside TradeGuard.`,
      });
    }
  }
  for (const [id, row] of rows) {
    if (caseId !== undefined && row.caseId !== undefined && String(row.caseId) !== caseId) continue;
    if (state.items.has(id)) continue;
    const { path, at } = located(place, id);
    problems.push({
      code: 'row-unrecorded',
      itemId: id,
      caseId: String(row.caseId ?? caseId),
      ...(path && { path }),
      message: `${at}${itemName(row)} is in ${place.name} but not in its history: it was added outside TradeGuard, or the entries that recorded it were removed.`,
    });
  }
  return problems;
}

export function compareCases(state: ReplayedState, cases: readonly Raw[], caseId?: string): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  const rows = new Map(cases.map((r) => [String(r.id), r]));
  for (const expected of state.cases.values()) {
    if (caseId !== undefined && expected.caseId !== caseId) continue;
    const row = rows.get(expected.caseId);
    if (!row) {
      problems.push({
        code: 'row-missing',
        seq: expected.createdSeq,
        caseId: expected.caseId,
        message: `The case “${expected.title}” (created in entry #${expected.createdSeq}) is gone from the vault, but no deletion was recorded.`,
      });
    } else if (!same(expected.title, row.title)) {
      problems.push({
        code: 'row-changed',
        caseId: expected.caseId,
        message: `The case “${expected.title}” was renamed outside TradeGuard: it is now called ${show(row.title)}.`,
      });
    }
  }
  for (const [id, row] of rows) {
    if ((caseId !== undefined && id !== caseId) || state.cases.has(id)) continue;
    problems.push({
      code: 'row-unrecorded',
      caseId: id,
      message: `The case ${show(row.title)} is in the vault but not in its history: it was added outside TradeGuard, or the entries that recorded it were removed.`,
    });
  }
  return problems;
}
