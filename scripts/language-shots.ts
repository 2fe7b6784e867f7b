import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../lib/i18n/languages';
import { type ExtensionBrowser, tabIdOf } from './browser/launch';
import type { SamplePage } from './sample-pages';

/**
 * The popup (on an order above its supplier's limit) and the side panel's spec checker in each of the
 * five languages, chosen as a buyer does in the options: demo-output/languages/<lang>-popup.png and
 * <lang>-sidepanel.png. Leaves the language on "same as the browser" afterwards.
 */
export async function languageShots(
  browser: ExtensionBrowser,
  order: SamplePage,
  spec: string,
  outDir: string,
): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const setLanguage = (language: string) =>
    browser.worker.evaluate(async (language) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), language } });
    }, language);
  const page = await browser.context.newPage();
  await page.goto(order.url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('tradeguard-card[data-state="ready"]', { state: 'attached' });
  const tabId = await tabIdOf(browser.worker, page.url());
  for (const language of LANGUAGES) {
    await setLanguage(language);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid="checklist-verdict"]');
    await popup.screenshot({ path: join(outDir, `${language}-popup.png`), fullPage: true });
    await popup.close();
    const side = await browser.context.newPage();
    await side.setViewportSize({ width: 420, height: 900 });
    await side.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=spec`);
    await side.getByTestId('spec-input').fill(spec);
    await side.waitForSelector('[data-testid="spec-summary"]');
    await side.waitForTimeout(300);
    await side.screenshot({ path: join(outDir, `${language}-sidepanel.png`), fullPage: true });
    await side.close();
    // The Deadlines tab too: the order opened above is tracked, so its countdowns are on the board.
    const board = await browser.context.newPage();
    await board.setViewportSize({ width: 420, height: 900 });
    await board.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=deadlines`);
    await board.waitForSelector('[data-testid="deadline-board"], [data-testid="orders-empty"]');
    await board.waitForTimeout(300);
    await board.screenshot({ path: join(outDir, `${language}-sidepanel-deadlines.png`), fullPage: true });
    await board.close();
    written.push(`${language}-popup.png`, `${language}-sidepanel.png`, `${language}-sidepanel-deadlines.png`);
  }
  await setLanguage('auto');
  await page.close();
  return written;
}
