/**
 * How extraction time grows with the size of each kind of damage a hostile or
 * broken page can carry. Each family is timed at 1×, 2×, 4× and 8× its base
 * size on one of our own fixture pages; the figure that matters is the ratio
 * per doubling (≈2 is linear, ≈4 quadratic), which a busy machine does not
 * move the way it moves milliseconds.
 * Run: npx tsx scripts/bench/fuzz-scaling.ts   (or npm run bench -- --only=fuzz-scaling)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../lib/pages/extract';
import { urlFromSavedPage } from '../../lib/pages/saved-url';
import {
  deepNesting,
  giantText,
  mulberry32,
  repeatedAnchors,
  unclosedBraces,
} from '../../tests/support/page-mutations';

const PAGES = resolve(import.meta.dirname, '../../tests/fixtures/pages');
const SUPPLIER = 'alibaba-supplier/sunrise-shopsign-module-data.html';
const PRODUCT = 'alibaba-product/air-fryer-detaildata.html';
const SEARCH = 'alibaba-search/air-fryer-sse10-json.html';
const ALIEXPRESS = 'aliexpress-item/item-runparams.html';

interface Family {
  name: string;
  page: string;
  unit: string;
  base: number;
  grow: (html: string, n: number) => string;
}

/** Each family on the page kind whose readers it attacks (the anchors are the keys those readers look for). */
const FAMILIES: Family[] = [
  { name: 'deep nesting', page: PRODUCT, unit: 'levels', base: 1000, grow: deepNesting },
  { name: 'unclosed braces', page: SEARCH, unit: 'objects', base: 1000, grow: unclosedBraces },
  {
    name: 'anchors globalData',
    page: PRODUCT,
    unit: 'anchors',
    base: 1500,
    grow: (h, n) => repeatedAnchors(h, n),
  },
  {
    name: 'anchors pageModuleMap',
    page: SUPPLIER,
    unit: 'anchors',
    base: 1500,
    grow: (h, n) => repeatedAnchors(h, n, 'pageModuleMap'),
  },
  {
    name: 'anchors storeModule',
    page: ALIEXPRESS,
    unit: 'anchors',
    base: 1500,
    grow: (h, n) => repeatedAnchors(h, n, 'storeModule'),
  },
  // Ahead of the page's own data, so every reader meets them before the real value.
  {
    name: 'globalData before data',
    page: PRODUCT,
    unit: 'anchors',
    base: 1500,
    grow: (h, n) => repeatedAnchors(h, n, 'globalData', { before: true }),
  },
  {
    name: 'storeModule before data',
    page: ALIEXPRESS,
    unit: 'anchors',
    base: 1500,
    grow: (h, n) => repeatedAnchors(h, n, 'storeModule', { before: true }),
  },
  {
    name: 'quoted pageModuleMap',
    page: SUPPLIER,
    unit: 'anchors',
    base: 1500,
    grow: (h, n) => repeatedAnchors(h, n, 'pageModuleMap', { before: true, quoted: true }),
  },
  {
    name: 'giant text',
    page: SUPPLIER,
    unit: 'chars',
    base: 250_000,
    grow: (h, n) => giantText(h, mulberry32(1), n),
  },
];

function best(runs: number, work: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

export function main(runs = 3): { family: string; ms: number[]; ratios: number[] }[] {
  const results: { family: string; ms: number[]; ratios: number[] }[] = [];
  console.log(
    'extraction time by size of damage (best of 3, HTML parsing excluded); ratio per doubling: 2 = linear',
  );
  for (const family of FAMILIES) {
    const html = readFileSync(resolve(PAGES, family.page), 'utf8');
    const url = urlFromSavedPage(html) ?? 'https://www.alibaba.com/';
    const ms = [1, 2, 4, 8].map((k) => {
      const doc = parseHTML(family.grow(html, family.base * k)).document as unknown as Document;
      extractPage(doc, url); // warm
      return best(runs, () => extractPage(doc, url));
    });
    const ratios = ms.slice(1).map((v, i) => v / (ms[i] as number));
    results.push({ family: family.name, ms, ratios });
    console.log(
      `  ${family.name.padEnd(24)} ${[1, 2, 4, 8].map((k, i) => `${k}× ${(family.base * k).toLocaleString('en')} ${family.unit}: ${(ms[i] as number).toFixed(1)} ms`).join(' · ')}`,
    );
    console.log(`  ${''.padEnd(24)} per doubling: ${ratios.map((r) => r.toFixed(2)).join(', ')} (goal ≈ 2)`);
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
