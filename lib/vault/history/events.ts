import type { CaseRow, ItemRow } from '../schema/rows';
import type { HistoryEvent, ItemFacts, Via } from './entry';

/** The history events the vault's writers record, built from the rows they write. */

export function caseCreated(row: CaseRow, via: Via): HistoryEvent {
  return {
    type: 'case-created',
    caseId: row.id,
    data: {
      kind: row.kind,
      marketplace: row.marketplace,
      title: row.title,
      orderId: row.orderId,
      supplierKey: row.supplierKey,
      via,
    },
  };
}

export function itemFacts(item: ItemRow, via: Via): ItemFacts {
  return {
    itemId: item.id,
    sha256: item.sha256,
    size: item.size,
    kind: item.kind,
    mimeType: item.mimeType,
    fileName: item.fileName,
    capturedAt: item.capturedAt,
    captureMethod: item.captureMethod,
    sourceUrl: item.sourceUrl,
    note: item.note,
    tags: item.tags,
    via,
    importId: item.importId,
  };
}

export function itemAdded(item: ItemRow, via: Via): HistoryEvent {
  return { type: 'item-added', caseId: item.caseId, data: itemFacts(item, via) };
}

export function itemAnnotated(item: ItemRow): HistoryEvent {
  return {
    type: 'item-annotated',
    caseId: item.caseId,
    data: { itemId: item.id, note: item.note, tags: item.tags, kind: item.kind },
  };
}

export function itemDeleted(
  item: Pick<ItemRow, 'id' | 'caseId'> & { sha256?: string },
  reason: string,
): HistoryEvent {
  return {
    type: 'item-deleted',
    caseId: item.caseId,
    data: { itemId: item.id, sha256: item.sha256, reason },
  };
}

export function caseDeleted(caseId: string, reason: string, items: number): HistoryEvent {
  return { type: 'case-deleted', caseId, data: { reason, items } };
}

export function caseRenamed(caseId: string, title: string): HistoryEvent {
  return { type: 'case-renamed', caseId, data: { title } };
}
