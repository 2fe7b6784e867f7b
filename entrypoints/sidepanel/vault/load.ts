import {
  type CaseRow,
  type DeletionRow,
  type DisputeKit,
  disputeKit,
  type ItemRow,
  listCases,
  listDeletions,
  listItems,
  searchItems,
  type VaultDb,
} from '../../../lib/vault';

export interface VaultView {
  cases: CaseRow[];
  itemCounts: Record<string, number>;
  selectedCaseId: string | null;
  items: ItemRow[];
  kit: DisputeKit | null;
  deletions: DeletionRow[];
}

/** Everything the panel shows, read fresh: the cases, and for the selected one its (searched) items, kit and deletion log. */
export async function loadView(
  db: VaultDb,
  selection: { selectedCaseId: string | null; query: string; tag: string | null },
): Promise<VaultView> {
  const { cases } = await listCases(db);
  const itemCounts: Record<string, number> = {};
  for (const c of cases) itemCounts[c.id] = (await listItems(db, c.id)).items.length;
  const { selectedCaseId, query, tag } = selection;
  const selected = cases.some((c) => c.id === selectedCaseId) ? selectedCaseId : null;
  if (!selected) return { cases, itemCounts, selectedCaseId: null, items: [], kit: null, deletions: [] };
  const items =
    query || tag
      ? (await searchItems(db, { caseId: selected, text: query, tag: tag ?? undefined })).items
      : (await listItems(db, selected)).items;
  return {
    cases,
    itemCounts,
    selectedCaseId: selected,
    items,
    kit: await disputeKit(db, selected),
    deletions: await listDeletions(db, selected),
  };
}
