import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMhtml, readMhtml } from '../../../lib/pages/mhtml';
import { runAuditFiles } from '../../../scripts/cli/audit-files';

/**
 * A buyer who saved the page with Chrome's "Save as… Single File" gets the same audit as one who saved
 * it as HTML. The .mhtml fixture was written by Chromium itself from our own HTML fixture
 * (scripts/browser/save-mhtml.ts), so its encoding is the browser's, not ours.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const PRODUCT = resolve(ROOT, 'tests/fixtures/pages/alibaba-product/air-fryer-visible-text');
const ADDRESS = 'https://www.alibaba.com/product-detail/Digital-Air-Fryer-5-5L-Oil_1600912345678.html';

/** The audit of one file, without what differs by name or by the moment it ran. */
async function auditOf(file: string, text: string, urls: string[] = []) {
  const { pages } = await runAuditFiles([{ file, html: text }], urls);
  return JSON.parse(
    JSON.stringify(pages[0], (key, value) => (key === 'file' || key === 'at' ? undefined : value)),
  );
}

function base64Mhtml(html: string): string {
  const boundary = '----MultipartBoundary--test';
  const b64 = Buffer.from(html, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${ADDRESS}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/html',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://www.alibaba.com/ad-frame.html',
    '',
    '<html><body>Advert: MOQ 1 piece, Trade Assurance up to US$ 1,000,000</body></html>',
    `--${boundary}`,
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    `Content-Location: ${ADDRESS}`,
    '',
    b64,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

describe('audit reads pages saved as a single file (.mhtml)', () => {
  const html = readFileSync(`${PRODUCT}.html`, 'utf8');

  it("Chromium's own MHTML of a product page audits exactly as the HTML does, at the page's address", async () => {
    const mhtml = readFileSync(`${PRODUCT}.mhtml`, 'utf8');
    expect(isMhtml(mhtml)).toBe(true);
    const fromMhtml = await auditOf('page.mhtml', mhtml);
    expect(fromMhtml.url).toBe(ADDRESS);
    expect(fromMhtml.kind).toBe('alibaba:product');
    expect(fromMhtml.supplier?.name).toBeTruthy();
    expect(fromMhtml).toEqual(await auditOf('page.html', html, [ADDRESS]));
  });

  it('base64 parts, folded headers and an iframe saved first: the page itself is read, not the advert', async () => {
    const fromMhtml = await auditOf('page.mht', base64Mhtml(html));
    expect(fromMhtml).toEqual(await auditOf('page.html', html, [ADDRESS]));
  });

  it('a base64 page without its padding, or cut short by the download, is still audited', async () => {
    // One byte past a group of three, so the browser wrote "==" at the end.
    const page = `${html}${'\n'.repeat((4 - (Buffer.byteLength(html) % 3)) % 3)}`;
    const whole = base64Mhtml(page);
    const unpadded = whole.replace(/==\r\n--/, '\r\n--');
    expect(unpadded).not.toBe(whole);
    expect(await auditOf('page.mht', unpadded)).toEqual(await auditOf('page.html', page, [ADDRESS]));
    // Cut where one base64 digit is left over, which atob refuses.
    const body = whole.indexOf('\r\n\r\n', whole.lastIndexOf('Content-Location: ')) + 4;
    let cut = body + 6000;
    while (whole.slice(body, cut).replace(/[^A-Za-z0-9+/]/g, '').length % 4 !== 1) cut++;
    const fromCut = await auditOf('page.mht', whole.slice(0, cut));
    expect(fromCut.url).toBe(ADDRESS);
    expect(fromCut.kind).toBe('alibaba:product');
  });

  it('non-ASCII text survives quoted-printable soft line breaks', () => {
    const message = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="b"',
      '',
      '--b',
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>Prix unitaire : 12,50 =E2=82=AC, d=C3=A9lai de livraison 25 jou=',
      'rs</p>',
      '--b--',
    ].join('\n');
    expect(readMhtml(message)?.html).toBe('<p>Prix unitaire : 12,50 €, délai de livraison 25 jours</p>');
  });

  it('an HTML page is not taken for a single-file save, and a message without a page gives nothing', () => {
    expect(isMhtml(html)).toBe(false);
    expect(
      readMhtml(
        'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\nContent-Type: image/png\n\nx\n--b--',
      ),
    ).toBeNull();
  });
});
