import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractAlibabaOrder } from '../../../lib/pages/alibaba/order';
import { loadPage, usd } from '../../support/fixtures';

describe('extractAlibabaOrder: the demo TA order 218834501001020304', () => {
  const variants = [
    'alibaba-order/ta-detail-218834501001020304-json.html',
    'alibaba-order/ta-detail-218834501001020304-text.html',
  ];
  for (const path of variants) {
    it(`reads money, terms and coverage from ${path.split('/')[1]}`, () => {
      const { doc, url } = loadPage(path);
      const o = extractAlibabaOrder(doc, url);
      expect(o).not.toBeNull();
      expect(o?.id).toBe('218834501001020304');
      expect(o?.supplierName).toBe('Ningbo Sunrise Kitchenware Co., Ltd.');
      expect(o?.supplierCompanyId).toBe('250123456');
      expect(o?.total).toEqual({ minor: 4_860_000, currency: 'USD' });
      expect(o?.initialPayment).toEqual(usd(14_580));
      expect(o?.balance).toEqual(usd(34_020));
      expect(o?.shippingMethod).toBe('sea');
      expect(o?.tradeTerms).toBe('FOB Ningbo');
      expect(o?.paymentMethod).toBe('T/T');
      expect(o?.coverage).toBe('pre-shipment');
      expect(o?.coveredAmount).toEqual({ minor: 1_458_000, currency: 'USD' });
      expect(o?.status).toBe('Awaiting initial payment');
      expect(o?.statusKey).toBe('awaiting_initial_payment');
      expect(o?.lineItems[0]).toMatchObject({
        name: 'Digital Air Fryer 5.5L',
        quantity: 2700,
        unitPrice: usd(18),
      });
      expect(o?.specText).toContain('Logo like photo');
      expect(o?.specText).toContain('standard export packing');
      expect(o?.createdAt).toBe('2026-11-18T10:22');
    });
  }

  it('JSON variant: the agreed ship-by date comes from contractVO and is on the timeline', () => {
    const { doc, url } = loadPage(variants[0] as string);
    const o = extractAlibabaOrder(doc, url);
    expect(o?.via[0]).toBe('json');
    expect(o?.shipBy).toBe('2027-01-15');
    expect(o?.dates).toContainEqual({ type: 'ship_by_agreed', at: '2027-01-15' });
    expect(o?.remarks?.split('\n')).toContain('Material: good quality plastic');
  });

  it('text variant: no exact ship date, so shipBy stays unknown and the vague wording reaches specText', () => {
    const { doc, url } = loadPage(variants[1] as string);
    const o = extractAlibabaOrder(doc, url);
    expect(o?.via).toEqual(['attributes', 'text']);
    expect(o?.shipBy).toBeNull();
    expect(o?.specText).toContain('ship in January');
    expect(o?.specText).toContain('Shipment date: See remarks');
    // The section heading "Remarks" must not swallow the whole section as its value.
    expect(o?.remarks?.startsWith('Colour: red.')).toBe(true);
  });

  it('French labels: the second demo order (Shenzhen Quickship, US$2,350, express, card)', () => {
    const { doc, url } = loadPage('alibaba-order/ta-detail-218834502005060708-fr-text.html');
    const o = extractAlibabaOrder(doc, url);
    expect(o?.id).toBe('218834502005060708');
    expect(o?.supplierName).toBe('Shenzhen Quickship Electronics Co., Ltd.');
    expect(o?.total).toEqual(usd(2350));
    expect(o?.shippingMethod).toBe('express');
    expect(o?.paymentMethod).toMatch(/Carte de crédit/);
    expect(o?.coverage).toBe('post-delivery');
    expect(o?.tradeTerms).toBe('DDP Lyon');
    expect(o?.statusKey).toBe('shipped');
    expect(o?.shipBy).toBe('2026-11-10');
    expect(o?.dates).toContainEqual({ type: 'shipped', at: '2026-11-09' });
    expect(o?.lineItems[0]).toMatchObject({ quantity: 200, unitPrice: usd(11.75) });
  });

  it('returns null on a page with no order, and never throws on hostile script text', () => {
    const { doc } = loadPage('alibaba-order/ta-detail-218834501001020304-json.html');
    doc.body.innerHTML = '<script>window.x = {"baseInfo": {"id": </script><p>Nothing here</p>';
    expect(extractAlibabaOrder(doc, 'https://biz.alibaba.com/ta/detail.htm')).toBeNull();
  });
});

describe('extractAlibabaOrder: a profile link labelled with what it does', () => {
  // Our own markup, after the shape of text-only order pages: the supplier block
  // shows the name, then a "View profile" link to the minisite.
  const page = (linkText: string) =>
    parseHTML(
      `<html><body><main><h2>Order No. 2301122334455667</h2>
       <section><h3>Supplier details</h3><div>Cangzhou Bright Steel Grating Co., Ltd.</div>
       <a href="https://brightgrating.en.alibaba.com/company_profile.html">${linkText}</a></section>
       <section><h3>Payment details</h3><table><tr><td>Product amount</td><td>US $9,400.00</td></tr></table></section></main></body></html>`,
    ).document as unknown as Document;
  const url = 'https://biz.alibaba.com/ta/detail.htm?orderId=2301122334455667';

  for (const label of ['View profile', 'Visit store', 'Contact supplier', '查看店铺', 'Voir le profil']) {
    it(`"${label}" is not the supplier's name; the name beside it is`, () => {
      const o = extractAlibabaOrder(page(label), url);
      expect(o?.supplierName).toBe('Cangzhou Bright Steel Grating Co., Ltd.');
    });
  }

  it('a link that carries the name keeps it', () => {
    const o = extractAlibabaOrder(page('Cangzhou Bright Steel Grating Co., Ltd.'), url);
    expect(o?.supplierName).toBe('Cangzhou Bright Steel Grating Co., Ltd.');
  });
});
