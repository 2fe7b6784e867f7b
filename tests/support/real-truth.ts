import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAuditFiles } from '../../scripts/cli/audit-files';
import { ROOT, shared } from './fixtures';

/**
 * Truth files (tests/fixtures/real-truth/<capture>.json): the facts a buyer
 * wants from each real capture, written by reading the page, each with where
 * the page shows it. The same comparison feeds the unit test and the corpus
 * report (`npm run bench -- --only=real-pages`), on the command line's public
 * JSON: what a scorer running `tradeguard audit <file> --json` would get.
 */
export const TRUTH_DIR = join(ROOT, 'tests/fixtures/real-truth');

export interface TruthFact {
  /** Into one page of the audit JSON: `supplier.taLimit`, `offers.length`, `offers[3].supplierName`, `offers[supplierName=X].years`. */
  path: string;
  /**
   * The value, null for "not shown", {anyOf: [...]} when the page states it in more than one form, or
   * {startsWith, length} for a long text of the page (a product title): the repository keeps no run of the
   * page's own words (tests/unit/repository/no-copied-text.test.ts).
   */
  expect: unknown;
  where: string;
}

export interface TruthFile {
  capture: string;
  read: string;
  kind: string;
  facts: TruthFact[];
}

export interface FactResult {
  path: string;
  expect: unknown;
  got: unknown;
  where: string;
}

export interface PageResult {
  capture: string;
  heldAside: boolean;
  expected: number;
  found: number;
  missing: FactResult[];
  wrong: FactResult[];
}

export function loadTruthFiles(): TruthFile[] {
  return readdirSync(TRUTH_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(TRUTH_DIR, f), 'utf8')) as TruthFile);
}

/** The captures named in HELD-ASIDE.md's table (never tuned on). */
export function heldAsideCaptures(): Set<string> {
  const text = readFileSync(join(TRUTH_DIR, 'HELD-ASIDE.md'), 'utf8');
  const names = [...text.matchAll(/^\|\s*([\w.-]+\.(?:html|js|json))\s*\|/gm)].map((m) => m[1] as string);
  return new Set(names);
}

/** One capture through the command line's audit, alone (no --url): its page of the public JSON. */
export async function auditCapture(capture: string): Promise<Record<string, unknown>> {
  const path = shared?.realCapture(capture);
  if (!path) throw new Error(`real capture ${capture} not found in the shared material`);
  const result = await runAuditFiles([{ file: capture, html: readFileSync(path, 'utf8') }], []);
  return result.pages[0] as unknown as Record<string, unknown>;
}

export function compareTruth(
  truth: TruthFile,
  page: Record<string, unknown>,
  heldAside: boolean,
): PageResult {
  const result: PageResult = {
    capture: truth.capture,
    heldAside,
    expected: truth.facts.length,
    found: 0,
    missing: [],
    wrong: [],
  };
  for (const fact of truth.facts) {
    const got = resolvePath(page, fact.path);
    const entry = { path: fact.path, expect: fact.expect, got, where: fact.where };
    const options = isAnyOf(fact.expect) ? fact.expect.anyOf : [fact.expect];
    if (options.some((o) => same(o, got))) result.found++;
    else if (got === null || got === undefined) result.missing.push(entry);
    else result.wrong.push(entry);
  }
  return result;
}

const isPrefix = (v: unknown): v is { startsWith: string; length?: number } =>
  typeof v === 'object' && v !== null && typeof (v as { startsWith?: unknown }).startsWith === 'string';

const isAnyOf = (v: unknown): v is { anyOf: unknown[] } =>
  typeof v === 'object' && v !== null && Array.isArray((v as { anyOf?: unknown }).anyOf);

function same(want: unknown, got: unknown): boolean {
  if (want === null) return got === null || got === undefined;
  if (isPrefix(want))
    return (
      typeof got === 'string' &&
      norm(got).startsWith(norm(want.startsWith)) &&
      (want.length === undefined || got.length === want.length)
    );
  if (typeof want === 'number') return typeof got === 'number' && Math.abs(want - got) < 1e-9;
  if (typeof want === 'string') return typeof got === 'string' && norm(want) === norm(got);
  if (Array.isArray(want))
    return Array.isArray(got) && want.length === got.length && want.every((w, i) => same(w, got[i]));
  if (typeof want === 'object') {
    if (typeof got !== 'object' || got === null) return false;
    return Object.entries(want as Record<string, unknown>).every(([k, v]) =>
      same(v, (got as Record<string, unknown>)[k]),
    );
  }
  return want === got;
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** `a.b[2].c`, `offers[*]…` is not supported on purpose: each fact names one value. */
export function resolvePath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? []) {
    if (node === null || node === undefined) return node;
    if (part.startsWith('[')) {
      const inner = part.slice(1, -1);
      if (!Array.isArray(node)) return undefined;
      const eq = inner.indexOf('=');
      if (eq > 0) {
        const key = inner.slice(0, eq);
        const value = inner.slice(eq + 1);
        node = node.find(
          (item) =>
            typeof item === 'object' &&
            item &&
            norm(String((item as Record<string, unknown>)[key] ?? '')) === norm(value),
        );
      } else node = node[Number(inner)];
    } else if (part === 'length' && Array.isArray(node)) node = node.length;
    else node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** One line per page and the totals, for the report and for a failing test's message. */
export function formatResults(results: readonly PageResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(
      `${r.capture}: expected ${r.expected}, found ${r.found}, missing ${r.missing.length}, wrong ${r.wrong.length}`,
    );
    for (const w of r.wrong)
      lines.push(
        `    wrong   ${w.path}: got ${JSON.stringify(w.got)}, page shows ${JSON.stringify(w.expect)}`,
      );
    for (const m of r.missing)
      lines.push(`    missing ${m.path}: page shows ${JSON.stringify(m.expect)} (${m.where})`);
  }
  return lines;
}

export function totals(results: readonly PageResult[]) {
  return results.reduce(
    (t, r) => ({
      pages: t.pages + 1,
      expected: t.expected + r.expected,
      found: t.found + r.found,
      missing: t.missing + r.missing.length,
      wrong: t.wrong + r.wrong.length,
      pagesPassing: t.pagesPassing + (r.found === r.expected ? 1 : 0),
    }),
    { pages: 0, expected: 0, found: 0, missing: 0, wrong: 0, pagesPassing: 0 },
  );
}
