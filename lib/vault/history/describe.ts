import type { MessageKey } from '../../i18n/keys';
import { type Msg, msg } from '../../i18n/msg';
import { english } from '../../i18n/translate';
import { EVENT_DATA, type HistoryEntry } from './entry';
import type { HistoryProblemCode } from './problems';

/**
 * One line per history entry, for report.html and the side panel: what happened, in words. The line is a
 * catalog message (`vaultHistoryText.*`): its English is what report.html and the command line have always
 * written, and the side panel renders it in the buyer's language. Counts, hashes, titles and reasons are
 * parameters, written as they are.
 */
const VIA: Record<string, Msg> = {
  import: msg('vaultHistoryText.via.import'),
  restore: msg('vaultHistoryText.via.restore'),
  baseline: msg('vaultHistoryText.via.baseline'),
};

const short = (sha: unknown) => String(sha).slice(0, 16);

export function eventSummaryMsg(entry: HistoryEntry): Msg {
  const parsed = EVENT_DATA[entry.type].safeParse(entry.data);
  if (!parsed.success) return msg('vaultHistoryText.unreadable', { type: entry.type });
  const d = parsed.data as Record<string, unknown>;
  const viaKey = String(d.via ?? 'capture');
  const via = Object.hasOwn(VIA, viaKey) ? (VIA[viaKey] ?? '') : '';
  const n = (v: unknown) => String(v);
  switch (entry.type) {
    case 'history-started':
      return msg('vaultHistoryText.historyStarted', { cases: n(d.cases), items: n(d.items) });
    case 'case-created':
      return msg('vaultHistoryText.caseCreated', { title: n(d.title), via });
    case 'case-renamed':
      return msg('vaultHistoryText.caseRenamed', { title: n(d.title) });
    case 'case-deleted':
      return msg('vaultHistoryText.caseDeleted', { items: n(d.items), reason: n(d.reason) });
    case 'item-added':
      return msg('vaultHistoryText.itemAdded', {
        fileName: n(d.fileName),
        kind: n(d.kind),
        sha: short(d.sha256),
        via,
      });
    case 'item-annotated':
      return msg('vaultHistoryText.itemAnnotated', {
        note: n(d.note),
        tags: (d.tags as string[]).join(', '),
        kind: n(d.kind),
      });
    case 'item-deleted':
      return d.sha256
        ? msg('vaultHistoryText.itemDeletedSha', { sha: short(d.sha256), reason: n(d.reason) })
        : msg('vaultHistoryText.itemDeleted', { reason: n(d.reason) });
    case 'pack-imported':
      return msg('vaultHistoryText.packImported', { files: n(d.files), duplicates: n(d.duplicates) });
    case 'pack-exported':
      return msg('vaultHistoryText.packExported', {
        files: String(Object.keys(d.records as object).length),
        report: short(d.report),
        dispute: d.dispute ? msg('vaultHistoryText.packDispute', { sha: short(d.dispute) }) : '',
        manifest: short(d.manifest),
      });
    case 'restored':
      return msg(d.adopted ? 'vaultHistoryText.restoredAdopted' : 'vaultHistoryText.restored', {
        cases: n(d.addedCases),
        items: n(d.addedItems),
      });
  }
}

export function eventSummary(entry: HistoryEntry): string {
  return english.render(eventSummaryMsg(entry));
}

/** What a problem of this kind means, for the buyer's language (the located English message says where). */
export function problemMeaningMsg(code: HistoryProblemCode): Msg {
  const camel = code.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return { key: `vaultHistoryText.problem.${camel}` as MessageKey };
}
