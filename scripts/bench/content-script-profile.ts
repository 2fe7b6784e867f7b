import { join, resolve } from 'node:path';
import { launchWithExtension } from '../browser/launch';
import { routeSamples, startSampleServer } from '../browser/serve-samples';
import { samplePages } from '../sample-pages';

/**
 * Where the content script's main-thread time goes on one page, from V8's sampling profiler
 * (CDP Profiler), cold loads: self time by script and by function. Build unminified for readable
 * names (TRADEGUARD_UNMINIFIED=1 npm run build). Usage: npx tsx scripts/bench/content-script-profile.ts
 * <page file suffix> [loads] with TRADEGUARD_BENCH_EXTENSION=<dir> for another build, and
 * TRADEGUARD_PROFILE_UNDER=<function name> (say readPage, or draw for the card's render) for the self time of
 * what runs under that function and its call tree: where a part of the bench's split goes.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION = process.env.TRADEGUARD_BENCH_EXTENSION ?? join(ROOT, '.output/chrome-mv3');

const MAX_TREE_DEPTH = 14;
const MIN_TREE_MS = 0.15;

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
  /** Under TRADEGUARD_PROFILE_UNDER: self time by function, and inclusive time by call path. */
  const under = process.env.TRADEGUARD_PROFILE_UNDER;
  const selfUnder = new Map<string, number>();
  const tree = new Map<string, number>();
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
        if (under) {
          const stack: string[] = [];
          for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
            const n = nodes.get(at);
            if (n) stack.unshift(name(n));
          }
          const root = stack.findIndex((s) => s.endsWith(` ${under}`));
          if (root >= 0) {
            const own = stack.at(-1) as string;
            selfUnder.set(own, (selfUnder.get(own) ?? 0) + dt);
            for (let d = root; d < stack.length && d < root + MAX_TREE_DEPTH; d++) {
              const path = stack.slice(root, d + 1).join(' > ');
              tree.set(path, (tree.get(path) ?? 0) + dt);
            }
          }
        }
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
  if (under) {
    console.log(`self time under ${under}:`);
    for (const [k, v] of top(selfUnder, 40)) console.log(`  ${(v / loads).toFixed(2).padStart(6)}  ${k}`);
    console.log(`call tree under ${under} (inclusive, paths over ${MIN_TREE_MS} ms):`);
    // A path sorts after its parent's (it extends it), so the tree prints in order.
    for (const [path, v] of [...tree.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (v / loads < MIN_TREE_MS) continue;
      const parts = path.split(' > ');
      console.log(`  ${(v / loads).toFixed(2).padStart(6)} ${'  '.repeat(parts.length - 1)}${parts.at(-1)}`);
    }
  }
  console.log('inclusive (the function and what it calls), extension code only:');
  for (const [k, v] of top(inclusive, 60)) console.log(`  ${(v / loads).toFixed(2).padStart(6)}  ${k}`);
}

void main(process.argv[2] ?? 'Air_fryers_page_10.html', Number(process.argv[3] ?? 5));
