/**
 * Errors the vault shows to the buyer. Each message says what happened to
 * their data, because "did I just lose my evidence?" is the first question.
 */

export type VaultWriteReason = 'quota' | 'invalid-input' | 'missing-case' | 'write-failed';

export const QUOTA_MESSAGE =
  'Your disk or browser storage is full: nothing was saved, everything saved before is intact. ' +
  'Free space or export and delete old cases.';

export class VaultWriteError extends Error {
  override readonly name = 'VaultWriteError';
  constructor(
    readonly reason: VaultWriteReason,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
  }
}

export type VaultImportReason =
  | 'not-a-zip'
  | 'foreign'
  | 'invalid-manifest'
  | 'newer-version'
  | 'missing-file'
  | 'size-mismatch'
  | 'hash-mismatch'
  /** A backup whose history does not hold together (checked before anything is written). */
  | 'history-broken'
  | 'write-failed'
  /** A pack or backup over one of IMPORT_LIMITS (lib/vault/limits.ts). */
  | 'too-large'
  /** More than the free space the browser reports. */
  | 'no-space'
  /** The pack is for a case the vault already has: the buyer decides (merge or keep apart). */
  | 'needs-confirmation';

export class VaultImportError extends Error {
  override readonly name = 'VaultImportError';
  constructor(
    readonly reason: VaultImportReason,
    message: string,
    /** The pack path of the file at fault, when one is. */
    readonly path?: string,
    readonly cause?: unknown,
    /** For 'needs-confirmation': the buyer's case the pack would join. */
    readonly existingCaseId?: string,
  ) {
    super(message);
  }
}

/** True when the error (or anything it wraps: Dexie's `inner`, `cause`, bulk `failures`) is a storage-quota error. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  // Chrome/Dexie: QuotaExceededError; old Firefox: NS_ERROR_DOM_QUOTA_REACHED; legacy DOMException code 22.
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22)
    return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}

/** Maps any failed write to a VaultWriteError; earlier rows are untouched because each write is one transaction. */
export function toVaultWriteError(error: unknown): VaultWriteError {
  if (error instanceof VaultWriteError) return error;
  if (isQuotaError(error)) return new VaultWriteError('quota', QUOTA_MESSAGE, error);
  const detail = error instanceof Error ? error.message : String(error);
  return new VaultWriteError(
    'write-failed',
    `The vault could not save this: nothing was saved, everything saved before is intact. (${detail})`,
    error,
  );
}
