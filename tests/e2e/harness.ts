import { join, resolve } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { contentWorld, shadowView } from '../../scripts/browser/content-world';
import { type ExtensionBrowser, launchWithExtension, tabIdOf } from '../../scripts/browser/launch';
import {
  type RequestLogEntry,
  routeSamples,
  type SampleServer,
  startSampleServer,
} from '../../scripts/browser/serve-samples';
import { type SamplePage, samplePages } from '../../scripts/sample-pages';

const ROOT = resolve(import.meta.dirname, '../..');
/** The shipped build; tests that must capture the tab use the test build (adds <all_urls>, see wxt.config.ts). */
export const SHIPPED_BUILD = join(ROOT, '.output/chrome-mv3');
export const TEST_BUILD = join(ROOT, '.output-test/chrome-mv3');

export interface Extension extends ExtensionBrowser {
  pages: SamplePage[];
  server: SampleServer;
  requests: RequestLogEntry[];
  /** Opens a sample page (by a predicate) in a new tab and returns it. */
  open(match: (p: SamplePage) => boolean): Promise<Page>;
  /** Opens an extension page (popup.html, sidepanel.html, options.html). */
  openExtensionPage(path: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
}

/** `userDataDir`: a profile kept on disk, so a test can close the browser and start it again on it. */
export async function startExtension(
  extensionDir = SHIPPED_BUILD,
  opts: { userDataDir?: string } = {},
): Promise<Extension> {
  const pages = samplePages();
  const server = await startSampleServer(pages);
  const browser = await launchWithExtension({ extensionDir, headless: true, userDataDir: opts.userDataDir });
  const requests = await routeSamples(browser.context, pages, server);
  return {
    ...browser,
    pages,
    server,
    requests,
    async open(match) {
      const sample = pages.find(match);
      if (!sample) throw new Error('no such sample page');
      const page = await browser.context.newPage();
      await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return page;
    },
    tabIdOf: (page) => tabIdOf(browser.worker, page.url()),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** One Chromium with the shipped extension per test file. */
export const test = base.extend<object, { ext: Extension }>({
  ext: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures must destructure their first argument.
    async ({}, use) => {
      const ext = await startExtension();
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
});
export { expect } from '@playwright/test';

/**
 * The card's host in the page. Its shadow root is closed (page script must not
 * read or press it), so only the kind and state are on the host; what the card
 * says is read with cardView().
 */
export const card = (page: Page) => page.locator('tradeguard-card');

/** What the card shows, read inside its closed shadow root from TradeGuard's content-script world. */
export async function cardView(
  ext: { extensionId: string },
  page: Page,
): Promise<{ text: string; visible: boolean; findings: { rule: string; severity: string; text: string }[] }> {
  const world = await contentWorld(page, ext.extensionId);
  try {
    const view = await shadowView(world, 'tradeguard-card', '[data-rule][data-severity]');
    // The host is an empty inline box (the card inside is fixed in the corner): measure the card itself.
    const visible = await world.evaluate(() => {
      const host = document.querySelector('tradeguard-card') as HTMLElement | null;
      const inner =
        host && chrome.dom.openOrClosedShadowRoot(host)?.querySelector('[data-testid="tradeguard-card"]');
      const box = inner?.getBoundingClientRect();
      return Boolean(
        box && box.width > 0 && box.height > 0 && getComputedStyle(inner!).visibility !== 'hidden',
      );
    });
    return {
      text: view.text,
      visible,
      findings: view.matches.map((m) => ({
        rule: m.attributes['data-rule'] ?? '',
        severity: m.attributes['data-severity'] ?? '',
        text: m.text,
      })),
    };
  } finally {
    await world.close();
  }
}

/** A supplier message arriving after load, in the page's own markup. */
export async function arrive(page: Page, id: string, text: string) {
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
