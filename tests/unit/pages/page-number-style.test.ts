import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/pages/extract';
import { parse } from '../../support/fixtures';

/**
 * "US$1.250" is one dollar twenty-five on a page written in English and one thousand two
 * hundred and fifty on a page written in Spanish or Portuguese: the page's own language
 * (its <html lang>, else its address's language site) decides what a lone "." means.
 * The pages are our own: a product page kept as plain ladder rows, like the public fixtures
 * hasnocool/AlibabaScraper tests/fixtures/*_public.html.
 */
const page = (lang: string | null, rows: string[]) =>
  parse(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><title>Cable ties</title></head>
<body><h1>Nylon cable ties 200 mm</h1>${rows.map((r) => `<div>${r}</div>`).join('')}</body></html>`);
const rows = ['1-9 bags US$1.250', '10-99 bags US$1.180', '>=100 bags US$1.090'];
const tiersOf = (lang: string | null, url: string) =>
  extractPage(page(lang, rows), url).product?.priceTiers?.map((t) => t.price.minor);

const EN = 'https://www.alibaba.com/product-detail/Cable-Ties_1601000111222.html';
const ES = 'https://spanish.alibaba.com/product-detail/Cable-Ties_1601000111222.html';

describe('a lone "." before three digits, read in the page’s own number style', () => {
  it('is the decimal point on a page written in English, a thousands mark in Spanish or Portuguese', () => {
    expect(tiersOf('en', EN)).toEqual([125, 118, 109]);
    expect(tiersOf('es', ES)).toEqual([125_000, 118_000, 109_000]);
    expect(tiersOf('pt-BR', ES.replace('spanish', 'portuguese'))).toEqual([125_000, 118_000, 109_000]);
    // A lone "," before three digits still groups on an English page: data values ("35,000") use it.
    const comma = extractPage(page('en', ['1-9 bags US$1,250', '10-99 bags US$1,180']), EN);
    expect(comma.product?.priceTiers?.map((t) => t.price.minor)).toEqual([125_000, 118_000]);
  });

  it('when the page names no language, its address decides: English site, Spanish site', () => {
    expect(tiersOf(null, EN)).toEqual([125, 118, 109]);
    expect(tiersOf(null, ES)).toEqual([125_000, 118_000, 109_000]);
  });
});
