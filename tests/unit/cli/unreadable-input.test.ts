import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { binaryKind, utf16WithoutMark } from '../../../lib/cli/sniff-input';
import { checkSpecLine } from '../../../lib/spec/check-spec';
import { longLinePieces } from '../../../lib/spec/long-line';
import { runAuditFiles } from '../../../scripts/cli/audit-files';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIR = mkdtempSync(join(tmpdir(), 'tg-unreadable-'));

function tradeguard(args: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync('node', [resolve(ROOT, 'scripts/tradeguard.mjs'), ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, stdout: String(e.stdout), stderr: String(e.stderr) };
  }
}

const REQUEST = 'Supplier: please pay to my personal account by Western Union, it is cheaper\n';

describe('the command line never calls bytes it could not read "clean"', () => {
  it('a gzipped chat is refused by name, with exit 2 and a JSON error on standard output', () => {
    const file = join(DIR, 'chat.txt.gz');
    writeFileSync(file, gzipSync(REQUEST));
    const run = tradeguard(['scan-chat', file, '--json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error.message).toMatch(/gzip archive/);
    expect(run.stderr).toMatch(/gzip archive/);
  });

  it('a missing file under --json still prints one JSON document', () => {
    const run = tradeguard(['check-spec', join(DIR, 'no-such-spec.txt'), '--json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: { message: expect.stringContaining('no such file'), exitCode: 2 },
    });
  });

  it('an --url left over after the last page is refused, not dropped without a word', () => {
    const page = join(DIR, 'page.html');
    writeFileSync(page, '<html><body><h1>Order</h1></body></html>');
    const run = tradeguard([
      'audit',
      page,
      '--url',
      'https://biz.alibaba.com/ta/detail.htm?orderId=1',
      '--url',
      'https://biz.alibaba.com/ta/detail.htm?orderId=2',
      '--json',
    ]);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error.message).toMatch(/2 --url values for 1 page\b/);
  });

  it('an --url one page short is refused when it names the other marketplace than the page it lands on', () => {
    const alibaba = join(DIR, 'alibaba-product.html');
    writeFileSync(
      alibaba,
      '<html><head><link rel="canonical" href="https://www.alibaba.com/product-detail/Lamp_1600000000001.html"></head><body><h1>Desk lamp</h1></body></html>',
    );
    const item = join(DIR, 'aliexpress-item.html');
    writeFileSync(item, '<html><body><h1>Desk lamp</h1></body></html>');
    const run = tradeguard([
      'audit',
      alibaba,
      item,
      '--url',
      'https://aliexpress.ru/item/1005006000000.html',
      '--json',
    ]);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error.message).toMatch(
      /names an AliExpress page, but .*alibaba-product\.html was saved from https:\/\/www\.alibaba\.com/,
    );
    // The same address given for a page of its own marketplace, or a page with no address of its own, is taken.
    expect(
      tradeguard(['audit', item, '--url', 'https://aliexpress.ru/item/1005006000000.html', '--json']).status,
    ).toBe(0);
  });

  it('UTF-16 saved without its byte-order mark is read as UTF-16, so the request is found', () => {
    const file = join(DIR, 'chat-utf16.txt');
    writeFileSync(file, Buffer.from(REQUEST, 'utf16le'));
    const run = tradeguard(['scan-chat', file, '--json']);
    expect(run.status).toBe(0);
    const rules = JSON.parse(run.stdout).messages[0].findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('offplatform-payment');
  });

  it('sniffs archives, images and control bytes, and lets text in any script through', () => {
    expect(binaryKind(gzipSync('x'))).toMatch(/gzip/);
    expect(binaryKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatch(/PNG/);
    expect(binaryKind(new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 37) % 256)))).toMatch(
      /binary/,
    );
    for (const text of [
      'Colour: Pantone 186 C\r\n\tSize: 40 × 60 cm',
      '颜色：黑色，请加微信',
      'Оплата картой',
    ])
      expect(binaryKind(new TextEncoder().encode(text))).toBeNull();
    expect(utf16WithoutMark(Buffer.from('add me on WeChat please', 'utf16le'))).toBe('utf-16le');
    expect(utf16WithoutMark(new TextEncoder().encode('add me on WeChat please'))).toBeNull();
  });
});

describe('audit reads a page saved without <html> or <body> as a browser would', () => {
  it('an order page stripped of those tags gives the same findings as the whole page', async () => {
    const page = readFileSync(
      resolve(ROOT, 'tests/fixtures/pages/alibaba-order/ta-detail-218834501001020304-text.html'),
      'utf8',
    );
    const stripped = page.replace(/<\/?(?:html|body)\b[^>]*>/gi, '');
    const url = 'https://biz.alibaba.com/ta/detail.htm?orderId=218834501001020304';
    const audit = async (html: string) =>
      (await runAuditFiles([{ file: 'order.html', html }], [url])).pages[0]!.findings.map((f) => f.rule);
    const whole = await audit(page);
    expect(whole.length).toBeGreaterThan(3);
    expect(await audit(stripped)).toEqual(whole);
  });
});

describe('check-spec on a contract pasted as one paragraph', () => {
  it('cuts a long line at sentence ends into pieces that cover it exactly', () => {
    const line = 'Colour: red. Packing: standard export packing. Ship in August. '.repeat(100);
    const pieces = longLinePieces(line, 500);
    expect(pieces.map((p) => p.text).join('')).toBe(line);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(500);
      expect(line.slice(p.start, p.start + p.text.length)).toBe(p.text);
      expect(p.text.trimEnd()).toMatch(/\.$/);
    }
  });

  it('finds every vague phrase of a long line, each quote where its span says', () => {
    const sentence = 'Colour: red. Packing: standard export packing. Ship in August. ';
    const line = sentence.repeat(60);
    const findings = checkSpecLine(line);
    const short = checkSpecLine(sentence.trim()).map((f) => f.rule);
    expect(short).toEqual(expect.arrayContaining(['vague-color', 'vague-packaging', 'vague-ship-date']));
    expect(findings.length).toBe(short.length * 60);
    for (const f of findings) expect(line.slice(f.span!.start, f.span!.end)).toBe(f.quote);
  });
});
