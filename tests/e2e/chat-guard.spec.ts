import type { Page } from '@playwright/test';
import { expect, test } from './harness';

const isFile = (name: string) => (p: { file: string }) => p.file.endsWith(name);

/** A supplier message arriving after load, in the page's own markup. */
async function arrive(page: Page, id: string, text: string) {
  await page.evaluate(
    ({ id, text }) => {
      const list = document.querySelector('.message-list')!;
      const template = list.querySelector('.message-item--other')!;
      const bubble = template.cloneNode(true) as Element;
      bubble.setAttribute('data-msg-id', id);
      bubble.querySelector('[data-tradeguard-chat]')?.remove();
      bubble.querySelector('.message-image')?.remove();
      bubble.querySelector('.message-content')!.textContent = text;
      bubble.querySelector('.message-time')!.textContent = '15:30';
      list.appendChild(bubble);
    },
    { id, text },
  );
}

const bubble = (page: Page, id: string) => page.locator(`[data-msg-id="${id}"]`);
const mark = (page: Page, id: string) => bubble(page, id).locator('[data-tradeguard-chat]');

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

    // The explanation opens on click, as text, with the rule and what to do.
    await mark(page, '7012345006').getByRole('button').first().click();
    const panel = mark(page, '7012345006').locator('[data-tradeguard-chat-panel]');
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('offplatform-payment');
    await expect(panel).toContainText('What to do');
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
      await expect(order.locator('[data-testid="tradeguard-card"][data-state="ready"]')).toHaveCount(1);
      await order.close();
      const page = await ext.open(isFile('messenger-classes.html'));
      await page.bringToFront();
      const flagged = mark(page, '7012345006');
      await flagged.getByRole('button').first().click();
      await flagged.getByRole('button', { name: 'Save to vault' }).click();
      await expect(flagged.getByRole('status')).toContainText('saved to the vault', { timeout: 15_000 });
      await expect(flagged.getByRole('status')).toContainText('Order #218834501001020304');

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
