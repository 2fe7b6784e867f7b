import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../browser/launch';
import { routeSamples, startSampleServer } from '../browser/serve-samples';
import { type SamplePage, samplePages } from '../sample-pages';
import { type ChatPageLoad, chatPageOnce, reportChatPage } from './chat-page';

/**
 * The content script's cost in the buyer's page, in Chromium with the built
 * extension, cold (a new tab per load), median of N loads per page:
 * - its own synchronous work as it measures it (data-timing on the card's host):
 *   inline-script reads, extraction, validation, fingerprint, card renders, badges/highlights;
 * - the bundle's compile and top-level evaluation, from Chromium's trace (v8.compile, v8.run);
 * - the card UI's compile and start-up (card-ui.js, injected when a page has a card), from the same trace:
 *   page's main-thread time too, printed beside the figure and added in "with the card UI";
 * - the message round trip to the background (a wait, not the page's time);
 * - the floor, in the same tab: reading every inline script's text and JSON.parse of the
 *   embedded data in it (what any reader of this page must at least do), and the ratio to it.
 * Goals: ≤ 20 ms on the real 925 KB search page, ≤ 10 ms on product, supplier and order pages;
 * content-script bundles ≤ 100 KB gzipped.
 * Then the chat tab (scripts/bench/chat-page.ts): main-thread time with many messages, beside its floor.
 */
const ROOT = resolve(import.meta.dirname, '../..');
/** Another build to measure (say, main's, built into a temporary folder): TRADEGUARD_BENCH_EXTENSION=<dir>. */
const EXTENSION = process.env.TRADEGUARD_BENCH_EXTENSION ?? join(ROOT, '.output/chrome-mv3');
/**
 * A build to compare with in the same run (before/after a change): TRADEGUARD_BENCH_BEFORE=<dir>. Its loads
 * alternate with this build's, page by page, so both see the same machine; both splits are printed.
 */
const BEFORE = process.env.TRADEGUARD_BENCH_BEFORE;

interface Timing {
  extractMs: number;
  mainThreadMs: number;
  parts?: Record<string, number>;
  waits?: Record<string, number>;
}

interface Traced {
  compileMs: number;
  evaluateMs: number;
  /** The card UI's bundle (entrypoints/card-ui): compile and top-level run (React and the card's modules). */
  cardCompileMs: number;
  cardEvaluateMs: number;
}

interface Load extends Traced {
  timing: Timing;
  floorMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Chromium's trace events for our bundle: compile and the top-level run (which starts main()). */
async function traced(page: Page, work: () => Promise<void>): Promise<Traced> {
  const cdp = await page.context().newCDPSession(page);
  const events: { name: string; dur?: number; args?: unknown }[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  await work();
  await cdp.send('Tracing.end');
  await complete;
  const of = (file: string) => events.filter((e) => JSON.stringify(e.args ?? {}).includes(file));
  const sum = (list: typeof events, name: string) =>
    list.filter((e) => e.name === name).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  const script = of('content-scripts/marketplace.js');
  const card = of('/card-ui.js');
  return {
    compileMs: sum(script, 'v8.compile'),
    evaluateMs: sum(script, 'v8.run'),
    cardCompileMs: sum(card, 'v8.compile'),
    cardEvaluateMs: sum(card, 'v8.run'),
  };
}

/** The floor, measured in the page's own tab: read the inline scripts, JSON.parse the data they embed. */
function floorInPage(): number {
  const started = performance.now();
  for (const script of Array.from(document.scripts)) {
    if (script.src) continue;
    const text = script.textContent ?? '';
    const open = text.search(/[=(]\s*\{"/);
    const close = text.lastIndexOf('}');
    if (open < 0 || close < open) continue;
    try {
      JSON.parse(text.slice(text.indexOf('{', open), close + 1));
    } catch {
      // not a single JSON value: no floor to take from it
    }
  }
  return performance.now() - started;
}

async function loadOnce(
  context: Page['context'] extends () => infer C ? C : never,
  url: string,
): Promise<Load | null> {
  const page = await context.newPage();
  try {
    let raw: string | null = null;
    const trace = await traced(page, async () => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      // The content script leaves its own measurement on its card's host element once the page is judged.
      raw = await page
        .locator('tradeguard-card[data-timing]')
        .getAttribute('data-timing', { timeout: 15_000 })
        .catch(() => null);
    });
    if (!raw) return null;
    const floorMs = await page.evaluate(floorInPage);
    return { timing: JSON.parse(raw) as Timing, ...trace, floorMs };
  } finally {
    await page.close();
  }
}

function report(label: string, goalMs: number, loads: Load[], tried: number): void {
  const m = (pick: (l: Load) => number) => median(loads.map(pick));
  const main = m((l) => l.timing.mainThreadMs);
  const floor = m((l) => l.floorMs);
  const ratio = m((l) => l.timing.mainThreadMs / Math.max(l.floorMs, 0.1));
  console.log(
    `${label} (${loads.length}/${tried} cold loads): main-thread median ${main.toFixed(1)} ms (goal ≤ ${goalMs} ms) — ` +
      `floor (inline scripts read + JSON.parse, same tab) ${floor.toFixed(1)} ms, ratio ${ratio.toFixed(2)}; ` +
      `all: ${loads.map((l) => l.timing.mainThreadMs.toFixed(1)).join(', ')}`,
  );
  const withCard = (l: Load) => l.timing.mainThreadMs + l.cardCompileMs + l.cardEvaluateMs;
  console.log(
    `  with the card UI's compile and start-up (card-ui.js, main-thread too): median ${m(withCard).toFixed(1)} ms, ` +
      `ratio ${m((l) => withCard(l) / Math.max(l.floorMs, 0.1)).toFixed(2)}`,
  );
  const parts = Object.keys(loads[0]?.timing.parts ?? {});
  const split = [
    `card UI compile ${m((l) => l.cardCompileMs).toFixed(1)}`,
    `card UI start-up ${m((l) => l.cardEvaluateMs).toFixed(1)}`,
    `compile ${m((l) => l.compileMs).toFixed(1)}`,
    `top-level run ${m((l) => l.evaluateMs).toFixed(1)} (module init + main() up to its first wait)`,
    ...parts.map((p) => `${p.replace(/Ms$/, '')} ${m((l) => l.timing.parts?.[p] ?? 0).toFixed(1)}`),
    ...Object.keys(loads[0]?.timing.waits ?? {}).map(
      (w) => `[wait] ${w.replace(/Ms$/, '')} ${m((l) => l.timing.waits?.[w] ?? 0).toFixed(1)}`,
    ),
  ];
  console.log(`  profile split, medians in ms: ${split.join(' · ')}`);
}

const TARGETS: { label: string; goalMs: number; pick: (p: SamplePage) => boolean }[] = [
  {
    label: 'real 925 KB search page',
    goalMs: 20,
    pick: (p) => p.file.endsWith('alibaba_search_en_2024-09_poneoneo_Air_fryers_page_10.html'),
  },
  { label: 'product page', goalMs: 10, pick: (p) => p.expectedKind === 'alibaba:product' },
  { label: 'supplier page', goalMs: 10, pick: (p) => p.expectedKind === 'alibaba:supplier' },
  { label: 'order page', goalMs: 10, pick: (p) => p.expectedKind === 'alibaba:order' },
  { label: 'AliExpress order page', goalMs: 10, pick: (p) => p.expectedKind === 'aliexpress:order' },
];

export async function main(loads = 10): Promise<{ medianMs: number; gzipKb: Record<string, number> }> {
  const pages = samplePages();
  const server = await startSampleServer(pages);
  const browser = await launchWithExtension({ extensionDir: EXTENSION, headless: true });
  await routeSamples(browser.context, pages, server);
  const before = BEFORE ? await launchWithExtension({ extensionDir: BEFORE, headless: true }) : null;
  if (before) await routeSamples(before.context, pages, server);
  let searchMedian = Number.NaN;
  try {
    for (const target of TARGETS) {
      // Real captures first: they are what buyers see.
      const sample =
        pages.find((p) => target.pick(p) && p.origin === 'real capture') ?? pages.find((p) => target.pick(p));
      if (!sample) {
        console.log(`${target.label}: no sample page (shared material absent?)`);
        continue;
      }
      const done: Load[] = [];
      const doneBefore: Load[] = [];
      for (let i = 0; i < loads; i++) {
        if (before) {
          const earlier = await loadOnce(before.context, sample.url);
          if (earlier) doneBefore.push(earlier);
        }
        const load = await loadOnce(browser.context, sample.url);
        if (load) done.push(load);
      }
      const name = `${target.label} ${sample.file.split('/').pop()}`;
      if (before) report(`BEFORE (${BEFORE}) ${name}`, target.goalMs, doneBefore, loads);
      report(`${before ? 'AFTER ' : ''}${name}`, target.goalMs, done, loads);
      if (target.goalMs === 20) searchMedian = median(done.map((l) => l.timing.mainThreadMs));
    }
    const chat = pages.find((p) => p.file.endsWith('messenger-classes.html'));
    if (chat) {
      const done: ChatPageLoad[] = [];
      const doneBefore: ChatPageLoad[] = [];
      const runs = Math.min(loads, 3);
      for (let i = 0; i < runs; i++) {
        if (before) {
          const earlier = await chatPageOnce(before.context, chat.url).catch(() => null);
          if (earlier) doneBefore.push(earlier);
        }
        const load = await chatPageOnce(browser.context, chat.url).catch(() => null);
        if (load) done.push(load);
      }
      if (before) reportChatPage(`BEFORE (${BEFORE})`, doneBefore, runs);
      reportChatPage(before ? 'AFTER' : '', done, runs);
    }
  } finally {
    await browser.close();
    await before?.close();
    await server.close();
  }
  const dir = join(EXTENSION, 'content-scripts');
  const gzipKb: Record<string, number> = {};
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    gzipKb[f] = gzipSync(readFileSync(join(dir, f))).length / 1024;
  }
  const sizeOf = (f: string) => statSync(join(dir, f)).size / 1024;
  for (const [f, kb] of Object.entries(gzipKb))
    console.log(
      `content-script bundle ${f}: ${kb.toFixed(1)} KB gzipped (${sizeOf(f).toFixed(0)} KB raw; goal ≤ 100 KB gzipped)`,
    );
  return { medianMs: searchMedian, gzipKb };
}

if (import.meta.url === `file://${process.argv[1]}`) void main(Number(process.argv[2] ?? 10));
