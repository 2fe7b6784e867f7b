import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMoneyRange } from '../../../lib/money/parse';
import { extractPage } from '../../../lib/pages/extract';
import { runAuditFiles } from '../../../scripts/cli/audit-files';
import { OWN, readPage } from '../../support/fixtures';

/**
 * Layouts that misled the readers on a fifth round of public captures nobody had tuned on
 * (Nirmal2000/suppliercanvas' docs/: a 2025 store product list and product group, a product search
 * priced in rupees, the same offers saved as a bare JSON list), each as our own fixture modelled on the
 * layout: what the buyer's card (or the command line's JSON) would say.
 */
const snap = (path: string) => {
  const page = readPage(join(OWN, path));
  return extractPage(page.document, page.url);
};

describe('2025 store page whose header links into sections of the company profile', () => {
  const s = snap('alibaba-supplier/store-header-section-links-2025.html');

  it('names the company, not a section link such as "Assessed videos" or "Supplier Assessments"', () => {
    expect(s.supplier?.name).toBe('Huizhou Northgate Sofa Manufacturing Co., Ltd.');
    expect(s.conflicts?.filter((c) => c.field === 'supplier.name') ?? []).toEqual([]);
  });

  it('still reads the header figures', () => {
    expect(s.supplier?.responseTimeText).toBe('≤3h');
    expect(s.supplier?.onTimeDeliveryRate).toBe(96.4);
    expect(s.supplier?.rating).toBe(4.7);
  });
});

describe('prices in rupees written with the Indian digit grouping', () => {
  it('reads "₹59,577.18-1,09,988.64" as a range up to 109,988.64, not as one price', () => {
    expect(parseMoneyRange('₹59,577.18-1,09,988.64')).toEqual({
      min: { minor: 5957718, currency: 'INR' },
      max: { minor: 10998864, currency: 'INR' },
    });
    expect(parseMoneyRange('₹12,34,567')?.max).toEqual({ minor: 123456700, currency: 'INR' });
  });

  it('says nothing of a range whose second amount cannot be read, rather than its first amount twice', () => {
    expect(parseMoneyRange('₹59,577.18-1,0,9,988.64')).toBeNull();
    // Mixed group sizes that are no grouping anywhere stay unreadable.
    expect(parseMoneyRange('US $1,2,3.40')).toBeNull();
  });
});

describe('search offers saved on their own as a JSON list', () => {
  const file = 'alibaba-search/sofas-saved-offer-list-inr.json';

  it('reads every offer of a bare {"offers": [...]} capture, with its supplier and rupee range', async () => {
    const result = await runAuditFiles([{ file, html: readFileSync(join(OWN, file), 'utf8') }], []);
    const page = result.pages[0] as unknown as {
      kind: string;
      offers: { supplierName: string; title: string; priceMax: { amount: number; currency: string } }[];
    };
    expect(page.kind).toBe('alibaba:search');
    expect(page.offers.map((o) => o.supplierName)).toEqual([
      'Jiangmen Softline Living Co., Ltd.',
      'Foshan Oakridge Furniture Co., Ltd.',
      'Dongguan Restwell Home Co., Ltd.',
    ]);
    expect(page.offers[0]?.title).toBe('Curved Boucle Sectional Sofa for Lounge');
    expect(page.offers[0]?.priceMax).toEqual({ amount: 124880, currency: 'INR' });
  });
});
