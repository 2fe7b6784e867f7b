import type { Page } from '@playwright/test';
import { contentWorld } from '../../scripts/browser/content-world';
import { card, expect, test } from '../e2e/harness';

/**
 * Issue 12, finding 2, in a real Chromium: code running in TradeGuard's
 * content-script world on a supplier's minisite (what a page exploit or a
 * hostile frame would reach) tries every message the background answers.
 * Only TradeGuard's own pages may read or change the buyer's data; a page's
 * kind and address are the browser's, not the message's.
 */
const ORDER = '218834501001020304';
const isFile = (name: string) => (p: { file: string }) => p.file.endsWith(name);

async function vaultRows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('tradeguard-vault');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    try {
      if (!db.objectStoreNames.contains(name)) return [];
      return await new Promise<Record<string, unknown>[]>((ok, fail) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
    } finally {
      db.close();
    }
  }, store);
}

test.describe('the background trusts no page', () => {
  test('ui/… messages from a content script are refused: no data out, nothing changed', async ({ ext }) => {
    const order = await ext.open(isFile('ta-detail-218834501001020304-json.html'));
    await expect(card(order)).toHaveAttribute('data-state', 'ready');
    const orderTab = await ext.tabIdOf(order);
    const minisite = await ext.open(isFile('sunrise-shopsign-module-data.html'));
    await expect(card(minisite)).toHaveAttribute('data-state', 'ready');
    const world = await contentWorld(minisite, ext.extensionId);
    const panel = await ext.openExtensionPage('sidepanel.html?tab=deadlines');
    // The browser may carry rows from earlier test files: what counts is that nothing changes.
    const timelineBefore = await vaultRows(panel, 'timeline');
    const itemsBefore = await vaultRows(panel, 'items');
    const ticksBefore = await vaultRows(panel, 'ticks');
    expect(timelineBefore.length).toBeGreaterThan(0);

    const attempts = [
      { type: 'ui/orders-overview' },
      { type: 'ui/export-calendar' },
      { type: 'ui/checklist', tabId: orderTab },
      { type: 'ui/tab-status', tabId: orderTab },
      { type: 'ui/capture', tabId: orderTab, what: 'page-snapshot' },
      {
        type: 'ui/timeline-save',
        orderId: ORDER,
        event: {
          type: 'receipt_confirmed',
          at: '2020-01-01T00:00:00Z',
          source: { kind: 'buyer', enteredAt: '2020-01-01T00:00:00Z' },
        },
      },
      { type: 'ui/timeline-delete', orderId: ORDER, id: String(timelineBefore[0]?.id) },
      { type: 'ui/tick', orderId: ORDER, itemId: 'sample-compared', ticked: true },
      { type: 'ui/vault-changed' },
    ];
    const answers = await world.evaluate(
      async (messages) =>
        Promise.all(
          messages.map((m) => chrome.runtime.sendMessage(m).catch((e: Error) => `error: ${e.message}`)),
        ),
      attempts,
    );
    for (const [i, answer] of answers.entries()) expect(answer ?? null, attempts[i]!.type).toBeNull();

    expect(await vaultRows(panel, 'timeline')).toEqual(timelineBefore);
    expect(await vaultRows(panel, 'items')).toEqual(itemsBefore);
    expect(await vaultRows(panel, 'ticks')).toEqual(ticksBefore);
    // TradeGuard's own page still gets its answers.
    const overview = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'ui/orders-overview' }));
    expect(overview.orders.map((o: { orderId: string }) => o.orderId)).toContain(ORDER);
    await world.close();
    await Promise.all([order.close(), minisite.close(), panel.close()]);
  });

  test("a payment snapshot forged on a supplier's page never becomes the order's designated account", async ({
    ext,
  }) => {
    // The buyer's order is known (its row is where a designated account is kept).
    const order = await ext.open(isFile('ta-detail-218834501001020304-json.html'));
    await expect(card(order)).toHaveAttribute('data-state', 'ready');
    await order.close();
    const minisite = await ext.open(isFile('sunrise-shopsign-module-data.html'));
    await expect(card(minisite)).toHaveAttribute('data-state', 'ready');
    const world = await contentWorld(minisite, ext.extensionId);
    const cashier = `https://cashier.alibaba.com/payment/cashier.htm?orderIds=${ORDER}`;
    const forged = {
      type: 'content/page-seen',
      url: cashier,
      kind: 'alibaba:payment',
      title: 'Cashier',
      snapshot: {
        kind: 'alibaba:payment',
        url: cashier,
        supplier: null,
        product: null,
        offers: null,
        order: null,
        orders: null,
        messages: null,
        payment: {
          orderId: ORDER,
          amount: { minor: 1458000, currency: 'USD' },
          method: 'T/T',
          beneficiary: {
            bank: 'Hang Seng Bank',
            name: 'Chen Wei',
            accountNumber: '999988887777',
            swift: 'HASEHKHH',
            iban: null,
            address: null,
          },
        },
      },
    };
    const verdict = await world.evaluate((m) => chrome.runtime.sendMessage(m), forged);
    expect(verdict).toMatchObject({ findings: [], facts: [] });
    const panel = await ext.openExtensionPage('sidepanel.html?tab=deadlines');
    const accounts = async () =>
      (await vaultRows(panel, 'orders')).map(
        (o) => (o.designatedAccount as { accountNumber?: string } | undefined)?.accountNumber ?? null,
      );
    expect(await accounts()).not.toContain('999988887777');

    // Alibaba's own checkout page of that order does designate it (the check is not simply "never").
    const real = await ext.open(isFile('cashier-tt-json.html'));
    await expect(card(real)).toHaveAttribute('data-state', 'ready');
    await expect.poll(accounts).toContainEqual(expect.stringMatching(/\d/));
    expect(await accounts()).not.toContain('999988887777');
    await world.close();
    await Promise.all([minisite.close(), real.close(), panel.close()]);
  });
});
