import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAuditFiles } from '../../../scripts/cli/audit-files';
import { OWN } from '../../support/fixtures';

/**
 * Issue 11: an order read from visible text only, whose colour is named in the
 * product line, logo given "like photo" in a customisation field, packing
 * "standard export packing" in the message to the supplier. Everything the
 * order says about the goods is judged, and each finding says where it stands.
 */
const file = join(OWN, 'alibaba-order/ta-detail-218834509009080706-notes-text.html');
const { pages } = await runAuditFiles([{ file, html: readFileSync(file, 'utf8') }], []);

describe('an order page: everything it says about the goods is judged', () => {
  const findings = pages[0]?.findings ?? [];
  const find = (rule: string, quote: string) => findings.find((f) => f.rule === rule && f.quote === quote);

  it('a colour named without a code is vague-color (in the product line), never missing-color', () => {
    expect(find('vague-color', 'navy blue')?.message).toMatch(/^Line item 1, product name: /);
    expect(findings.some((f) => f.rule === 'missing-color')).toBe(false);
  });

  it('customisation fields, attachments and the message to the supplier are read and judged', () => {
    expect(find('vague-customization', 'Logo: embroidered on chest, like photo')?.message).toMatch(
      /^Customisation: /,
    );
    expect(find('vague-customization', 'logo_like_photo.jpg')?.message).toMatch(/^Attachment: /);
    expect(find('vague-packaging', 'Standard export packing')?.message).toMatch(/^Order remarks: /);
    expect(pages[0]?.order).toMatchObject({
      customization: 'Logo: embroidered on chest, like photo',
      attachments: ['logo_like_photo.jpg'],
    });
  });

  it('what the order does state is not reported missing (size words, a ship-by date)', () => {
    expect(findings.some((f) => f.rule === 'missing-size' || f.rule === 'missing-ship-date')).toBe(false);
  });
});
