import { type BrowserContext, expect, type Page } from '@playwright/test';

/** The vault case made for an order, read from the extension's own IndexedDB in one of its pages ('' when none). */
export async function orderCaseId(panel: Page, orderId: string): Promise<string> {
  return panel.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('tradeguard-vault');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    try {
      const rows = await new Promise<{ id: string; orderId?: string }[]>((ok, fail) => {
        const r = db.transaction('cases').objectStore('cases').getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      return rows.find((c) => c.orderId === id)?.id ?? '';
    } finally {
      db.close();
    }
  }, orderId);
}

/**
 * A new side-panel page on the vault tab, its clock fixed at `at`, opened on the case made for an order
 * (the case must exist: a page of that order was read first).
 */
export async function openOrderCase(
  ext: { context: BrowserContext; extensionId: string },
  orderId: string,
  at: string,
): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.clock.setFixedTime(new Date(at));
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=vault`);
  await expect(panel.getByTestId('vault-panel')).toBeVisible();
  const caseId = await orderCaseId(panel, orderId);
  expect(caseId).not.toBe('');
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=vault&case=${caseId}`);
  return panel;
}
