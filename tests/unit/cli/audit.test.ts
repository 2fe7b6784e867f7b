import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAuditFiles } from '../../../scripts/cli/audit-files';
import { describeWithShared, realPath } from '../../support/fixtures';

const ROOT = resolve(import.meta.dirname, '../../..');
const OWN = (p: string) => resolve(ROOT, 'tests/fixtures/pages', p);
const read = (file: string) => ({ file, html: readFileSync(file, 'utf8') });

describe('tradeguard audit (the public JSON contract)', () => {
  it("checks an order against the limit read earlier from its supplier's profile, in file order", async () => {
    const { pages } = await runAuditFiles(
      [
        read(OWN('alibaba-supplier/sunrise-shopsign-module-data.html')),
        read(OWN('alibaba-order/ta-detail-218834501001020304-json.html')),
      ],
      [],
    );
    const [profile, order] = pages;
    expect(profile?.kind).toBe('alibaba:supplier');
    expect(profile?.supplier?.taLimit).toEqual({ amount: 42000, currency: 'USD' });
    expect(order?.kind).toBe('alibaba:order');
    expect(order?.url).toBe('https://biz.alibaba.com/ta/detail.htm?orderId=218834501001020304');
    expect(order?.order).toMatchObject({
      id: '218834501001020304',
      supplierName: 'Ningbo Sunrise Kitchenware Co., Ltd.',
      total: { amount: 48600, currency: 'USD' },
      initialPayment: { amount: 14580, currency: 'USD' },
      shippingMethod: 'sea',
      shipBy: '2027-01-15',
      coverage: 'pre-shipment',
    });
    expect(order?.supplier?.taLimit).toEqual({ amount: 42000, currency: 'USD' });
    const over = order?.findings.find((f) => f.rule === 'ta-limit-below-order');
    expect(over).toMatchObject({ severity: 'critical' });
    expect(over?.message).toContain('US$6,600');
    expect(order?.findings.some((f) => f.rule === 'ta-limit-unknown')).toBe(false);
  });

  it('says the limit is unknown when the order comes first, and never claims coverage', async () => {
    const { pages } = await runAuditFiles(
      [read(OWN('alibaba-order/ta-detail-218834501001020304-json.html'))],
      [],
    );
    const rules = pages[0]?.findings.map((f) => f.rule) ?? [];
    expect(rules).toContain('ta-limit-unknown');
    expect(rules).not.toContain('ta-limit-below-order');
  });

  it('works as a command after npm ci: tradeguard audit … --json', () => {
    const out = execFileSync(
      'node',
      [
        resolve(ROOT, 'scripts/tradeguard.mjs'),
        'audit',
        OWN('alibaba-payment/cashier-tt-text.html'),
        '--json',
      ],
      { encoding: 'utf8' },
    );
    const json = JSON.parse(out);
    expect(json.pages[0].kind).toBe('alibaba:payment');
    expect(json.pages[0].payment.beneficiary.swift).toMatch(/^CITIHKHX/);
  });

  it('refuses an unreadable file with a one-line message and exit code 2', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync('node', [resolve(ROOT, 'scripts/tradeguard.mjs'), 'audit', '/no/such/page.html'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toContain('cannot read /no/such/page.html');
  });
});

describeWithShared('tradeguard audit on real captures', () => {
  it('reads the real captures: 48 offers on the English search page, the French cards, the product, silent challenges', async () => {
    const { pages } = await runAuditFiles(
      [
        read(realPath('alibaba_search_en_2024-09_poneoneo_Air_fryers_page_10.html')),
        read(realPath('alibaba_pdp_sanitized_vct-connect_1600147809763.html')),
        read(realPath('alibaba_captcha_interception_moq-pools_headless-output.html')),
      ],
      [
        'https://www.alibaba.com/trade/search?SearchText=school+bags&page=10',
        'https://www.alibaba.com/product-detail/_1600147809763.html',
        'https://www.alibaba.com/trade/search?SearchText=x',
      ],
    );
    const [search, product, captcha] = pages;
    expect(search?.kind).toBe('alibaba:search');
    expect(search?.offers).toHaveLength(48);
    expect(search?.offers?.[0]).toMatchObject({
      supplierName: 'Dingxing Huahui Bag Manufacture Co., Ltd.',
      years: 8,
    });
    expect(product?.kind).toBe('alibaba:product');
    expect(product?.supplier).toMatchObject({ name: 'Lanxi Beauty Clothing Firm', taLimit: null, years: 6 });
    expect(product?.findings.map((f) => f.rule)).toContain('payment-method-not-covered'); // "Paypal.Western Union.TT…"
    expect(captcha).toMatchObject({
      kind: 'challenge',
      supplier: null,
      order: null,
      offers: null,
      findings: [],
    });
  });
});

describe('tradeguard audit on page data saved on its own', () => {
  it('reads a bare `window.runParams = {…}` script and a bare JSON response like the page that held them', async () => {
    const html = readFileSync(OWN('aliexpress-item/item-components-2023.html'), 'utf8');
    const script = /<script>\s*([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const api = readFileSync(OWN('alibaba-search/lamps-supplier-tab-api.html'), 'utf8');
    const json = /<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/.exec(api)?.[1] ?? '';
    const { pages } = await runAuditFiles(
      [
        { file: 'item.js', html: script },
        { file: 'suppliers.json', html: json },
      ],
      [],
    );
    expect(pages[0]).toMatchObject({ kind: 'aliexpress:item', supplier: { name: 'Orbit Home Store' } });
    expect(pages[1]?.kind).toBe('alibaba:search');
    expect(pages[1]?.offers?.[0]?.supplierName).toBe('Foshan Lumen Home Lighting Co., Ltd.');
  });
});
