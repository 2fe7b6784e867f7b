import { describe } from 'vitest';
import { clear, flags } from './spec-lines';

/**
 * Stop 44, left open by stop 43's red team (our own lines): a range of ingress ratings ("IP65~IP67") leaves the
 * supplier every rating between its ends; a warranty given as a span in more languages ("24 do 36 miesięcy",
 * "between 1 and 3 years", "от 1 до 3 лет", "1-2 tahun").
 */
describe('a range of ingress ratings', () => {
  flags([
    ['Waterproof grade: IP65~IP67', 'vague-performance'],
    ['Ingress protection IP54 to IP66', 'vague-performance'],
    ['防护等级 IP65-IP67', 'vague-performance'],
  ]);
  clear([
    ['Protection: IP44 or higher, tested to IEC 60529', 'vague-performance'],
    ['IP67 - 1 m for 30 min (IEC 60529 report R-771)', 'vague-performance'],
    ['IP66/IP67, both tested, report TR-2291', 'vague-performance'],
    ['Waterproof IPX8 -2 m, 2 h', 'vague-performance'],
  ]);
});

describe('a warranty given as a span', () => {
  flags([
    ['Gwarancja: od 12 do 24 miesięcy', 'vague-performance'],
    ['Warranty period: between 2 and 5 years', 'vague-performance'],
    ['Гарантия: от 1 до 2 лет', 'vague-performance'],
    ['Garansi 6-12 bulan', 'vague-performance'],
    ['Garanti süresi 1-3 yıl', 'vague-performance'],
    ['Garantía: entre 6 y 12 meses', 'vague-performance'],
  ]);
  clear([
    ['Warranty: 24 months from delivery; motor 5 years', 'vague-performance'],
    ['Gwarancja: 24 miesiące od daty dostawy', 'vague-performance'],
    ['Garansi resmi 12 bulan', 'vague-performance'],
    ['Warranty 12 months and 3 years for the compressor', 'vague-performance'],
  ]);
});
