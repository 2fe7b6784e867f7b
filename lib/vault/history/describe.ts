import { EVENT_DATA, type HistoryEntry } from './entry';

/** One line per history entry, for report.html and the side panel: what happened, in words. */
const VIA: Record<string, string> = {
  capture: '',
  import: ' (imported from a dispute pack)',
  restore: ' (restored from a backup)',
  baseline: ' (already in the vault when history began)',
};

export function eventSummary(entry: HistoryEntry): string {
  const parsed = EVENT_DATA[entry.type].safeParse(entry.data);
  if (!parsed.success) return `${entry.type} (unreadable details)`;
  const d = parsed.data as Record<string, unknown>;
  const viaKey = String(d.via ?? 'capture');
  const via = Object.hasOwn(VIA, viaKey) ? (VIA[viaKey] ?? '') : '';
  switch (entry.type) {
    case 'history-started':
      return `History started on upgrade: ${d.cases} case(s) and ${d.items} item(s) already in the vault`;
    case 'case-created':
      return `Case created: “${d.title}”${via}`;
    case 'case-renamed':
      return `Case renamed: “${d.title}”`;
    case 'case-deleted':
      return `Case deleted with ${d.items} item(s): ${d.reason}`;
    case 'item-added':
      return `Added “${d.fileName}” (${d.kind}), SHA-256 ${String(d.sha256).slice(0, 16)}…${via}`;
    case 'item-annotated':
      return `Note, tags or kind changed: note “${d.note}”, tags [${(d.tags as string[]).join(', ')}], kind ${d.kind}`;
    case 'item-deleted':
      return `Item deleted${d.sha256 ? ` (SHA-256 ${String(d.sha256).slice(0, 16)}…)` : ''}: ${d.reason}`;
    case 'pack-imported':
      return `Dispute pack imported: ${d.files} file(s) added, ${d.duplicates} already here`;
    case 'pack-exported':
      return `Dispute pack made: ${Object.keys(d.records as object).length} file(s); report.html SHA-256 ${String(d.report).slice(0, 16)}…${d.dispute ? `, dispute.md ${String(d.dispute).slice(0, 16)}…` : ''}, manifest ${String(d.manifest).slice(0, 16)}…`;
    case 'restored':
      return `Backup restored: ${d.addedCases} case(s), ${d.addedItems} item(s) added${d.adopted ? '; the backup’s history continued here' : ''}`;
  }
}
