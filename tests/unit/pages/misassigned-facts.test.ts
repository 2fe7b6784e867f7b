import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/pages/extract';
import { isActionLabel } from '../../../lib/pages/labels/action-label';
import { OWN, parse, readPage } from '../../support/fixtures';

/**
 * A wrong value in a field is worse than an unknown one: these pages put
 * another supplier's figures, or the supplier's own claims, where a reader
 * could take them for the platform's facts about this supplier. Our own
 * pages, written after the red-team review of issue 11.
 */
const PDP = 'https://www.alibaba.com/product-detail/Desk-Lamp-LED_1600111222333.html';
const PROFILE = 'https://harborlamp.en.alibaba.com/company_profile.html';

function audit(file: string, url: string) {
  const { document } = readPage(`${OWN}/misassigned/${file}`);
  return extractPage(document, url);
}

describe('facts of other suppliers are never this supplier’s', () => {
  it('recommended stores listed before the seller in the page data do not take its identity or limit', () => {
    const s = audit('pdp-recommended-stores-first.html', PDP);
    expect(s.supplier).toMatchObject({
      name: 'Harbor Lamp Works Co., Ltd.',
      companyId: '310222333',
      taLimit: { minor: 3_600_000, currency: 'USD' },
      responseTimeText: '≤6h',
    });
    expect(JSON.stringify(s.conflicts ?? [])).not.toMatch(/750|650/);
  });

  it('a JSON script listing other companies gives no limit when the seller shows none', () => {
    const s = audit('pdp-reco-json-script.html', PDP);
    expect(s.supplier?.name).toBe('Harbor Lamp Works Co., Ltd.');
    expect(s.supplier?.taLimit).toBeNull();
  });

  it('"Suppliers you may like" and "Similar suppliers" blocks lend neither limit nor response rate', () => {
    const s = audit('profile-similar-suppliers.html', PROFILE);
    expect(s.supplier?.name).toBe('Harbor Lamp Works Co., Ltd.');
    expect(s.supplier?.taLimit).toBeNull();
    expect(s.supplier?.responseRate).toBe(71);
  });
});

describe('a hidden sample or template card is an illustration, not a fact', () => {
  it('its made-up limit neither replaces nor contradicts the card; a true hidden tooltip still counts', () => {
    const s = audit('profile-hidden-sample-card.html', PROFILE);
    expect(s.supplier).toMatchObject({ taLimit: { minor: 3_600_000, currency: 'USD' }, responseRate: 71 });
    expect(JSON.stringify(s.conflicts ?? [])).not.toMatch(/100000000|500000000/);
  });

  it('when only a hidden skeleton card shows a limit, the limit stays unknown', () => {
    const s = audit('profile-only-hidden-sample.html', PROFILE);
    expect(s.supplier?.taLimit).toBeNull();
    expect(s.supplier?.responseRate).toBe(71);
  });
});

describe('what the supplier writes about itself is not a platform fact', () => {
  it('About us, the description and the attributes never set a fact; where they disagree the card wins and the buyer is told', () => {
    const s = audit('profile-written-claims.html', PROFILE);
    expect(s.supplier).toMatchObject({ taLimit: { minor: 3_600_000, currency: 'USD' }, responseRate: 71 });
    expect(s.supplier?.responseTimeText).toBeNull();
    expect(s.supplier?.onTimeDeliveryRate).toBeNull();
    const limit = s.conflicts?.find((c) => c.field === 'supplier.taLimit');
    expect(limit?.values[0]?.value).toEqual({ minor: 3_600_000, currency: 'USD' });
    expect(limit?.values[1]).toMatchObject({ value: { minor: 200_000_000, currency: 'USD' } });
    expect(limit?.values[1]?.where).toMatch(/supplier wrote/);
  });
});

describe('a button is not a supplier’s name', () => {
  it.each([
    'Contact Supplier Now',
    'Visit company profile',
    'Start Order Request',
    'Get a quote',
    'Chat now',
  ])('"%s" is an action label', (text) => expect(isActionLabel(text)).toBe(true));

  it.each([
    'Contact Lens Co., Ltd.',
    'Visit Trading Co., Ltd.',
    'Start Order Industries Ltd.',
    'Harbor Lamp Works',
  ])('"%s" stays a name', (text) => expect(isActionLabel(text)).toBe(false));

  it('links to the supplier’s site that only say what they do leave the name unknown', () => {
    const s = audit('search-contact-button.html', PROFILE);
    expect(s.supplier?.name ?? null).toBeNull();
  });
});

describe('an order’s total comes from its payment block', () => {
  const ORDER = 'https://biz.alibaba.com/ta/detail.htm?orderId=218834501001020399';
  const order = (total: string) => {
    const { html } = readPage(`${OWN}/misassigned/order-totals-in-text.html`);
    return extractPage(parse(html.replace('__TOTAL__', total)), ORDER);
  };

  it('"Total amount" in the remarks or a product line’s text is not the order total', () => {
    const s = order('US$21,600.00');
    expect(s.order?.total).toEqual({ minor: 2_160_000, currency: 'USD' });
    expect(s.conflicts ?? []).toEqual([]);
  });

  it('a total that is not the sum of the product lines is shown as a conflict', () => {
    const s = order('US$20,000.00');
    expect(s.order?.total).toEqual({ minor: 2_000_000, currency: 'USD' });
    const c = s.conflicts?.find((x) => x.field === 'order.total');
    expect(c?.values.map((v) => v.value)).toEqual([
      { minor: 2_000_000, currency: 'USD' },
      { minor: 2_160_000, currency: 'USD' },
    ]);
  });
});

describe('an HTML comment is never the only source of a fact', () => {
  it('a limit and a response time only in a comment stay unknown; the comment that contradicts the card is listed', () => {
    const s = audit('profile-comment-only.html', PROFILE);
    expect(s.supplier?.taLimit).toBeNull();
    expect(s.supplier?.responseTimeText).toBe('≤12h');
    const c = s.conflicts?.find((x) => x.field === 'supplier.responseTime');
    expect(c?.values.map((v) => v.value)).toEqual(['≤12h', '≤1h']);
  });
});

describe('a Trade Assurance amount in a sentence is a limit only when called one', () => {
  it('"orders on Trade Assurance over $40 ship free" gives no limit', () => {
    expect(audit('profile-comment-only.html', PROFILE).supplier?.taLimit).toBeNull();
  });

  it('"protected by Trade Assurance (limit US$ 36,000)" does', () => {
    const s = audit('profile-limit-sentence.html', PROFILE);
    expect(s.supplier?.taLimit).toEqual({ minor: 3_600_000, currency: 'USD' });
  });
});
