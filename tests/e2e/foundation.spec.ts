import { readFileSync } from 'node:fs';
import { card, cardView, expect, test } from './harness';

test.describe('the extension in a real Chromium', () => {
  test('names the page kind on every sample page and stays silent on challenge pages', async ({ ext }) => {
    const seen: string[] = [];
    for (const sample of ext.pages) {
      const page = await ext.context.newPage();
      await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
      if (sample.expectedKind === 'challenge') {
        await page.waitForTimeout(1500);
        await expect(card(page), sample.url).toHaveCount(0);
      } else {
        await expect(card(page), sample.url).toHaveAttribute('data-kind', sample.expectedKind, {
          timeout: 10_000,
        });
        seen.push(sample.expectedKind);
      }
      await page.close();
    }
    // Every kind the foundation promises has at least one sample page.
    for (const kind of [
      'alibaba:product',
      'alibaba:supplier',
      'alibaba:search',
      'alibaba:order',
      'alibaba:payment',
      'alibaba:messages',
    ]) {
      expect(seen, kind).toContain(kind);
    }
  });

  test('an AliExpress search page: the card counts its results, with no Alibaba badge on them', async ({
    ext,
  }) => {
    const page = await ext.open(
      (p) => p.expectedKind === 'aliexpress:search' && p.url.includes('SearchText'),
    );
    await expect(card(page)).toHaveAttribute('data-state', 'ready', { timeout: 10_000 });
    await expect
      .poll(async () => /Offers read\D*(\d+)/.exec((await cardView(ext, page)).text)?.[1])
      .toBe('3');
    expect(await page.locator('[data-tradeguard-badge]').count()).toBe(0);
    await page.close();
  });

  test('follows in-page navigation of a single-page app', async ({ ext }) => {
    const page = await ext.open((p) => p.expectedKind === 'alibaba:product');
    await expect(card(page)).toHaveAttribute('data-kind', 'alibaba:product');
    await page.evaluate(() => history.pushState({}, '', '/trade/search?SearchText=air+fryer'));
    await expect(card(page)).toHaveAttribute('data-kind', 'alibaba:search', { timeout: 10_000 });
    await page.evaluate(() => history.pushState({}, '', '/'));
    await expect(card(page)).toHaveCount(0, { timeout: 10_000 });
    await page.close();
  });

  test("the popup names the active tab's page; side panel and options render", async ({ ext }) => {
    const page = await ext.open((p) => p.expectedKind === 'alibaba:search');
    await expect(card(page)).toHaveAttribute('data-state', 'ready');
    expect((await cardView(ext, page)).visible).toBe(true);
    const popup = await ext.openExtensionPage(`popup.html?tabId=${await ext.tabIdOf(page)}`);
    await expect(popup.getByTestId('popup-kind')).toHaveAttribute('data-kind', 'alibaba:search');
    await expect(popup.getByTestId('popup-status')).toContainText('Read by TradeGuard');

    const side = await ext.openExtensionPage('sidepanel.html');
    await expect(side.getByRole('tab', { name: 'Deadlines' })).toBeVisible();
    await expect(side.getByRole('tab', { name: 'Evidence vault' })).toBeVisible();

    const options = await ext.openExtensionPage('options.html');
    await expect(options.getByTestId('settings-form')).toBeVisible();
    await Promise.all([popup.close(), side.close(), options.close(), page.close()]);
  });

  test('options fall back to defaults field by field when stored values are invalid', async ({ ext }) => {
    await ext.worker.evaluate(() =>
      chrome.storage.local.set({
        settings: { buyerTier: 'platinum', reminderLeadHours: [48, 6], deadlinePreset: 'help-centre' },
      }),
    );
    const options = await ext.openExtensionPage('options.html');
    await expect(options.getByTestId('settings-replaced')).toContainText('buyerTier');
    await expect(options.getByLabel('Reminder lead times')).toHaveValue('2d, 6h');
    await expect(options.getByLabel('Dispute timetable')).toHaveValue('help-centre');
    await options.close();
    await ext.worker.evaluate(() => chrome.storage.local.remove('settings'));
  });

  test('the extension itself sends no network request', async ({ ext }) => {
    // Walk every page and every extension surface, then read the request log.
    for (const sample of ext.pages) {
      const page = await ext.context.newPage();
      await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
      await page.waitForTimeout(300);
      await page.close();
    }
    for (const surface of ['popup.html', 'sidepanel.html', 'options.html']) {
      const page = await ext.openExtensionPage(surface);
      await page.waitForTimeout(300);
      await page.close();
    }
    const fromExtension = ext.requests.filter(
      (r) =>
        r.from.startsWith(`chrome-extension://${ext.extensionId}`) &&
        !r.url.startsWith('chrome-extension://'),
    );
    expect(fromExtension).toEqual([]);
    // Requests made inside our own sample pages must be the pages' own resources (named in their HTML), not
    // something a content script sent. (The browser's own favicon probe is not the extension's either.)
    const own = ext.pages.filter((p) => p.origin === 'own fixture');
    const byUrl = new Map(own.map((p) => [p.url, readFileSync(p.file, 'utf8')]));
    const foreign = ext.requests.filter((r) => {
      if (r.answered !== 'refused' || r.url.endsWith('/favicon.ico')) return false;
      const html = byUrl.get(r.from);
      if (html === undefined) return false;
      const u = new URL(r.url);
      return !html.includes(u.hostname) && !html.includes(u.pathname);
    });
    expect(foreign).toEqual([]);
  });
});
