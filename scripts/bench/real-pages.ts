/**
 * The real-page corpus report: every real capture in the shared material
 * against its truth file (tests/fixtures/real-truth/), through the command
 * line's public JSON, with facts expected / found / missing / wrong per page;
 * the development set and the held-aside set (never tuned on) apart. Then the
 * extraction time of each capture against its JSON.parse floor, measured in
 * the same run (goal: ratio ≤ 3 on each).
 * Run: npm run bench -- --only=real-pages   (or npx tsx scripts/bench/real-pages.ts)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { jsLiteralToJson } from '../../lib/pages/embedded/js-literal';
import { matchingClose } from '../../lib/pages/embedded-json';
import { extractPage } from '../../lib/pages/extract';
import { urlFromSavedPage } from '../../lib/pages/saved-url';
import {
  auditCapture,
  compareTruth,
  formatResults,
  heldAsideCaptures,
  loadTruthFiles,
  type PageResult,
  totals,
} from '../../tests/support/real-truth';
import { sharedAbsentNotice, sharedMaterial } from '../shared-material';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * The floor: the page's largest embedded data block parsed by the native JSON.parse (what any
 * reader of that data must at least pay). A page that carries no data block (rendered markup
 * only) is floored at parsing its whole text as one JSON string: reading its bytes once.
 */
function floorText(text: string): { json: string; what: string } {
  if (/^\s*[[{]/.test(text)) return { json: text, what: 'the file itself' };
  let best = '';
  const blocks: string[] = [];
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) blocks.push(m[1] as string);
  if (!/<script/i.test(text.slice(0, 2000)) && /^\s*(window|var|let|const)\b/.test(text)) blocks.push(text);
  for (const script of blocks) {
    for (let at = script.indexOf('{'); at >= 0 && at < script.length; at = script.indexOf('{', at + 1)) {
      const end = matchingClose(script, at);
      if (end < 0) continue;
      if (end - at > best.length) {
        const json = jsLiteralToJson(script.slice(at, end + 1));
        if (json && isJson(json)) best = json;
      }
      at = end;
    }
  }
  for (const m of text.matchAll(/module-data=["']([^"']+)["']/g)) {
    try {
      const json = decodeURIComponent((m[1] as string).replace(/\+/g, '%20'));
      if (json.length > best.length && isJson(json)) best = json;
    } catch {
      // not URL-encoded JSON
    }
  }
  return best.length > 2000
    ? { json: best, what: `largest data block (${(best.length / 1024).toFixed(0)} KB)` }
    : { json: JSON.stringify(text), what: 'no data block: the page text as one JSON string' };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Same wrapping of a bare JSON/JS file as the command line. */
function documentOf(text: string): Document {
  if (/^\s*[[{]/.test(text) || /^\s*(window|var|let|const)\b/.test(text)) {
    const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
    const script = document.createElement('script');
    script.textContent = text;
    document.body.appendChild(script);
    return document as unknown as Document;
  }
  return parseHTML(text).document as unknown as Document;
}

function timing(path: string, runs: number) {
  const text = readFileSync(path, 'utf8');
  const { json, what } = floorText(text);
  const doc = documentOf(text);
  const url = urlFromSavedPage(text) ?? 'about:blank';
  const floor: number[] = [];
  const extract: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    let t = performance.now();
    JSON.parse(json);
    const f = performance.now() - t;
    t = performance.now();
    extractPage(doc, url);
    const e = performance.now() - t;
    if (i >= 3) {
      floor.push(f);
      extract.push(e);
    }
  }
  const floorMs = median(floor);
  const extractMs = median(extract);
  return { kb: text.length / 1024, floorMs, extractMs, ratio: extractMs / floorMs, what };
}

export async function main(runs = 9) {
  const material = sharedMaterial();
  if (!material) {
    console.log(sharedAbsentNotice('the real-page corpus report'));
    return null;
  }
  const aside = heldAsideCaptures();
  const results: PageResult[] = [];
  // While the readers are developed, the held-aside pages' results stay unseen: TRADEGUARD_SKIP_ASIDE=1.
  const skipAside = process.env.TRADEGUARD_SKIP_ASIDE === '1';
  const absent: string[] = [];
  for (const truth of loadTruthFiles()) {
    if (skipAside && aside.has(truth.capture)) continue;
    if (!material.realCapture(truth.capture)) {
      absent.push(truth.capture);
      continue;
    }
    results.push(compareTruth(truth, await auditCapture(truth.capture), aside.has(truth.capture)));
  }
  if (absent.length > 0) {
    console.log(
      `\n${absent.length} captures with a truth file are not in the shared material and are left out (tests/fixtures/real-truth/ORIGINS.md):`,
    );
    for (const name of absent) console.log(`  absent ${name}`);
  }
  for (const [title, held] of [
    ['development set', false],
    ['held aside (never tuned on)', true],
  ] as const) {
    const part = results.filter((r) => r.heldAside === held);
    const t = totals(part);
    console.log(`\nreal pages, ${title}: ${t.pages} captures`);
    for (const line of formatResults(part)) console.log(`  ${line}`);
    console.log(
      `  TOTAL ${title}: facts expected ${t.expected}, found ${t.found} (${((100 * t.found) / Math.max(1, t.expected)).toFixed(1)}%), missing ${t.missing}, wrong ${t.wrong}; pages with every fact: ${t.pagesPassing}/${t.pages}`,
    );
  }
  const all = totals(results);
  console.log(
    `\nTOTAL all captures: facts expected ${all.expected}, found ${all.found}, missing ${all.missing}, wrong ${all.wrong}; pages with every fact: ${all.pagesPassing}/${all.pages}`,
  );
  console.log(
    `\nextraction time vs the JSON.parse floor (median of ${runs}, HTML parsing excluded; goal ≤ 3)`,
  );
  const timings = [];
  for (const r of results) {
    const path = material.realCapture(r.capture);
    if (!path) continue;
    const t = timing(path, runs);
    timings.push({ capture: r.capture, ...t });
    console.log(
      `  ${t.ratio <= 3 ? 'ok ' : 'OVER'} ratio ${t.ratio.toFixed(2).padStart(6)}  extract ${t.extractMs.toFixed(2).padStart(7)} ms  floor ${t.floorMs.toFixed(2).padStart(6)} ms  ${t.kb.toFixed(0).padStart(5)} KB  ${r.capture}  [floor: ${t.what}]`,
    );
  }
  return { results, timings };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) void main();
