import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

/**
 * Stop 46: Indonesian and Malay shelf and service life labels ("masa simpan", "umur pakai", "jangka hayat") read as
 * performance claims, so "long" with no months or hours is vague and a figure is not (stop 45's red team: "Masa
 * simpan: lama" was caught only by mistaking "masa" for the Romanian weight label, and lost when that was mended).
 */
function rules(line: string): string[] {
  return checkSpecLine(line).map((f) => f.rule);
}

describe('a shelf or service life with no figure', () => {
  it.each(['Masa simpan: lama.', 'Umur pakai: panjang', 'Jangka hayat: lama', 'Daya simpan: lama sekali'])(
    'vague: %s',
    (line) => {
      expect(rules(line)).toContain('vague-performance');
    },
  );
});

describe('a shelf or service life with its figure', () => {
  it.each([
    'Masa simpan: 24 bulan dari tanggal produksi',
    'Umur pakai: 50.000 jam (L70)',
    'Jangka hayat: 2 tahun',
  ])('not vague: %s', (line) => {
    expect(rules(line)).not.toContain('vague-performance');
  });
});
