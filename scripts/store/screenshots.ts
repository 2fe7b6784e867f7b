import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { clickInShadow, contentWorld, shadowView } from '../browser/content-world';
import { type ExtensionBrowser, launchWithExtension, tabIdOf } from '../browser/launch';
import { routeSamples, type SampleServer } from '../browser/serve-samples';
import type { SamplePage } from '../sample-pages';

/**
 * The store listing's pictures (1280×800, what both stores accept), taken by
 * `npm run demo -- --headless` in a fresh browser profile from our own sample
 * pages only (real captures are not ours to publish). One buyer's story: the
 * supplier's profile teaches its limit, the order is above it, the popup says
 * not to pay yet, the supplier asks for money outside Alibaba in the chat, the
 * evidence goes to the vault, and the side panel counts down the deadlines.
 */
export const STORE_SHOTS = [
  '1-order-above-limit.png',
  '2-before-you-pay.png',
  '3-flagged-chat-message.png',
  '4-evidence-vault.png',
  '5-deadline-countdowns.png',
] as const;

const WIDTH = 1280;
const HEIGHT = 800;
/** Chrome's side panel beside the page: the page keeps the rest of the width. */
const PANEL_WIDTH = 420;
const ORDER_ID = '218834501001020304';

const ownPage = (pages: SamplePage[], file: string): SamplePage => {
  const page = pages.find((p) => p.origin === 'own fixture' && p.file.endsWith(file));
  if (!page) throw new Error(`store screenshots: sample page ${file} is missing`);
  return page;
};

export async function storeShots(opts: {
  extensionDir: string;
  pages: SamplePage[];
  server: SampleServer;
  outDir: string;
  /** tests/fixtures/vault/defect-photo.png: a file the buyer adds to the case. */
  photo: string;
}): Promise<string[]> {
  mkdirSync(opts.outDir, { recursive: true });
  const browser = await launchWithExtension({ extensionDir: opts.extensionDir, headless: true });
  try {
    await routeSamples(browser.context, opts.pages, opts.server);
    const shot = (name: (typeof STORE_SHOTS)[number]) => join(opts.outDir, name);
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width: WIDTH, height: HEIGHT });

    // The supplier's product page first: TradeGuard learns its Trade Assurance limit there.
    await visit(tab, ownPage(opts.pages, 'alibaba-product/air-fryer-detaildata.html'));
    // The order as its data says it (agreed shipment date), then as the buyer reads it.
    await visit(tab, ownPage(opts.pages, `alibaba-order/ta-detail-${ORDER_ID}-json.html`));
    const order = ownPage(opts.pages, `alibaba-order/ta-detail-${ORDER_ID}-text.html`);
    await visit(tab, order);
    await tab.screenshot({ path: shot('1-order-above-limit.png') });

    const popup = await extensionPage(
      browser,
      `popup.html?tabId=${await tabIdOf(browser.worker, order.url)}`,
      {
        width: 400,
        height: HEIGHT - 24,
      },
    );
    await popup.waitForSelector('[data-testid="popup-kind"]');
    await popup.getByTestId('capture-page').click();
    const saved = popup.locator('[data-testid="capture-result"][data-ok]');
    await saved.waitFor({ timeout: 15_000 });
    if ((await saved.getAttribute('data-ok')) !== 'true')
      throw new Error(`store screenshots: the page snapshot was not saved: ${await saved.textContent()}`);
    await popup.reload();
    await popup.waitForSelector('[data-testid="popup-kind"]');
    await compose(browser, shot('2-before-you-pay.png'), {
      page: await tab.screenshot(),
      popup: await popup.screenshot(),
    });
    await popup.close();

    await visit(tab, ownPage(opts.pages, 'alibaba-messages/messenger-classes.html'));
    // The mark's controls are in a closed shadow root: pressed as a person would, from TradeGuard's own world.
    const mark = '[data-msg-id="7012345006"] > [data-tradeguard-chat]';
    const world = await contentWorld(tab, browser.extensionId);
    await clickInShadow(tab, world, mark, '[data-part="flag"]');
    await tab.locator(mark).scrollIntoViewIfNeeded();
    await tab.screenshot({ path: shot('3-flagged-chat-message.png') });
    await clickInShadow(tab, world, mark, '[data-part="save"]');
    for (let waited = 0; ; waited += 250) {
      const status = (await shadowView(world, mark, '[role="status"]')).matches[0]?.text ?? '';
      if (/saved to the vault/i.test(status)) break;
      if (waited > 15_000) throw new Error(`store screenshots: the flagged message was not saved: ${status}`);
      await tab.waitForTimeout(250);
    }
    await world.close();

    const caseId = await caseOfOrder(browser, ORDER_ID);
    const panel = await extensionPage(browser, `sidepanel.html?tab=vault&case=${caseId}`, {
      width: PANEL_WIDTH,
      height: HEIGHT,
    });
    await panel.getByTestId('vault-case-title').waitFor();
    await panel.getByTestId('upload-input').setInputFiles({
      name: 'defect-handle-crack.png',
      mimeType: 'image/png',
      buffer: readFileSync(opts.photo),
    });
    await panel.getByTestId('upload-kind').selectOption('defect-media');
    await panel.getByTestId('upload-submit').click();
    await panel
      .getByTestId('vault-message')
      .getByText(/added and fingerprinted/)
      .waitFor({ timeout: 30_000 });
    // The evidence itself (fingerprints, sources, the chat transcript), below the case's dispute kit.
    await panel
      .locator('[data-testid^="item-"]')
      .first()
      .evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -12);
      });
    await visit(tab, order, PANEL_WIDTH);
    await compose(browser, shot('4-evidence-vault.png'), {
      page: await tab.screenshot(),
      panel: await panel.screenshot(),
    });

    // A second order, on AliExpress, whose page states its own dispute deadline.
    await visit(tab, ownPage(opts.pages, 'aliexpress-order/order-detail-text.html'), PANEL_WIDTH);
    await visit(tab, order, PANEL_WIDTH);
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=deadlines`);
    await panel.getByTestId(`countdown-${ORDER_ID}`).waitFor();
    await panel.waitForTimeout(300);
    await compose(browser, shot('5-deadline-countdowns.png'), {
      page: await tab.screenshot(),
      panel: await panel.screenshot(),
    });
    const written = STORE_SHOTS.map(shot);
    for (const path of written) assertStoreSize(path);
    return written;
  } finally {
    await browser.close();
  }
}

/** Opens a sample page and waits for TradeGuard's card; `besidePanel` leaves room for the side panel. */
async function visit(tab: Page, sample: SamplePage, besidePanel = 0) {
  await tab.setViewportSize({ width: WIDTH - besidePanel, height: HEIGHT });
  await tab.goto(sample.url, { waitUntil: 'domcontentloaded' });
  await tab.locator('tradeguard-card[data-state="ready"]').waitFor({ state: 'attached', timeout: 15_000 }); // the host is an empty box: its card is in a closed shadow root
  await tab.waitForTimeout(300);
}

async function extensionPage(
  browser: ExtensionBrowser,
  path: string,
  size: { width: number; height: number },
) {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** The vault case TradeGuard filed the order under (read in the extension's own IndexedDB). */
async function caseOfOrder(browser: ExtensionBrowser, orderId: string): Promise<string> {
  const id = await browser.worker.evaluate(
    (wanted) =>
      new Promise<string | null>((done, fail) => {
        const open = indexedDB.open('tradeguard-vault');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('cases').objectStore('cases').getAll();
          all.onsuccess = () => done(all.result.find((c) => c.orderId === wanted)?.id ?? null);
          all.onerror = () => fail(all.error);
        };
      }),
    orderId,
  );
  if (!id) throw new Error(`store screenshots: no vault case for order ${orderId}`);
  return id;
}

/**
 * One 1280×800 picture from real screenshots: the page with the popup open
 * under the toolbar, or the page with the side panel on its right, as Chrome
 * shows them. Drawn by Chromium from data URLs; nothing is fetched.
 */
async function compose(
  browser: ExtensionBrowser,
  path: string,
  parts: { page: Buffer; popup?: Buffer; panel?: Buffer },
) {
  const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  const overlay = parts.popup
    ? `<img src="${url(parts.popup)}" style="position:absolute;top:0;right:24px;border:1px solid #c9d2e3;border-top:0;border-radius:0 0 8px 8px;box-shadow:0 10px 28px rgba(20,30,60,.28)">`
    : parts.panel
      ? `<img src="${url(parts.panel)}" style="position:absolute;top:0;right:0;border-left:1px solid #c9d2e3">`
      : '';
  const canvas = await browser.context.newPage();
  await canvas.setViewportSize({ width: WIDTH, height: HEIGHT });
  await canvas.setContent(
    `<!doctype html><body style="margin:0;position:relative;width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden;background:#fff">
<img src="${url(parts.page)}" style="position:absolute;top:0;left:0">${overlay}</body>`,
  );
  await canvas.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
  await canvas.screenshot({ path });
  await canvas.close();
}

/** Both stores want 1280×800 (or 640×400); a picture of another size is refused at upload. */
function assertStoreSize(path: string) {
  const png = readFileSync(path);
  const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  if (size.width !== WIDTH || size.height !== HEIGHT)
    throw new Error(`store screenshots: ${path} is ${size.width}×${size.height}, not ${WIDTH}×${HEIGHT}`);
}
