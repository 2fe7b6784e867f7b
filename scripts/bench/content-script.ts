import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchWithExtension } from '../browser/launch';
import { routeSamples, startSampleServer } from '../browser/serve-samples';
import { samplePages } from '../sample-pages';

/**
 * The content script's cost in the buyer's page, in Chromium with the built
 * extension: main-thread time on the 925 KB real search page (extraction +
 * card rendering + badges, as the script measures its own synchronous work),
 * median of N loads; and the content-script bundles' gzipped size.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');

export async function main(
  loads = 10,
): Promise<{ medianMs: number; extractMedianMs: number; gzipKb: Record<string, number> }> {
  const pages = samplePages();
  const target = pages.find((p) =>
    p.file.endsWith('alibaba_search_en_2024-09_poneoneo_Air_fryers_page_10.html'),
  )!;
  const server = await startSampleServer(pages);
  const browser = await launchWithExtension({ extensionDir: EXTENSION, headless: true });
  await routeSamples(browser.context, pages, server);
  const main: number[] = [];
  const extract: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const page = await browser.context.newPage();
      await page.goto(target.url, { waitUntil: 'domcontentloaded' });
      // The content script leaves its own measurement on its card's host element once the page is judged.
      const raw = await page
        .locator('tradeguard-card[data-timing]')
        .getAttribute('data-timing', { timeout: 15_000 })
        .catch(() => null);
      const t = raw ? (JSON.parse(raw) as { mainThreadMs: number; extractMs: number }) : null;
      if (t) {
        main.push(t.mainThreadMs);
        extract.push(t.extractMs);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const dir = join(EXTENSION, 'content-scripts');
  const gzipKb: Record<string, number> = {};
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    gzipKb[f] = gzipSync(readFileSync(join(dir, f))).length / 1024;
  }
  const sizeOf = (f: string) => statSync(join(dir, f)).size / 1024;
  console.log(
    `content script on the real 925 KB search page (Chromium, ${main.length}/${loads} loads): main-thread median ${median(main).toFixed(1)} ms ` +
      `(goal ≤ 20 ms), of which extraction ${median(extract).toFixed(1)} ms; all: ${main.map((m) => m.toFixed(1)).join(', ')}`,
  );
  for (const [f, kb] of Object.entries(gzipKb))
    console.log(
      `content-script bundle ${f}: ${kb.toFixed(1)} KB gzipped (${sizeOf(f).toFixed(0)} KB raw; goal ≤ 150 KB gzipped)`,
    );
  return { medianMs: median(main), extractMedianMs: median(extract), gzipKb };
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
