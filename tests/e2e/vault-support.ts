import type { Page } from '@playwright/test';

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
