import type { Page } from '@playwright/test';
import { clickInShadow, contentWorld, shadowView } from '../../scripts/browser/content-world';
import { arrive, card, expect, test } from './harness';

const isFile = (name: string) => (p: { file: string }) => p.file.endsWith(name);

const bubble = (page: Page, id: string) => page.locator(`[data-msg-id="${id}"]`);
const mark = (page: Page, id: string) => bubble(page, id).locator('[data-tradeguard-chat]');
/** The mark's host; its controls sit in a closed shadow root (read and pressed through the content-script world). */
const host = (id: string) => `[data-msg-id="${id}"] > [data-tradeguard-chat]`;

test.describe('chat guard in the Message Center', () => {
  test('marks risky supplier messages, including ones that arrive later, and leaves the rest alone', async ({
    ext,
  }) => {
    const dialogs: string[] = [];
    const page = await ext.open(isFile('messenger-classes.html'));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await expect(mark(page, '7012345006')).toHaveAttribute('data-tradeguard-chat', 'critical');
    await expect(mark(page, '7012345006')).toHaveAttribute('data-rules', /offplatform-payment/);
    await expect(mark(page, '7012345008')).toHaveAttribute('data-rules', /offplatform-contact/);
    // Ordinary production talk, the buyer's own messages and the platform's reminder stay unmarked.
    for (const id of ['7012345001', '7012345002', '7012345003', '7012345004', '7012345005', '7012345010']) {
      await expect(mark(page, id), id).toHaveCount(0);
    }
    // The HTML in a message is shown as text and never runs.
    await expect(bubble(page, '7012345009')).toContainText('<img src=x onerror=alert(1)>');

    await arrive(
      page,
      '7012345101',
      'Our samples were shipped by DHL today, the tracking number is in the order.',
    );
    await arrive(page, '7012345102', 'p a y p a l friends and family to my boss email is ok, save the fee');
    await expect(mark(page, '7012345102')).toHaveAttribute('data-rules', /offplatform-payment/);
    await expect(mark(page, '7012345101')).toHaveCount(0);

    // The explanation opens on a person's click, as text, with the rule and what to do.
    const world = await contentWorld(page, ext.extensionId);
    await clickInShadow(page, world, host('7012345006'), '[data-part="flag"]');
    const panel = await shadowView(world, host('7012345006'), '[data-tradeguard-chat-panel]');
    expect(panel.closed).toBe(true);
    expect(panel.matches[0]?.attributes.style).toContain('display: block');
    expect(panel.matches[0]?.text).toContain('offplatform-payment');
    expect(panel.matches[0]?.text).toContain('What to do');
    await world.close();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

test.describe('saving a flagged message', () => {
  test('"Save to vault" stores the message, its warnings, the transcript around it and a screenshot in the order\'s case', async () => {
    // The test build (with <all_urls>) stands in for the user gesture that grants activeTab for the screenshot.
    const { startExtension, TEST_BUILD } = await import('./harness');
    const ext = await startExtension(TEST_BUILD);
    try {
      // The order is known first, so the chat (whose PI names order 218834501001020304) is filed under it.
      const order = await ext.open(isFile('ta-detail-218834501001020304-json.html'));
      await expect(card(order)).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
      await order.close();
      const page = await ext.open(isFile('messenger-classes.html'));
      await page.bringToFront();
      await expect(mark(page, '7012345006')).toHaveCount(1);
      const world = await contentWorld(page, ext.extensionId);
      await clickInShadow(page, world, host('7012345006'), '[data-part="flag"]');
      await clickInShadow(page, world, host('7012345006'), '[data-part="save"]');
      const status = async () =>
        (await shadowView(world, host('7012345006'), '[role="status"]')).matches[0]?.text;
      await expect.poll(status, { timeout: 15_000 }).toContain('saved to the vault');
      expect(await status()).toContain('Order #218834501001020304');
      await world.close();

      const items = await ext.worker.evaluate(
        () =>
          new Promise<
            { mimeType: string; caseId: string; tags: string[]; transcript?: { text: string }[] }[]
          >((done, fail) => {
            const open = indexedDB.open('tradeguard-vault');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const get = open.result.transaction('items').objectStore('items').getAll();
              get.onsuccess = () => done(get.result);
              get.onerror = () => fail(get.error);
            };
          }),
      );
      const saved = items.filter((i) => i.tags.includes('flagged-message'));
      expect(saved.map((i) => i.mimeType).sort()).toEqual(['application/json', 'image/png']);
      expect(saved[0]?.tags).toContain('offplatform-payment');
      expect(saved[0]?.transcript?.some((l) => l.text.includes("manager's personal account"))).toBe(true);
      expect(saved[0]?.transcript?.length).toBeGreaterThan(3);
      await page.close();
    } finally {
      await ext.close();
    }
  });
});
