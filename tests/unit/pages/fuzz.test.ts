import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type PageSnapshot, PageSnapshotSchema } from '../../../lib/model/snapshot';
import { extractPage } from '../../../lib/pages/extract';
import { allOwnFixtures, REAL_URLS, readReal, shared } from '../../support/fixtures';
import { MUTATIONS, type Mutation, mulberry32, pickIndex } from '../../support/page-mutations';

/**
 * ≥1,000 damaged pages through extractPage: truncated, attributes stripped,
 * script JSON corrupted by byte flips, a 2 MB text node, 4,000 nested tags.
 * What a buyer would notice: nothing escapes into the page (no exception),
 * the snapshot still validates, and a page cut short never invents a fact —
 * each supplier fact is the whole page's value or unknown (null).
 * Time is not asserted here (a busy machine would fail it): the scaling of
 * each damage family is printed by `npm run bench -- --only=fuzz-scaling`.
 * Seeded: a failure prints the seed and case index to reproduce it.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const CASES = 1000;

type Base = { name: string; html: string; url: string };

/** Supplier, product and search pages (and the real captures); the other kinds are fuzzed separately, so a failure names its page family. */
const LISTING_KINDS = /\/alibaba-(product|supplier|search)\//;

const SUPPLIER_FACTS = [
  'name',
  'taLimit',
  'yearsOnPlatform',
  'responseRate',
  'onTimeDeliveryRate',
  'rating',
] as const;

/**
 * A page cut short may lose facts, never change them: each fact is the whole
 * page's value or null — except that a cut falling inside the supplier's name
 * leaves the start of that name (a saved page cut mid-word shows the same).
 */
function inventedFacts(whole: PageSnapshot, cut: PageSnapshot): string[] {
  const out: string[] = [];
  for (const key of SUPPLIER_FACTS) {
    const got = cut.supplier?.[key] ?? null;
    if (got === null) continue;
    const want = whole.supplier?.[key] ?? null;
    const cutInsideName =
      key === 'name' && typeof got === 'string' && typeof want === 'string' && want.startsWith(got);
    if (!cutInsideName && JSON.stringify(got) !== JSON.stringify(want))
      out.push(`supplier.${key} ${JSON.stringify(got)} (whole page: ${JSON.stringify(want)})`);
  }
  return out;
}

function fuzz(bases: Base[], big: Base[], cases: number, seed: number): string[] {
  const whole = new Map<Base, PageSnapshot>();
  for (const base of [...bases, ...big])
    whole.set(base, extractPage(parseHTML(base.html).document as unknown as Document, base.url));
  const rnd = mulberry32(seed);
  const names = Object.keys(MUTATIONS);
  const failures: string[] = [];
  for (let i = 0; i < cases; i++) {
    const base =
      big.length && i % 50 === 0
        ? (big[(i / 50) % big.length] as Base)
        : (bases[pickIndex(bases.length, rnd)] as Base);
    const name = names[pickIndex(names.length, rnd)] as string;
    const html = (MUTATIONS[name] as Mutation)(base.html, rnd);
    const label = `case ${i} (seed ${seed}): ${name} of ${base.name.split('/pages/').pop()}`;
    try {
      const snapshot = extractPage(parseHTML(html).document as unknown as Document, base.url);
      if (!PageSnapshotSchema.safeParse(snapshot).success) failures.push(`${label}: invalid snapshot`);
      if (name === 'truncate')
        for (const fact of inventedFacts(whole.get(base) as PageSnapshot, snapshot))
          failures.push(`${label}: invented ${fact}`);
    } catch (error) {
      failures.push(`${label}: threw ${String(error)}`);
    }
  }
  return failures;
}

const own = () => allOwnFixtures().map((f) => ({ name: f.path, html: f.html, url: f.url }));
const real = (key: 'product' | 'challenge' | 'searchEn' | 'searchFr'): Base => ({
  name: `real ${key}`,
  html: readReal(key).html,
  url: REAL_URLS[key],
});

describe('extractPage under damaged pages', () => {
  it(`supplier, product and search pages${shared ? ' + real captures' : ' (no shared material: own fixtures only)'}: ${CASES} mutated pages (seed ${SEED})`, () => {
    const bases: Base[] = own().filter((b) => LISTING_KINDS.test(b.name));
    const big: Base[] = [];
    if (shared) {
      bases.push(real('product'), real('challenge'));
      big.push(real('searchEn'), real('searchFr'));
    }
    expect(bases.length).toBeGreaterThanOrEqual(6);
    expect(fuzz(bases, big, CASES, SEED)).toEqual([]);
  }, 300_000);

  it(`order, payment, message and AliExpress pages: ${CASES} mutated pages (seed ${SEED + 1})`, () => {
    const bases = own().filter((b) => !LISTING_KINDS.test(b.name));
    expect(bases.length).toBeGreaterThanOrEqual(6);
    expect(fuzz(bases, [], CASES, SEED + 1)).toEqual([]);
  }, 300_000);
});
