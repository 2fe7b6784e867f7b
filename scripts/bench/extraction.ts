/**
 * Page extraction cost on the real 925 KB alibaba.com search capture
 * (2024-09, 48 offers in window.__page__data). Prints, in milliseconds:
 * linkedom's parse (for information: in the browser the page is already
 * parsed), plain JSON.parse of the embedded JSON text (the floor), and
 * extractPage from an already-parsed Document; then the ratio (goal ≤ 3).
 * Run: npx tsx scripts/bench/extraction.ts [runs]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { matchingClose } from '../../lib/pages/embedded-json';
import { extractPage } from '../../lib/pages/extract';
import { sharedAbsentNotice, sharedMaterial } from '../shared-material';

const PAGE_FILE = 'alibaba_search_en_2024-09_poneoneo_Air_fryers_page_10.html';
const URL = 'https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&SearchText=school+bags&page=10';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(runs: number, work: () => unknown): number {
  for (let i = 0; i < 5; i++) work(); // warm-up: JIT, inline caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The object literal assigned to window.__page__data, as text. */
function embeddedJsonText(html: string): string {
  const at = html.indexOf('window.__page__data = ');
  const open = html.indexOf('{', at);
  const close = matchingClose(html, open);
  if (at < 0 || close < 0) throw new Error('window.__page__data not found in the capture');
  return html.slice(open, close + 1);
}

export function main(
  runs = 30,
): { parseMs: number; jsonParseMs: number; extractMs: number; ratio: number } | null {
  const PAGE = sharedMaterial()?.realCapture(PAGE_FILE);
  if (!PAGE) {
    console.log(sharedAbsentNotice('the extraction benchmark on the real 925 KB search page'));
    return null;
  }
  const html = readFileSync(PAGE, 'utf8');
  const json = embeddedJsonText(html);
  const parseMs = time(Math.max(3, Math.floor(runs / 5)), () => parseHTML(html));
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  // Interleaved, so both sides see the same machine load (CI boxes are shared).
  const jsonSamples: number[] = [];
  const extractSamples: number[] = [];
  let offers = 0;
  for (let i = 0; i < runs + 5; i++) {
    let start = performance.now();
    JSON.parse(json);
    const jsonMs = performance.now() - start;
    start = performance.now();
    offers = extractPage(doc, URL).offers?.length ?? 0;
    const extractMs = performance.now() - start;
    if (i >= 5) {
      jsonSamples.push(jsonMs);
      extractSamples.push(extractMs);
    }
  }
  const jsonParseMs = median(jsonSamples);
  const extractMs = median(extractSamples);
  const ratio = extractMs / jsonParseMs;
  console.log(
    `extraction bench — ${PAGE.split('/').pop()} (${(html.length / 1024).toFixed(0)} KB, JSON ${(json.length / 1024).toFixed(0)} KB, ${offers} offers), median of ${runs} runs`,
  );
  console.log(`  linkedom parseHTML (info)      ${parseMs.toFixed(2)} ms`);
  console.log(`  JSON.parse of embedded JSON    ${jsonParseMs.toFixed(2)} ms`);
  console.log(`  extractPage (pre-parsed doc)   ${extractMs.toFixed(2)} ms`);
  console.log(`  ratio extractPage / JSON.parse ${ratio.toFixed(2)} (goal ≤ 3)`);
  return { parseMs, jsonParseMs, extractMs, ratio };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(Number(process.argv[2]) || 30);
