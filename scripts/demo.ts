import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, tabIdOf } from './browser/launch';
import { routeSamples, startSampleServer } from './browser/serve-samples';
import { languageShots } from './language-shots';
import { type SamplePage, samplePages } from './sample-pages';
import { storeShots } from './store/screenshots';

/**
 * `npm run demo`: builds TradeGuard, serves the sample pages on localhost and
 * opens Chromium with the extension, each page under its real address.
 * `--headless` (automatic without a display) visits every page, writes
 * screenshots to demo-output/ and prints "URL → recognised kind", then the
 * store listing's pictures to demo-output/store/ (scripts/store/screenshots.ts) and the popup and side
 * panel in each of the five languages to demo-output/languages/.
 */
const ROOT = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const OUT = join(ROOT, 'demo-output');

async function main() {
  if (!args.has('--no-build')) execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  const pages = storyOrder(samplePages());
  const server = await startSampleServer(pages);
  const browser = await launchWithExtension({ extensionDir: join(ROOT, '.output/chrome-mv3'), headless });
  await routeSamples(browser.context, pages, server);

  if (!headless) {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${server.origin}/`);
    console.log(
      `TradeGuard demo: ${pages.length} sample pages listed in the open window. Close the window to stop.`,
    );
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    await server.close();
    return;
  }

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const page = await browser.context.newPage();
  const lines: string[] = [];
  for (const [i, sample] of pages.entries()) {
    const recognised = await visit(page, sample, i, browser);
    const mark = recognised === expectedLabel(sample) ? '' : `   (expected ${expectedLabel(sample)})`;
    lines.push(`${sample.url} → ${recognised}${mark}`);
    console.log(lines.at(-1));
  }
  await sidePanelShots(browser);
  const order = pages.find((p) => p.file.endsWith('ta-detail-218834501001020304-text.html'));
  if (order) {
    const shots = await languageShots(browser, order, SAMPLE_SPEC, join(OUT, 'languages'));
    console.log(
      `popup and side panel (Check a spec, Deadlines) in ${shots.length / 3} languages: ${join(OUT, 'languages')}`,
    );
  }
  await browser.close();
  const store = await storeShots({
    extensionDir: join(ROOT, '.output/chrome-mv3'),
    pages,
    server,
    outDir: join(OUT, 'store'),
    photo: join(ROOT, 'tests/fixtures/vault/defect-photo.png'),
  });
  await server.close();
  console.log(
    `Screenshots in ${OUT}; store pictures (1280×800, own sample pages only): ${store.length} in ${join(OUT, 'store')}`,
  );
}

/** Supplier pages first, then products, search, orders, payment, chat: so later pages use what earlier ones taught. */
const STORY: string[] = [
  'alibaba:supplier',
  'alibaba:product',
  'alibaba:search',
  'alibaba:order-list',
  'alibaba:order',
  'alibaba:payment',
  'alibaba:messages',
];
function storyOrder(pages: SamplePage[]): SamplePage[] {
  const rank = (p: SamplePage) => {
    const i = STORY.indexOf(p.expectedKind);
    return i < 0 ? STORY.length : i;
  };
  return [...pages].sort((a, b) => rank(a) - rank(b));
}

/** The side panel's three tabs after the walk: tracked orders with countdowns, the vault, a spec checked. */
async function sidePanelShots(browser: Awaited<ReturnType<typeof launchWithExtension>>) {
  const side = await browser.context.newPage();
  await side.setViewportSize({ width: 420, height: 900 });
  await side.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=deadlines`);
  await side.waitForSelector('[data-testid="deadline-board"], [data-testid="orders-empty"]');
  await side.screenshot({ path: join(OUT, 'sidepanel-deadlines.png'), fullPage: true });
  await side.getByRole('tab', { name: 'Evidence vault' }).click();
  await side.waitForTimeout(800);
  await side.screenshot({ path: join(OUT, 'sidepanel-vault.png'), fullPage: true });
  await side.getByRole('tab', { name: 'Check a spec' }).click();
  await side.getByTestId('spec-input').fill(SAMPLE_SPEC);
  await side.waitForSelector('[data-testid="spec-summary"]');
  await side.waitForTimeout(400);
  await side.screenshot({ path: join(OUT, 'sidepanel-spec.png'), fullPage: true });
  console.log(`side panel: ${(await side.getByTestId('spec-summary').textContent())?.trim()}`);
  await side.close();
}

const SAMPLE_SPEC = [
  'Colour: red, same as picture',
  'Size: 8.8*8.8*13',
  'Material: stainless steel, good quality',
  'Packing: standard export packing',
  'Quantity: about 1000 pcs',
  'Ship in August',
  'Logo: customized logo like photo',
  'Colour: Pantone 186C; Size: 8.8 × 8.8 × 13 cm ±0.2 cm; Material: SUS304',
].join('\n');

const expectedLabel = (s: SamplePage) =>
  s.expectedKind === 'challenge' ? 'silent (challenge)' : s.expectedKind;

async function visit(
  page: Page,
  sample: SamplePage,
  i: number,
  browser: Awaited<ReturnType<typeof launchWithExtension>>,
) {
  await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
  // The card's shadow root is closed; its host carries the kind and state.
  const card = page.locator('tradeguard-card[data-state="ready"]');
  const kind = await card
    .getAttribute('data-kind', { timeout: sample.expectedKind === 'challenge' ? 2500 : 10_000 })
    .catch(() => null);
  const name = `${String(i + 1).padStart(2, '0')}-${(kind ?? 'silent').replace(':', '-')}`;
  await page.screenshot({ path: join(OUT, `${name}-page.png`) });
  const popup = await page.context().newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(
    `chrome-extension://${browser.extensionId}/popup.html?tabId=${await tabIdOf(browser.worker, page.url())}`,
  );
  await popup.waitForSelector('[data-testid="popup-kind"]');
  await popup.screenshot({ path: join(OUT, `${name}-popup.png`) });
  await popup.close();
  return kind ?? 'silent (challenge)';
}

main().catch((error) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
