import type { CaptureResult } from '../../../lib/messaging/protocol';
import { VaultWriteError } from '../../../lib/vault/errors';
import { NotAMarketplacePage } from './case-for-page';

/** What the buyer reads after a capture: what was saved where, or what went wrong and what to do. */
export const NO_GRANT_MESSAGE =
  'TradeGuard may only take a screenshot right after you ask it to. Click the TradeGuard button or use the menu, then try again.';

export class CaptureRefused extends Error {}

/** Chrome's words when neither activeTab (a user gesture) nor <all_urls> covers the tab. */
export function isGrantError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /activeTab|all_urls|permission|not been invoked|Cannot access contents/i.test(text);
}

export function failure(error: unknown): CaptureResult {
  if (
    error instanceof VaultWriteError ||
    error instanceof NotAMarketplacePage ||
    error instanceof CaptureRefused
  )
    return { ok: false, message: error.message, itemIds: [] };
  if (isGrantError(error)) return { ok: false, message: NO_GRANT_MESSAGE, itemIds: [] };
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, message: `The capture failed: nothing was saved. (${detail})`, itemIds: [] };
}

export function saved(what: string, caseTitle: string, itemIds: string[], caseId: string): CaptureResult {
  return { ok: true, message: `${what} saved to the vault, in “${caseTitle}”.`, itemIds, caseId };
}
