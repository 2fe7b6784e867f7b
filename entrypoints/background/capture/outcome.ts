import { type Msg, msg } from '../../../lib/i18n/msg';
import { english } from '../../../lib/i18n/translate';
import type { CaptureResult } from '../../../lib/messaging/protocol';
import { VaultWriteError, type VaultWriteReason } from '../../../lib/vault/errors';
import { NotAMarketplacePage } from './case-for-page';

/**
 * What the buyer reads after a capture: what was saved where, or what went wrong and what to do. Each
 * outcome carries its message id (`text`), so the popup, the chat mark and the notification say it in the
 * buyer's language; `message` keeps the English for logs and for callers that read only text.
 */
export const NO_GRANT = msg('capture.result.noGrant');

/** A capture refused for a reason the buyer can act on; the reason is a message id. */
export class CaptureRefused extends Error {
  readonly text: Msg | undefined;
  /** A message id; a plain string is a reason a content script gave in English. */
  constructor(reason: Msg | string) {
    super(typeof reason === 'string' ? reason : english.render(reason));
    this.text = typeof reason === 'string' ? undefined : reason;
  }
}

/** Chrome's words when neither activeTab (a user gesture) nor <all_urls> covers the tab. */
export function isGrantError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /activeTab|all_urls|permission|not been invoked|Cannot access contents/i.test(text);
}

const VAULT_ERROR_KEY = {
  quota: 'vault.error.quota',
  'invalid-input': 'vault.error.invalidInput',
  'missing-case': 'vault.error.missingCase',
  'write-failed': 'vault.error.writeFailed',
} as const satisfies Record<VaultWriteReason, string>;

function refused(text: Msg | undefined, message = text ? english.render(text) : ''): CaptureResult {
  return text ? { ok: false, message, text, itemIds: [] } : { ok: false, message, itemIds: [] };
}

export function failure(error: unknown): CaptureResult {
  if (error instanceof VaultWriteError) return refused(msg(VAULT_ERROR_KEY[error.reason]), error.message);
  if (error instanceof CaptureRefused) return refused(error.text, error.message);
  if (error instanceof NotAMarketplacePage) return refused(msg('capture.result.notMarketplace'));
  if (isGrantError(error)) return refused(NO_GRANT);
  const detail = error instanceof Error ? error.message : String(error);
  return refused(msg('capture.result.failed', { detail }));
}

export function saved(what: Msg, caseTitle: string, itemIds: string[], caseId: string): CaptureResult {
  const text = msg('capture.result.saved', { what, case: caseTitle });
  return { ok: true, message: english.render(text), text, itemIds, caseId };
}
