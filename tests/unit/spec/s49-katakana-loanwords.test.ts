import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { checkSpecLine } from '../../../lib/spec/index';

/**
 * Stop 49: Japanese katakana runs words together, so a colour name can be the start or end of a longer loan word —
 * グレード (grade) holds グレー (grey), ブルートゥース (Bluetooth) holds ブルー, スレッド (thread) holds レッド. A
 * material's flame-retardant grade or a Bluetooth version is not an unmatched colour. Bare colours still are.
 * Our own wording.
 */
const colourFindings = (t: string) => checkSpecLine(t).filter((f) => f.rule === 'vague-color');

describe('katakana loan words that hold a colour name', () => {
  it.each([
    '材質：PC樹脂（難燃グレード UL94 V-0）、厚み1.5mm±0.1',
    '通信：ブルートゥース 5.3、通信距離10m',
    '縫い糸：ポリエステルスレッド 60番、ステッチ幅3mm',
  ])('does not read a colour in %s', (text) => {
    expect(colourFindings(text)).toEqual([]);
  });
  it.each([
    ['本体色：グレー', 'グレー'],
    ['カラー：ブルー', 'ブルー'],
    ['ケース色：レッド', 'レッド'],
  ])('still flags the bare colour in %s', (text, quote) => {
    expect(colourFindings(text).map((f) => f.quote)).toContain(quote);
  });
});
