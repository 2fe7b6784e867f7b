import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../../lib/cli/decode-input';
import { runScanChat } from '../../../lib/cli/scan-chat';

/** Files reach the command line from every editor: the buyer must get the same findings from each. */
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const utf16le = (text: string) =>
  Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);

describe('decodeInput: files saved by any editor read as the words on screen', () => {
  const chat = 'Supplier: please pay to my personal alipay account';

  it('UTF-16 (Notepad\'s "Unicode") with its mark, and UTF-8 with or without one', () => {
    const fromUtf16 = decodeInput(Uint8Array.from([0xff, 0xfe, ...utf16le(chat)]));
    expect(fromUtf16).toBe(chat);
    expect(runScanChat(fromUtf16).messages[0]!.findings[0]?.rule).toBe('offplatform-payment');
    const utf8 = new TextEncoder().encode('Couleur : rouge, délai 25 jours');
    expect(decodeInput(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe('Couleur : rouge, délai 25 jours');
    expect(decodeInput(utf8)).toBe('Couleur : rouge, délai 25 jours');
  });

  it('a page that declares GBK is read in GBK', () => {
    // 颜色：红色 ("colour: red") in GBK bytes.
    const page = Uint8Array.from([
      ...ascii('<html><head><meta charset="gbk"></head><body>'),
      ...[0xd1, 0xd5, 0xc9, 0xab, 0xa3, 0xba, 0xba, 0xec, 0xc9, 0xab],
      ...ascii('</body></html>'),
    ]);
    expect(decodeInput(page)).toContain('颜色：红色');
  });

  it('undeclared bytes that are not UTF-8 read as Windows-1252, as a browser reads a Western page', () => {
    expect(decodeInput(Uint8Array.from([...ascii('D'), 0xe9, ...ascii('lai : 25 jours')]))).toBe(
      'Délai : 25 jours',
    );
  });
  it('Windows-1252 is read as Windows-1252: the euro sign and curly quotes, not invisible controls', () => {
    // “Unit price 12,50 €” as Word or Notepad (ANSI) save it.
    const bytes = Uint8Array.from([0x93, ...ascii('Unit price 12,50 '), 0x80, 0x94]);
    expect(decodeInput(bytes)).toBe('\u201cUnit price 12,50 \u20ac\u201d');
    const declared = Uint8Array.from([...ascii('<meta charset="iso-8859-1"><p>'), 0x80, ...ascii('5</p>')]);
    expect(decodeInput(declared)).toContain('\u20ac5');
  });

  it('a page whose ASCII bytes claim UTF-16 is not read as UTF-16 (a browser ignores the claim)', () => {
    const page = Uint8Array.from([
      ...ascii('<html><head><meta charset="utf-16"></head><body>D'),
      0xe9,
      ...ascii('lai : 25 jours</body></html>'),
    ]);
    expect(decodeInput(page)).toContain('Délai : 25 jours');
  });
});
