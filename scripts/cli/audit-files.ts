import { parseHTML } from 'linkedom';
import { runAudit } from '../../lib/cli/audit';
import type { CorrectionValue } from '../../lib/model/correction';
import { isMhtml, readMhtml } from '../../lib/pages/mhtml';
import { savedPageIsCut } from '../../lib/pages/saved-cut';
import { urlFromSavedPage } from '../../lib/pages/saved-url';
import { InputError } from './args';
import { loadSettingsFile } from './settings-file';

/**
 * Parses each saved page (linkedom) and names its URL: --url in file order, else the page's own
 * comment/link (or, for a page saved as a single .mhtml file, the address the browser wrote in it). A file that is not HTML — page data saved on its own (a JSON API response, the
 * `window.runParams = {…}` script of a page) — is read as the one inline script of an empty page,
 * which is where the extension would meet the same text.
 */
export async function runAuditFiles(
  files: { file: string; html: string }[],
  urls: string[],
  entered: readonly CorrectionValue[] = [],
) {
  const inputs = files.map(({ file, html: saved }, i) => {
    // "Save as single file" (.mhtml): the page's HTML and address are inside the MIME message.
    const single = isMhtml(saved) ? readMhtml(saved) : null;
    const html = single?.html ?? saved;
    const own = single?.url ?? urlFromSavedPage(html);
    // A saved file is not fetched: an http:// address given for it names the https page it was.
    const given = urls[i]?.replace(/^http:/i, 'https:');
    if (given && own) refuseOtherMarketplace(file, given, own);
    return { file, url: given ?? own, doc: documentOf(html), cut: savedPageIsCut(html) };
  });
  return runAudit(inputs, { now: new Date(), settings: loadSettingsFile(), entered });
}

/**
 * --url values name pages in file order, so one too few names the wrong page: an alibaba.com page read
 * as an AliExpress item finds none of its facts and reports a clean page. A page that carries its own
 * address on another marketplace is refused instead of read under that name.
 */
function refuseOtherMarketplace(file: string, given: string, own: string): void {
  const givenSite = marketplaceOf(given);
  const ownSite = marketplaceOf(own);
  if (givenSite && ownSite && givenSite !== ownSite)
    throw new InputError(
      `--url ${given} names an ${givenSite} page, but ${file} was saved from ${own} (${ownSite}); give one --url per page, in file order`,
    );
}

function marketplaceOf(url: string): 'Alibaba' | 'AliExpress' | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (host === 'alibaba.com' || host.endsWith('.alibaba.com')) return 'Alibaba';
  if (/(?:^|\.)aliexpress\.(?:com|us|ru)$/.test(host)) return 'AliExpress';
  return null;
}

function documentOf(text: string): Document {
  if (!isBareData(text)) return parseHTML(withSkeleton(text)).document as unknown as Document;
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const script = document.createElement('script');
  if (/^\s*[[{]/.test(text)) script.setAttribute('type', 'application/json');
  script.textContent = text; // set as text: a "</script>" inside the data cannot end it early
  document.body.appendChild(script);
  return document as unknown as Document;
}

/**
 * A page saved without its <html> or <body> tags (an element's outerHTML copied from DevTools, a page
 * clipped by a tool) gets them back, as a browser's parser would imply them. linkedom does not: it makes
 * the first element the root and leaves document.body empty, so every reader would find nothing.
 */
function withSkeleton(html: string): string {
  if (/<html[\s>]/i.test(html) && /<body[\s>]/i.test(html)) return html;
  const head = /<head[\s>][\s\S]*?<\/head\s*>/i.exec(html)?.[0] ?? '<head></head>';
  const rest = html
    .replace(head, '')
    .replace(/<!doctype[^>]*>/i, '')
    .replace(/<\/?(?:html|body)\b[^>]*>/gi, '');
  return `<!doctype html><html>${head}<body>${rest}</body></html>`;
}

/** JSON, or a script that assigns data (`window.x = {`), with no markup before it. */
function isBareData(text: string): boolean {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 200);
  return /^[[{]/.test(head) || /^(?:window\.|var |let |const )[\w.$[\]"']*\s*=/.test(head);
}
