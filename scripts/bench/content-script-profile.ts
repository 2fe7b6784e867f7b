import { join, resolve } from 'node:path';
import { launchWithExtension } from '../browser/launch';
import { routeSamples, startSampleServer } from '../browser/serve-samples';
import { samplePages } from '../sample-pages';

/**
 * Where the content script's main-thread time goes on one page, from V8's sampling profiler
 * (CDP Profiler), cold loads: self time by script and by function. Build unminified for readable
 * names. Usage: npx tsx scripts/bench/content-script-profile.ts <page file suffix> [loads]
 * with TRADEGUARD_BENCH_EXTENSION=<dir> for another build.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION = process.env.TRADEGUARD_BENCH_EXTENSION ?? join(ROOT, '.output/chrome-mv3');

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

async function main(suffix: string, loads: number) {
  const pages = samplePages();
  const sample = pages.find((p) => p.file.endsWith(suffix));
  if (!sample) throw new Error(`no sample page ends with ${suffix}`);
  const server = await startSampleServer(pages);
  const browser = await launchWithExtension({ extensionDir: EXTENSION, headless: true });
  await routeSamples(browser.context, pages, server);
  const byUrl = new Map<string, number>();
  const byFn = new Map<string, number>();
  /** Inclusive: the sample counts for every function on its stack (once each). */
  const inclusive = new Map<string, number>();
  try {
    for (let i = 0; i < loads; i++) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await page.goto(sample.url, { waitUntil: 'domcontentloaded' });
      await page.locator('tradeguard-card[data-timing]').getAttribute('data-timing', { timeout: 15_000 });
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
        profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
      };
      const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const name = (n: Node) =>
        `${n.callFrame.url.replace(/^.*\//, '') || '(native)'}:${n.callFrame.lineNumber + 1} ${n.callFrame.functionName || '(anon)'}`;
      profile.samples.forEach((id, k) => {
        const node = nodes.get(id);
        const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
        if (!node) return;
        const url = node.callFrame.url.replace(/^.*\//, '') || `(${node.callFrame.functionName || 'native'})`;
        byUrl.set(url, (byUrl.get(url) ?? 0) + dt);
        const fn = `${url}:${node.callFrame.lineNumber + 1} ${node.callFrame.functionName || '(anon)'}`;
        byFn.set(fn, (byFn.get(fn) ?? 0) + dt);
        const seen = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const n = nodes.get(at);
          if (!n || !/chrome-extension/.test(n.callFrame.url)) continue;
          const key = name(n);
          if (seen.has(key)) continue;
          seen.add(key);
          inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
        }
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`self time per load, by script (ms), ${loads} loads of ${suffix}:`);
  for (const [k, v] of top(byUrl, 12)) console.log(`  ${(v / loads).toFixed(1).padStart(6)}  ${k}`);
  console.log('by function:');
  for (const [k, v] of top(byFn, 30)) console.log(`  ${(v / loads).toFixed(2).padStart(6)}  ${k}`);
  console.log('inclusive (the function and what it calls), extension code only:');
  for (const [k, v] of top(inclusive, 60)) console.log(`  ${(v / loads).toFixed(2).padStart(6)}  ${k}`);
}

void main(process.argv[2] ?? 'Air_fryers_page_10.html', Number(process.argv[3] ?? 5));
