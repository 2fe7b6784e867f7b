import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/pages/extract';
import { OWN, parse, readPage } from '../../support/fixtures';

/**
 * A metric whose value is missing must be unknown, never its neighbour's value: the mini company card
 * reads a value written above its label when the label's box holds it, and a neighbour's box must not
 * pass for that ("unknown is better than wrong").
 */
const FIXTURE = 'alibaba-product/desk-fan-rendered-mini-card.html';
const read = (edit: (html: string) => string) => {
  const page = readPage(join(OWN, FIXTURE));
  const html = edit(page.html);
  expect(html).not.toBe(page.html);
  return extractPage(parse(html), page.url).supplier;
};
const METRICS = /<div class="metrics">[\s\S]*?<\/div>\n {2}<\/div>/;

describe('a mini company card metric without its value', () => {
  it('value-above card with the on-time value empty: not the reorder rate below it', () => {
    const s = read((html) => html.replace('<div class="v">≥71%</div>', '<div class="v"></div>'));
    expect(s?.onTimeDeliveryRate).toBeNull();
    expect(s?.responseTimeText).toBe('≤3h');
  });

  it('one box of labels each above its value, the last value missing: not the value above it', () => {
    const s = read((html) =>
      html.replace(
        METRICS,
        '<div class="metrics"><div class="m"><div>Response Time</div><div>≤3h</div><div>Reorder rate</div><div>24%</div><div>On-time dispatch rate</div></div></div>',
      ),
    );
    expect(s?.onTimeDeliveryRate).toBeNull();
    expect(s?.responseTimeText).toBe('≤3h');
  });
});
