import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, it } from 'vitest';
import { urlFromSavedPage } from '../../lib/pages/saved-url';
import { sharedAbsentNotice, sharedMaterial } from '../../scripts/shared-material';

/**
 * The one fixture loader of the unit tests: our own pages under
 * tests/fixtures/pages/, and the real captures other people saved, which stay
 * in the shared folder (scripts/shared-material.ts) and are never copied here.
 * linkedom stays out of lib/: tests parse, lib/ reads Documents.
 */
export const ROOT = resolve(import.meta.dirname, '../..');
export const OWN = join(ROOT, 'tests/fixtures/pages');

export const shared = sharedMaterial();

/**
 * A describe block that needs the shared material: reported as skipped, with
 * the reason in its name and one line on the console, when it is absent.
 */
export function describeWithShared(name: string, body: () => void): void {
  if (!shared) {
    console.info(sharedAbsentNotice(name));
    // The body is not run: it would read the missing files while collecting.
    describe.skip(name, () => {
      it('needs the shared material (real captures, seed articles): set TRADEGUARD_SHARED', () => {});
    });
    return;
  }
  // biome-ignore lint/correctness/usePlaywrightValidDescribeCallback: vitest's describe, and body is a function passed through.
  describe(name, body);
}

/** The original real captures (fixtures/real/README.md in the shared material names each one's origin). */
export const REAL_FILES = {
  searchEn: 'alibaba_search_en_2024-09_poneoneo_Air_fryers_page_10.html',
  searchFr: 'alibaba_search_fr_2024-07_poneoneo_pc_lenovo_page_1.html',
  product: 'alibaba_pdp_sanitized_vct-connect_1600147809763.html',
  challenge: 'alibaba_access_challenge_sanitized_vct-connect.html',
  captcha: 'alibaba_captcha_interception_moq-pools_headless-output.html',
} as const;
export type RealKey = keyof typeof REAL_FILES;

/** The real captures carry no "saved from" comment: their URLs per the fixtures README. */
export const REAL_URLS: Record<RealKey, string> = {
  searchEn: 'https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&SearchText=school+bags&page=10',
  searchFr: 'https://french.alibaba.com/trade/search?fsb=y&IndexArea=product_fr&SearchText=pc+lenovo',
  product: 'https://www.alibaba.com/product-detail/100-Cotton-180gsm-T-Shirts-Men_1600147809763.html',
  challenge: 'https://www.alibaba.com/product-detail/100-Cotton-180gsm-T-Shirts-Men_1600147809763.html',
  captcha: 'https://www.alibaba.com/trade/search?SearchText=moq',
};

/** Path of a real capture; throws inside a describeWithShared block only if the file itself is missing. */
export function realPath(fileOrKey: string): string {
  const file = (REAL_FILES as Record<string, string>)[fileOrKey] ?? fileOrKey;
  const path = shared?.realCapture(file);
  if (!path) throw new Error(`real capture ${file} not found in the shared material`);
  return path;
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Any page file as HTML, a Document and the URL from its "saved from" comment ('' when none). */
export function readPage(path: string): { html: string; document: Document; url: string } {
  const html = readFileSync(path, 'utf8');
  return { html, document: parse(html), url: urlFromSavedPage(html) ?? '' };
}

/** A real capture by key (see REAL_FILES) or file name. */
export function readReal(fileOrKey: string): { html: string; document: Document; url: string } {
  return readPage(realPath(fileOrKey));
}

/** One of our own fixture pages, by its path under tests/fixtures/pages/. */
export function loadPage(path: string): { doc: Document; url: string } {
  const { document, url } = readPage(join(OWN, path));
  return { doc: document, url };
}

export function loadJson(path: string): unknown {
  return JSON.parse(readFileSync(join(OWN, path), 'utf8'));
}

export const usd = (major: number) => ({ minor: Math.round(major * 100), currency: 'USD' });

/** Every .html fixture under tests/fixtures/pages/**, with its saved URL. */
export function allOwnFixtures(): { path: string; html: string; url: string }[] {
  const out: { path: string; html: string; url: string }[] = [];
  for (const dir of readdirSync(OWN)) {
    for (const file of readdirSync(join(OWN, dir)).filter((f) => f.endsWith('.html'))) {
      const path = join(OWN, dir, file);
      const html = readFileSync(path, 'utf8');
      out.push({ path, html, url: urlFromSavedPage(html) ?? `https://www.alibaba.com/unknown/${file}` });
    }
  }
  return out;
}
