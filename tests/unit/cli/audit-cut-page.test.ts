import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { savedPageIsCut } from '../../../lib/pages/saved-cut';
import { runAuditFiles } from '../../../scripts/cli/audit-files';
import { describeWithShared, OWN, realPath } from '../../support/fixtures';

const whole = readFileSync(`${OWN}/alibaba-product/air-fryer-detaildata.html`, 'utf8');

describe('a saved page that stops before the page did is never a clean bill', () => {
  it('audit marks a page cut mid-way as truncated, and the whole page not', async () => {
    const cut = whole.slice(0, Math.floor(whole.length / 2));
    const { pages } = await runAuditFiles(
      [
        { file: 'cut.html', html: cut },
        { file: 'whole.html', html: whole },
      ],
      [],
    );
    expect(pages.map((p) => p.truncated)).toEqual([true, false]);
  });

  it('data and fragments are not documents, so never called cut', () => {
    expect(savedPageIsCut('{"data":{"items":[')).toBe(false);
    expect(savedPageIsCut('window.runParams = {"data":')).toBe(false);
    expect(savedPageIsCut('<div class="offer"><h2>Desk lamp</h2></div>')).toBe(false);
    // Both closing tags are optional: a whole page that ends on a tag is not cut, nor one with a long script after
    // </html>; a page cut inside a script, or opening with an XML declaration and cut mid-text, is (red team, stop 30).
    expect(
      savedPageIsCut('<!doctype html><html><head><title>t</title></head><body><p>Lamp</p></div>\n'),
    ).toBe(false);
    expect(savedPageIsCut(`<html><body><p>Lamp</p></body></html><script>${'x'.repeat(20000)}</script>`)).toBe(
      false,
    );
    expect(savedPageIsCut('<html><body><p>Lamp</p><script>var data = {"price": 1')).toBe(true);
    expect(
      savedPageIsCut(
        '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Lamp, 12 pie',
      ),
    ).toBe(true);
    // A page with a saving tool's comment first is still a document.
    expect(
      savedPageIsCut(
        '<!-- saved from url=(0030)https://www.alibaba.com/ -->\n<html><body><p>Desk lamp, 12 pie',
      ),
    ).toBe(true);
  });
});

describeWithShared('a real page a scraper kept only the first 6,000 characters of', () => {
  it('is read as truncated', async () => {
    const file = realPath('product_detail__omkarcloud_alibaba-scraper__pdp_not_available.html');
    const { pages } = await runAuditFiles([{ file, html: readFileSync(file, 'utf8') }], []);
    expect(pages[0]?.truncated).toBe(true);
  });
});
