import { describe, expect, it } from 'vitest';
import { parseCorrectionInput } from '../../../lib/corrections/input';
import { PAYMENT_METHOD_KINDS } from '../../../lib/model/payment';
import { classifyPaymentMethod, PAYMENT_METHODS } from '../../../lib/rules/payment-methods';

/** What the buyer types in the form: a value to store, or a message saying what to fix — never half of one. */
const money = (text: string, currency = 'USD') => parseCorrectionInput('taLimit', text, { currency });

describe('amounts typed by the buyer', () => {
  it("reads the ways people write an amount, in the currency they name or the page's", () => {
    expect(money('US$42,000')).toEqual({
      ok: true,
      value: { fact: 'taLimit', value: { minor: 4_200_000, currency: 'USD' } },
    });
    expect(money('42000')).toMatchObject({ value: { value: { minor: 4_200_000, currency: 'USD' } } });
    expect(money('42000USD')).toMatchObject({ value: { value: { minor: 4_200_000, currency: 'USD' } } });
    expect(money('42 000 €')).toMatchObject({ value: { value: { minor: 4_200_000, currency: 'EUR' } } });
    expect(money('42k', 'EUR')).toMatchObject({ value: { value: { minor: 4_200_000, currency: 'EUR' } } });
    expect(money('1.234,50 EUR')).toMatchObject({ value: { value: { minor: 123_450, currency: 'EUR' } } });
    expect(money('  CNY 300000 ')).toMatchObject({
      value: { value: { minor: 30_000_000, currency: 'CNY' } },
    });
  });

  it('refuses what it cannot read, saying why', () => {
    expect(money('')).toMatchObject({ ok: false, error: 'Enter an amount, e.g. US$42,000 or 42000 USD.' });
    expect(money('about forty thousand')).toMatchObject({
      ok: false,
      error: '"about forty thousand" has no amount in it: write digits, e.g. 42000 USD.',
    });
    expect(money('40000 or 45000')).toMatchObject({
      ok: false,
      error: 'Write one amount only ("40000 or 45000" has 2).',
    });
    expect(money('42000 XYZ')).toMatchObject({
      ok: false,
      error: expect.stringContaining('does not know "XYZ" as a currency'),
    });
    expect(money('-42000')).toMatchObject({ ok: false, error: 'The amount must be above zero.' });
    expect(money('0 USD')).toMatchObject({ ok: false, error: 'The amount must be above zero.' });
    expect(money('99999999999999999 USD')).toMatchObject({ ok: false });
  });

  it('never stores a rounded amount the buyer did not write: more decimals than the currency has are refused', () => {
    // Once stored as JP¥2, US$2.00, BHD 1.235 and US$42,000.00.
    for (const typed of ['1.5 JPY', '1.9951 USD', 'BHD 1.2345', '42000.0049 USD'])
      expect(money(typed)).toMatchObject({
        ok: false,
        error: `"${typed}" could not be read as an amount: write e.g. 42000 USD.`,
      });
    // Decimals the currency has, and zeros beyond them, are the amount as written.
    expect(money('12.345 KWD')).toMatchObject({ value: { value: { minor: 12_345, currency: 'KWD' } } });
    expect(money('42000.00 JPY')).toMatchObject({ value: { value: { minor: 42_000, currency: 'JPY' } } });
    expect(money('1.9900 USD')).toMatchObject({ value: { value: { minor: 199, currency: 'USD' } } });
    expect(money('1,234.50 USD')).toMatchObject({ value: { value: { minor: 123_450, currency: 'USD' } } });
  });
});

describe('dates and lists', () => {
  it('takes a real ship-by day and refuses others', () => {
    expect(parseCorrectionInput('shipBy', '2026-12-20', { currency: 'USD' })).toEqual({
      ok: true,
      value: { fact: 'shipBy', value: '2026-12-20' },
    });
    expect(parseCorrectionInput('shipBy', '', { currency: 'USD' })).toMatchObject({
      ok: false,
      error: 'Enter the agreed shipment date.',
    });
    expect(parseCorrectionInput('shipBy', '2026-02-31', { currency: 'USD' })).toMatchObject({
      ok: false,
      error: '"2026-02-31" is not a real date: pick it with the calendar.',
    });
    expect(parseCorrectionInput('shipBy', '1999-12-20', { currency: 'USD' })).toMatchObject({
      ok: false,
      error: 'Enter a year between 2000 and 2100.',
    });
    expect(parseCorrectionInput('shipBy', '20/12/2026', { currency: 'USD' })).toMatchObject({ ok: false });
  });

  it('takes only the listed payment and shipping methods', () => {
    expect(parseCorrectionInput('paymentMethod', 'tt', { currency: 'USD' })).toEqual({
      ok: true,
      value: { fact: 'paymentMethod', value: 'tt' },
    });
    expect(parseCorrectionInput('paymentMethod', 'bitcoin', { currency: 'USD' })).toMatchObject({
      ok: false,
      error: 'Choose the payment method from the list.',
    });
    expect(parseCorrectionInput('shippingMethod', 'sea', { currency: 'USD' })).toMatchObject({ ok: true });
    expect(parseCorrectionInput('shippingMethod', 'teleport', { currency: 'USD' })).toMatchObject({
      ok: false,
    });
  });

  it('names each payment method so the rules recognise it again', () => {
    for (const kind of PAYMENT_METHOD_KINDS)
      expect(classifyPaymentMethod(PAYMENT_METHODS[kind].label)).toBe(kind);
  });
});
