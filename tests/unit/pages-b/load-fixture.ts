import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { urlFromSavedPage } from '../../../lib/pages/saved-url';

const ROOT = join(__dirname, '../../fixtures/pages');

/** A saved fixture page as a Document plus the URL from its "saved from" comment. */
export function loadPage(path: string): { doc: Document; url: string } {
  const html = readFileSync(join(ROOT, path), 'utf8');
  const { document } = parseHTML(html);
  return { doc: document as unknown as Document, url: urlFromSavedPage(html) ?? '' };
}

export function loadJson(path: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
}

export const usd = (major: number) => ({ minor: Math.round(major * 100), currency: 'USD' });
