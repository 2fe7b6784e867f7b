import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { urlFromSavedPage } from '../../../lib/pages/saved-url';

/** Test-only helpers: fixture files in, parsed Documents out (linkedom stays out of lib/). */
export const REAL = '/work/shared/fixtures/real';
export const OWN = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');

export const REAL_PAGES = {
  searchEn: join(REAL, 'alibaba_search_en_2024-09_poneoneo_Air_fryers_page_10.html'),
  searchFr: join(REAL, 'alibaba_search_fr_2024-07_poneoneo_pc_lenovo_page_1.html'),
  product: join(REAL, 'alibaba_pdp_sanitized_vct-connect_1600147809763.html'),
  challenge: join(REAL, 'alibaba_access_challenge_sanitized_vct-connect.html'),
  captcha: join(REAL, 'alibaba_captcha_interception_moq-pools_headless-output.html'),
} as const;

/** The real captures carry no "saved from" comment: their URLs per the fixtures README. */
export const REAL_URLS: Record<keyof typeof REAL_PAGES, string> = {
  searchEn: 'https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&SearchText=school+bags&page=10',
  searchFr: 'https://french.alibaba.com/trade/search?fsb=y&IndexArea=product_fr&SearchText=pc+lenovo',
  product: 'https://www.alibaba.com/product-detail/100-Cotton-180gsm-T-Shirts-Men_1600147809763.html',
  challenge: 'https://www.alibaba.com/product-detail/100-Cotton-180gsm-T-Shirts-Men_1600147809763.html',
  captcha: 'https://www.alibaba.com/trade/search?SearchText=moq',
};

export function readPage(path: string): { html: string; document: Document; url: string } {
  const html = readFileSync(path, 'utf8');
  const { document } = parseHTML(html);
  return { html, document: document as unknown as Document, url: urlFromSavedPage(html) ?? '' };
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Every .html fixture under tests/fixtures/pages/** (this helper's and part B's), with its saved URL. */
export function allOwnFixtures(): { path: string; html: string; url: string }[] {
  const out: { path: string; html: string; url: string }[] = [];
  let dirs: string[] = [];
  try {
    dirs = readdirSync(OWN);
  } catch {
    return out;
  }
  for (const dir of dirs) {
    let files: string[] = [];
    try {
      files = readdirSync(join(OWN, dir)).filter((f) => f.endsWith('.html'));
    } catch {
      continue;
    }
    for (const file of files) {
      const path = join(OWN, dir, file);
      const html = readFileSync(path, 'utf8');
      out.push({ path, html, url: urlFromSavedPage(html) ?? `https://www.alibaba.com/unknown/${file}` });
    }
  }
  return out;
}
