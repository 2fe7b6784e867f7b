import type { Page } from '@playwright/test';
import { clickInShadow, contentWorld, shadowView } from '../../scripts/browser/content-world';
import { arrive, card, expect, test } from '../e2e/harness';

/**
 * Issue 12, findings 7 and 3, in a real Chromium. The Message Center is the
 * supplier's ground: before the fix its scripts could press every "Save to
 * vault" (the vault went from 1 item to 5), and one 26 KB message next to a
 * flagged one stopped the flagged one being saved (the button stayed on "Saving…").
 */
const isFile = (name: string) => (p: { file: string }) => p.file.endsWith(name);
const host = (id: string) => `[data-msg-id="${id}"] > [data-tradeguard-chat]`;

async function flaggedRecords(panel: Page): Promise<string[]> {
  return panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('tradeguard-vault');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    try {
      if (!db.objectStoreNames.contains('items')) return [];
      const all = <T>(store: string) =>
        new Promise<T[]>((ok, fail) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
      const items = await all<{ id: string; tags: string[]; mimeType: string }>('items');
      const blobs = await all<{ itemId: string; bytes: Blob }>('blobs');
      const json = items.filter(
        (i) => i.tags.includes('flagged-message') && i.mimeType === 'application/json',
      );
      return Promise.all(json.map((i) => blobs.find((b) => b.itemId === i.id)!.bytes.text()));
    } finally {
      db.close();
    }
  });
}

test.describe('the chat marks are the buyer’s, not the page’s', () => {
  test('page script cannot press "Save to vault" (nor see the controls); a person can', async ({ ext }) => {
    const panel = await ext.openExtensionPage('sidepanel.html?tab=vault');
    const before = (await flaggedRecords(panel)).length; // earlier test files may have saved some
    const page = await ext.open(isFile('messenger-classes.html'));
    await expect(page.locator(host('7012345006'))).toHaveCount(1);
    const attack = await page.evaluate(() => {
      let pressed = 0;
      for (const mark of Array.from(document.querySelectorAll('[data-tradeguard-chat]'))) {
        const root = (mark as HTMLElement).shadowRoot;
        const buttons = [
          ...Array.from(mark.querySelectorAll('button')),
          ...Array.from(root?.querySelectorAll('button') ?? []),
        ];
        for (const button of buttons) {
          (button as HTMLButtonElement).click();
          pressed++;
        }
        mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
      const hosts = Array.from(document.querySelectorAll('[data-tradeguard-chat], tradeguard-card'));
      return { pressed, openRoots: hosts.filter((h) => (h as HTMLElement).shadowRoot !== null).length };
    });
    expect(attack).toEqual({ pressed: 0, openRoots: 0 });

    // A person's click saves; afterwards the vault holds that one message and nothing the page pressed.
    const world = await contentWorld(page, ext.extensionId);
    await clickInShadow(page, world, host('7012345006'), '[data-part="flag"]');
    await clickInShadow(page, world, host('7012345006'), '[data-part="save"]');
    const status = async () =>
      (await shadowView(world, host('7012345006'), '[role="status"]')).matches[0]?.text;
    await expect.poll(status, { timeout: 15_000 }).toContain('saved to the vault');
    expect(await flaggedRecords(panel)).toHaveLength(before + 1);
    await world.close();
    await Promise.all([page.close(), panel.close()]);
  });

  test('the card on an order page is closed to page script too', async ({ ext }) => {
    const order = await ext.open(isFile('ta-detail-218834501001020304-json.html'));
    await expect(card(order)).toHaveAttribute('data-state', 'ready');
    expect(
      await order.evaluate(() => document.querySelector('tradeguard-card')?.shadowRoot ?? null),
    ).toBeNull();
    // The page sees that there is a card and what kind of page it judged; never its findings.
    expect(await order.evaluate(() => document.querySelector('tradeguard-card')?.textContent ?? '')).toBe('');
    await order.close();
  });

  test('a flagged message next to a 26 KB one is saved, the long one cut and said so', async ({ ext }) => {
    const page = await ext.open(isFile('messenger-classes.html'));
    await expect(page.locator(host('7012345006'))).toHaveCount(1);
    await arrive(
      page,
      '7012345201',
      `Here is the full product specification: ${'stainless steel 304, 0.5 mm; '.repeat(900)}`,
    );
    await arrive(
      page,
      '7012345202',
      'Please pay the balance to my boss personal account, not through Alibaba, it is faster.',
    );
    await expect(page.locator(host('7012345202'))).toHaveCount(1);
    const world = await contentWorld(page, ext.extensionId);
    await clickInShadow(page, world, host('7012345202'), '[data-part="flag"]');
    await clickInShadow(page, world, host('7012345202'), '[data-part="save"]');
    const status = async () =>
      (await shadowView(world, host('7012345202'), '[role="status"]')).matches[0]?.text;
    await expect.poll(status, { timeout: 15_000 }).not.toBe('Saving…');
    expect(await status()).toContain('saved to the vault');
    const panel = await ext.openExtensionPage('sidepanel.html?tab=vault');
    const records = (await flaggedRecords(panel)).map((t) => JSON.parse(t));
    const mine = records.find((r) => r.message.text.includes('boss personal account'));
    const long = mine.context.find((l: { text: string }) =>
      l.text.startsWith('Here is the full product specification'),
    );
    expect(long.cut).toBeGreaterThan(0);
    expect(long.text).toMatch(/cut by TradeGuard: [\d,]+ more characters are on the page\]$/);
    await world.close();
    await Promise.all([page.close(), panel.close()]);
  });
});
