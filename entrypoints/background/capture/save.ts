import type { PageInfo } from '../../../lib/messaging/tab-protocol';
import type { CaseRow, ItemRow } from '../../../lib/vault/schema/rows';
import { addEvidence, type EvidenceInput } from '../../../lib/vault/store';
import { getVault } from '../vault';
import { caseForPage } from './case-for-page';

/** Files named by what and when, so an exported pack reads in order: "screenshot-2026-11-20T09-30-00Z.png". */
export function stampedName(what: string, now: Date, extension: string): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return `${what}-${stamp}.${extension}`;
}

/** How the buyer recognises the case in messages (same wording as the vault's case list). */
export function caseHeading(c: CaseRow): string {
  if (c.kind === 'order' && c.orderId) return `Order #${c.orderId}`;
  return c.title.trim() || c.supplierKey || 'Untitled case';
}

/** Finds the page's case and stores each piece of evidence in it (each in its own transaction). */
export async function saveIntoPageCase(
  page: { url: string; title: string; info: PageInfo | null },
  now: Date,
  inputs: Omit<EvidenceInput, 'caseId' | 'now' | 'sourceUrl' | 'sourceTitle'>[],
): Promise<{ theCase: CaseRow; items: ItemRow[] }> {
  const db = await getVault();
  const theCase = await caseForPage(db, page.url, page.info, now);
  const items: ItemRow[] = [];
  for (const input of inputs) {
    items.push(
      await addEvidence(db, {
        ...input,
        caseId: theCase.id,
        now,
        sourceUrl: page.url,
        sourceTitle: page.title.slice(0, 2000),
      }),
    );
  }
  return { theCase, items };
}
