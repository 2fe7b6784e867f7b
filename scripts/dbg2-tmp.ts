import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { pageText } from '../lib/pages/sources/page-text';
const doc = parseHTML(readFileSync(process.argv[2] as string, 'utf8')).document as unknown as Document;
const t = pageText(doc);
console.log(JSON.stringify(t.visible), t.comments, t.tooltips);
