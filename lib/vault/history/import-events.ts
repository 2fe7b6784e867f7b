import type { CaseRow, ItemRow } from '../schema/rows';
import type { Head, HistoryEvent } from './entry';
import { caseCreated, itemAdded } from './events';

/** What an import or a restore adds to the history: the rows it wrote, then one summary entry. */

export interface PackImportRecord {
  caseRow: CaseRow;
  caseCreated: boolean;
  importId: string;
  items: readonly ItemRow[];
  duplicates: number;
  packCaseHead: Head | null;
  packGeneratedAt: string;
}

export function packImportEvents(r: PackImportRecord): HistoryEvent[] {
  return [
    ...(r.caseCreated ? [caseCreated(r.caseRow, 'import')] : []),
    ...r.items.map((item) => itemAdded({ ...item, state: 'complete' }, 'import')),
    {
      type: 'pack-imported',
      caseId: r.caseRow.id,
      data: {
        importId: r.importId,
        files: r.items.length,
        duplicates: r.duplicates,
        caseCreated: r.caseCreated,
        packCaseHead: r.packCaseHead,
        packGeneratedAt: r.packGeneratedAt,
      },
    },
  ];
}

export interface RestoreRecord {
  importId: string;
  backupHead: Head | null;
  backupEntries: number;
  adopted: boolean;
  cases: readonly CaseRow[];
  items: readonly ItemRow[];
  duplicates: number;
}

/** After an adopted history only the summary is new; otherwise every added case and item is recorded. */
export function restoreEvents(r: RestoreRecord): HistoryEvent[] {
  const rows: HistoryEvent[] = r.adopted
    ? []
    : [
        ...r.cases.map((c) => caseCreated(c, 'restore')),
        ...r.items.map((item) => itemAdded({ ...item, state: 'complete' }, 'restore')),
      ];
  return [
    ...rows,
    {
      type: 'restored',
      data: {
        importId: r.importId,
        backupHead: r.backupHead,
        backupEntries: r.backupEntries,
        adopted: r.adopted,
        addedCases: r.cases.length,
        addedItems: r.items.length,
        duplicates: r.duplicates,
      },
    },
  ];
}
