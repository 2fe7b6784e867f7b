import type { VaultMessage } from '../../../components/vault/VaultPanel';
import type { ExportResult, ImportResult } from '../../../lib/vault';
import type { ExportVaultResult } from '../../../lib/vault/backup-export';
import type { RestoreResult } from '../../../lib/vault/backup-restore';

/** Sentences for the panel's status line. Vault errors are shown with their own words: they were written for the buyer. */
export function errorMessage(error: unknown): VaultMessage {
  const text = error instanceof Error ? error.message : String(error);
  return { kind: 'error', text };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function exportMessage(r: ExportResult, how: 'picker' | 'download', withDraft = false): VaultMessage {
  const where = how === 'picker' ? 'to the file you chose' : 'as a download';
  const head = `Dispute pack saved ${where}: ${plural(r.files.length, 'file')}, each with its SHA-256, plus report.html, the case's history${withDraft ? ', your dispute draft (dispute.md)' : ''} and SHA256SUMS.`;
  const warnings = [
    r.mismatches.length > 0 &&
      `${plural(r.mismatches.length, 'file')} no longer match the fingerprint taken at capture (marked in the report): ${r.mismatches.map((m) => m.path).join(', ')}.`,
    r.missingBytes.length > 0 &&
      `${plural(r.missingBytes.length, 'item')} had no stored bytes and were left out.`,
    r.problems.length > 0 && `${plural(r.problems.length, 'record')} could not be read and were left out.`,
    r.historyProblems.length > 0 &&
      `The case's history is broken (${r.historyProblems[0]!.message}); the report says so.`,
  ].filter(Boolean);
  return warnings.length
    ? { kind: 'error', text: `${head} Warning: ${warnings.join(' ')}` }
    : { kind: 'success', text: head };
}

export function importMessage(r: ImportResult, caseLabel: string): VaultMessage {
  const parts = [
    `Imported ${plural(r.imported, 'file')} into ${r.caseCreated ? 'a new case' : 'the case'} “${caseLabel}”; every hash was checked, and each file is marked as imported.`,
  ];
  if (r.duplicates.length)
    parts.push(`${plural(r.duplicates.length, 'file was', 'files were')} already in the case and kept once.`);
  if (r.ignored.length)
    parts.push(
      `${plural(r.ignored.length, 'file')} not listed in the pack's manifest ${r.ignored.length === 1 ? 'was' : 'were'} ignored.`,
    );
  return { kind: 'success', text: parts.join(' ') };
}

export function backupMessage(r: ExportVaultResult, how: 'picker' | 'download'): VaultMessage {
  const head = `Backup saved ${how === 'picker' ? 'to the file you chose' : 'as a download'}: ${plural(r.counts.cases, 'case')}, ${plural(r.counts.items, 'item')}.`;
  const issues = r.mismatches.length + r.missingBytes.length;
  return issues
    ? {
        kind: 'error',
        text: `${head} Warning: ${plural(issues, 'item')} could not be backed up as captured (altered or missing bytes).`,
      }
    : { kind: 'success', text: head };
}

export function restoreMessage(r: RestoreResult): VaultMessage {
  const added = r.added;
  return {
    kind: 'success',
    text: `Backup restored: ${plural(added.cases, 'case')} and ${plural(added.items, 'item')} added; ${plural(r.duplicates, 'item')} already in the vault were kept as they were.`,
  };
}
