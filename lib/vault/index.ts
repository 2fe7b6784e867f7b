/** The evidence vault's public surface: what the background and extension pages wire up. */
export { type AddFilesResult, addFiles } from './add-files';
export { type Annotation, annotateItem } from './annotate';
export {
  createCase,
  findOrCreateOrderCase,
  findOrCreateSupplierCase,
  getCase,
  listCases,
  renameCase,
} from './cases';
export { openVault, VAULT_DB_NAME, VaultDb } from './db';
export { caseDeletionToken, deleteCase, deleteItem, itemDeletionToken, listDeletions } from './delete';
export { DISPUTE_KINDS, type DisputeKit, disputeKit, KIND_GUIDANCE } from './dispute-kit';
export { QUOTA_MESSAGE, VaultImportError, VaultWriteError } from './errors';
export { escapeHtml } from './escape-html';
export { type ExportResult, exportCase, exportVault } from './export';
export { cleanupStaged, type ImportResult, importPack, restoreVault } from './import';
export * from './records';
export type { ReportContext } from './report-context';
export * from './schema/rows';
export { type EvidenceQuery, searchItems } from './search';
export { describeStorage, type StorageStatus } from './storage-status';
export {
  addEvidence,
  type EvidenceInput,
  getItem,
  getItemBytes,
  listItems,
  sha256OfBlob,
  verifyItem,
} from './store';
