import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractPage } from '../lib/pages/extract';
import { urlFromSavedPage } from '../lib/pages/saved-url';

let html = readFileSync(process.argv[2] as string, 'utf8');
if (/^\s*(window|[{[])/.test(html)) html = `<html><body><script>${html}</script></body></html>`;
const doc = parseHTML(html).document as unknown as Document;
const url = urlFromSavedPage(html) ?? 'about:blank';
const n = Number(process.argv[3] ?? 20);
for (let i = 0; i < 3; i++) extractPage(doc, url);
const s = performance.now();
for (let i = 0; i < n; i++) extractPage(doc, url);
console.log(((performance.now() - s) / n).toFixed(2), 'ms');
