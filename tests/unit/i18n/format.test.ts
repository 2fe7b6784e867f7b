import { describe, expect, it } from 'vitest';
import { formatDayIn, formatDeadlineIn, formatMoneyIn } from '../../../lib/i18n/format';
import { negotiateLanguage } from '../../../lib/i18n/languages';
import { msg } from '../../../lib/i18n/msg';
import { createTranslator } from '../../../lib/i18n/translate';

const amount = { minor: 4_860_000, currency: 'USD' };
// Intl writes narrow no-break spaces; a reader sees spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers, money and dates in the buyer’s locale', () => {
  it('money', () => {
    expect(formatMoneyIn('en', amount)).toBe('US$48,600');
    expect(plain(formatMoneyIn('es', amount))).toBe('48.600 US$');
    expect(plain(formatMoneyIn('fr', amount))).toBe('48 600 $US');
    expect(plain(formatMoneyIn('pt-BR', amount))).toBe('US$ 48.600');
    expect(formatMoneyIn('zh-CN', amount)).toBe('US$48,600');
    expect(plain(formatMoneyIn('fr', { minor: 1_234_567, currency: 'EUR' }))).toBe('12 345,67 €');
  });

  it('days', () => {
    expect(formatDayIn('en', '2027-01-15')).toBe('15 Jan 2027');
    expect(formatDayIn('es', '2027-01-15')).toBe('15 ene 2027');
    expect(formatDayIn('zh-CN', '2027-01-15')).toBe('2027年1月15日');
  });

  it('a deadline names its time zone', () => {
    const text = formatDeadlineIn('fr', '2027-01-15T17:00:00Z', 'Europe/Paris');
    expect(text).toMatch(/15 janv\. 2027/);
    expect(text).toMatch(/18:00/);
    expect(text).toMatch(/UTC\+1|CET|HNEC/);
  });

  it('plural forms follow each language (French 0 and 1 are singular; Chinese has one form)', () => {
    const fr = createTranslator('fr');
    expect(fr.plural('checklist.verdict.blockers', 1)).toBe('1 point bloquant');
    expect(fr.plural('checklist.verdict.blockers', 0)).toBe('0 point bloquant');
    expect(fr.plural('checklist.verdict.blockers', 3)).toBe('3 points bloquants');
    expect(createTranslator('zh-CN').plural('checklist.verdict.blockers', 3)).toBe('3 项阻止付款');
  });

  it('a message renders its nested messages and money in the same language', () => {
    const m = msg('rules.taOrderBelowMinimum.message', {
      total: { minor: 5_000, currency: 'USD' },
      entered: msg('rules.enteredByYou', { day: { day: '2026-12-01' } }),
      minimum: { minor: 10_000, currency: 'USD' },
    });
    expect(createTranslator('en').render(m)).toBe(
      'The order total US$50 (entered by you on 1 Dec 2026) is below the Trade Assurance minimum order of US$100; it may not be protected.',
    );
    expect(plain(createTranslator('es').render(m))).toBe(
      'El total del pedido, 50 US$ (indicado por usted el 1 dic 2026), está por debajo del pedido mínimo de Trade Assurance de 100 US$; puede que no esté protegido.',
    );
  });

  it('the browser’s languages pick the nearest one TradeGuard speaks', () => {
    expect(negotiateLanguage(['pt-PT', 'en'])).toBe('pt-BR');
    expect(negotiateLanguage(['zh-TW'])).toBe('zh-CN');
    expect(negotiateLanguage(['es-MX'])).toBe('es');
    expect(negotiateLanguage(['de-DE', 'fr-CA'])).toBe('fr');
    expect(negotiateLanguage(['de-DE'])).toBe('en');
  });
});
