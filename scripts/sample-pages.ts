import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { MARKETPLACE_MATCHES } from '../lib/marketplaces';
import type { PageKind } from '../lib/model/page-kind';
import { urlFromSavedPage } from '../lib/pages/saved-url';
import { sharedAbsentNotice, sharedMaterial } from './shared-material';

/**
 * The sample pages the demo serves and the browser tests visit: our own
 * fixtures (tests/fixtures/pages/<kind>/, each naming its real URL in a
 * "saved from" comment) plus the real captures in the real captures (shared material, fixtures/real),
 * each under the real alibaba.com / aliexpress.com address it stands for.
 */
export interface SamplePage {
  url: string;
  file: string;
  /** The kind the card must name (challenge: no card at all). */
  expectedKind: PageKind;
  origin: 'own fixture' | 'real capture';
}

const ROOT = resolve(import.meta.dirname, '..');
const OWN = join(ROOT, 'tests/fixtures/pages');

/** Real captures: the address each was saved from (see fixtures/real/README.md in the shared material). */
const REAL_CAPTURES: { file: string; url: string; expectedKind: PageKind }[] = [
  {
    file: 'alibaba_search_en_2024-09_poneoneo_Air_fryers_page_10.html',
    url: 'https://www.alibaba.com/trade/search?fsb=y&IndexArea=product_en&SearchText=school+bags&page=10',
    expectedKind: 'alibaba:search',
  },
  {
    file: 'alibaba_search_fr_2024-07_poneoneo_pc_lenovo_page_1.html',
    url: 'https://french.alibaba.com/trade/search?fsb=y&IndexArea=product_en&keywords=pc+lenovo&tab=all',
    expectedKind: 'alibaba:search',
  },
  {
    file: 'alibaba_pdp_sanitized_vct-connect_1600147809763.html',
    url: 'https://indonesian.alibaba.com/product-detail/100-Cotton-180gsm-T-Shirts-Men-1600147809763.html',
    expectedKind: 'alibaba:product',
  },
  {
    // A product address answered with the anti-bot page: TradeGuard must stay silent.
    file: 'alibaba_access_challenge_sanitized_vct-connect.html',
    url: 'https://www.alibaba.com/product-detail/Digital-Air-Fryer-5-5L-Oil_1600912345678.html?challenge=punish',
    expectedKind: 'challenge',
  },
  {
    file: 'alibaba_captcha_interception_moq-pools_headless-output.html',
    url: 'https://www.alibaba.com/trade/search?SearchText=moq+pools&challenge=captcha',
    expectedKind: 'challenge',
  },
];

function htmlFilesUnder(dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) =>
      e.isDirectory()
        ? htmlFilesUnder(join(dir, e.name))
        : e.name.endsWith('.html')
          ? [join(dir, e.name)]
          : [],
    )
    .sort();
}

/** The hosts of the manifest's matches ("https://*.aliexpress.com/*" → aliexpress.com and its subdomains). */
const MARKETPLACE_HOSTS = MARKETPLACE_MATCHES.map((m) => m.replace(/^https:\/\/\*\.|\/\*$/g, ''));
function onMarketplaceHost(url: string): boolean {
  const host = new URL(url).hostname;
  return MARKETPLACE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** tests/fixtures/pages/alibaba-order-list/x.html → "alibaba:order-list" */
function kindFromFolder(file: string): PageKind {
  const folder = relative(OWN, file).split('/')[0] ?? '';
  return folder.replace(/^(alibaba|aliexpress)-/, '$1:') as PageKind;
}

export function samplePages(): SamplePage[] {
  const pages: SamplePage[] = [];
  const used = new Set<string>();
  for (const file of htmlFilesUnder(OWN)) {
    const saved = urlFromSavedPage(readFileSync(file, 'utf8'));
    // A page of a host the extension does not ask for is read by the command line only.
    if (!saved || !onMarketplaceHost(saved)) continue;
    // Two variants of one page share an address; a marker parameter keeps both reachable.
    let url = saved;
    for (let n = 2; used.has(url); n++) url = `${saved}${saved.includes('?') ? '&' : '?'}tg_variant=${n}`;
    used.add(url);
    pages.push({ url, file, expectedKind: kindFromFolder(file), origin: 'own fixture' });
  }
  const shared = sharedMaterial();
  if (!shared) console.log(sharedAbsentNotice('the real captures among the sample pages'));
  for (const real of REAL_CAPTURES) {
    const file = shared?.realCapture(real.file);
    if (file) pages.push({ ...real, file, origin: 'real capture' });
  }
  return pages;
}
