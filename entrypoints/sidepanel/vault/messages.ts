import type { VaultMessage } from '../../../components/vault/VaultPanel';
import type { MessageKey } from '../../../lib/i18n/keys';
import type { ExportResult, ImportResult } from '../../../lib/vault';
import type { ExportVaultResult } from '../../../lib/vault/backup-export';
import type { RestoreResult } from '../../../lib/vault/backup-restore';
import {
  VaultImportError,
  type VaultImportReason,
  VaultWriteError,
  type VaultWriteReason,
} from '../../../lib/vault/errors';
import { vaultT } from './language';

const WRITE_KEY: Record<VaultWriteReason, MessageKey> = {
  quota: 'vault.error.quota',
  'invalid-input': 'vault.error.invalidInput',
  'missing-case': 'vault.error.missingCase',
  'write-failed': 'vault.error.writeFailed',
};

const IMPORT_KEY: Record<VaultImportReason, MessageKey> = {
  'not-a-zip': 'vault.error.notAZip',
  foreign: 'vault.error.foreign',
  'invalid-manifest': 'vault.error.invalidManifest',
  'newer-version': 'vault.error.newerVersion',
  'missing-file': 'vault.error.missingFile',
  'size-mismatch': 'vault.error.altered',
  'hash-mismatch': 'vault.error.altered',
  'history-broken': 'vault.error.historyBroken',
  'write-failed': 'vault.error.importWriteFailed',
  'too-large': 'vault.error.tooLarge',
  'no-space': 'vault.error.noSpace',
  'needs-confirmation': 'vault.error.needsConfirmation',
};

/**
 * Sentences for the panel's status line. In English the vault's own words are
 * shown (they carry every figure); another language gets the same news by
 * the error's reason, naming the file at fault.
 */
export function errorMessage(error: unknown): VaultMessage {
  const t = vaultT();
  const text = error instanceof Error ? error.message : String(error);
  if (t.language === 'en') return { kind: 'error', text };
  if (error instanceof VaultWriteError)
    return { kind: 'error', text: t.render({ key: WRITE_KEY[error.reason] }) };
  if (error instanceof VaultImportError)
    return {
      kind: 'error',
      text: t.render({ key: IMPORT_KEY[error.reason], params: { file: error.path ?? 'ZIP' } }),
    };
  return { kind: 'error', text: t.t('vault.error.other', { detail: text }) };
}

export function exportMessage(r: ExportResult, how: 'picker' | 'download', withDraft = false): VaultMessage {
  const t = vaultT();
  const head = t.plural(
    how === 'picker'
      ? withDraft
        ? 'vault.done.exportPickerDraft'
        : 'vault.done.exportPicker'
      : withDraft
        ? 'vault.done.exportDownloadDraft'
        : 'vault.done.exportDownload',
    r.files.length,
  );
  const warnings = [
    r.mismatches.length > 0 &&
      t.plural('vault.done.exportMismatches', r.mismatches.length, {
        paths: r.mismatches.map((m) => m.path).join(', '),
      }),
    r.missingBytes.length > 0 && t.plural('vault.done.exportMissingBytes', r.missingBytes.length),
    r.problems.length > 0 && t.plural('vault.done.exportUnreadable', r.problems.length),
    r.historyProblems.length > 0 &&
      t.t('vault.done.exportHistoryBroken', { problem: r.historyProblems[0]!.message }),
  ].filter((w): w is string => typeof w === 'string');
  return warnings.length
    ? { kind: 'error', text: t.t('vault.done.withWarning', { head, warnings: warnings.join(' ') }) }
    : { kind: 'success', text: head };
}

export function importMessage(r: ImportResult, caseLabel: string): VaultMessage {
  const t = vaultT();
  const parts = [
    t.plural(r.caseCreated ? 'vault.done.importedNewCase' : 'vault.done.imported', r.imported, {
      case: caseLabel,
    }),
  ];
  if (r.duplicates.length) parts.push(t.plural('vault.done.importDuplicates', r.duplicates.length));
  if (r.ignored.length) parts.push(t.plural('vault.done.importIgnored', r.ignored.length));
  return { kind: 'success', text: parts.join(' ') };
}

export function backupMessage(r: ExportVaultResult, how: 'picker' | 'download'): VaultMessage {
  const t = vaultT();
  const counts = {
    cases: t.plural('vault.count.cases', r.counts.cases),
    items: t.plural('vault.count.items', r.counts.items),
  };
  const head = t.t(how === 'picker' ? 'vault.done.backupPicker' : 'vault.done.backupDownload', counts);
  const issues = r.mismatches.length + r.missingBytes.length;
  return issues
    ? {
        kind: 'error',
        text: t.t('vault.done.withWarning', { head, warnings: t.plural('vault.done.backupIssues', issues) }),
      }
    : { kind: 'success', text: head };
}

export function restoreMessage(r: RestoreResult): VaultMessage {
  const t = vaultT();
  return {
    kind: 'success',
    text: t.t('vault.done.restored', {
      cases: t.plural('vault.count.cases', r.added.cases),
      items: t.plural('vault.count.items', r.added.items),
      duplicates: t.plural('vault.count.items', r.duplicates),
    }),
  };
}
