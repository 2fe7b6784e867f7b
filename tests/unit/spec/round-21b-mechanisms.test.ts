import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/check-spec';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * Mechanisms the spec probe R21 (both thirds) and the stop 29 red team pointed to, on lines of our own: a warranty,
 * a certificate or a test answered with "yes", "done" or "available"; a requirement nobody wrote down; a defect
 * said to be absent; a property given as an estimate; acceptance left to someone's eye; terms that follow the
 * market or the actual loading; and the precise lines misread before (a numbered requirement sheet, a level-II
 * AQL plan elsewhere on the line, cartons counted onto pallets).
 */
describeMechanismCases('round-21b: probe R21 and red-team mechanisms', loadCases('round-21b-cases.json'));

describe('round-21b: the quote points at the vague words', () => {
  it('"as many as fit" is quoted, not only the container size', () => {
    const found = checkSpecLine('Qty: as many as will fit in one 20GP.').find(
      (f) => f.rule === 'vague-quantity',
    );
    expect(found?.quote).toContain('as many as will fit');
  });
});
