import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec/check-spec';
import { describeMechanismCases, loadCases } from './mechanism-cases';

/**
 * The mechanisms the eighth real-modelled set revealed (tests/fixtures/spec/real-8/):
 * full-width letters and digits typed with CJK input methods, electrical ratings
 * and sizes offered as a choice (including a same-unit slash), and counts per
 * pallet or carton read as packing — each on lines of our own, positive and
 * must-not-flag.
 */
describeMechanismCases(
  'round-8 mechanisms: PO and RFQ lines for electronics, textiles, cartons and pallets',
  loadCases('round-8-cases.json'),
);

describe('full-width lines are quoted as typed', () => {
  it('the finding and its suggested wording show the buyer’s own characters', () => {
    const typed = '颜色：Ｐａｎｔｏｎｅ　２８６　Ｃ或３００　Ｃ';
    const [finding] = checkSpecLine(typed);
    expect(finding?.quote).toBe('Ｐａｎｔｏｎｅ　２８６　Ｃ或３００　Ｃ');
    expect(finding?.fix).toContain('"Ｐａｎｔｏｎｅ　２８６　Ｃ或３００　Ｃ"');
    expect(finding?.message).toContain('"Ｐａｎｔｏｎｅ　２８６　Ｃ或３００　Ｃ"');
  });
});
