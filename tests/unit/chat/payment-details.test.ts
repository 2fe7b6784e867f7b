import { describe, expect, it } from 'vitest';
import { isValidIban } from '../../../lib/chat/iban';
import { scanMessage } from '../../../lib/chat/scanner';
import type { DesignatedAccount } from '../../../lib/chat/types';
import { fixtureJson } from './helpers';

const f = fixtureJson<{
  designatedAccount: DesignatedAccount;
  same: string;
  different: string;
  differentIban: string;
  wallet: string;
}>('designated.json');
const details = (text: string, designatedAccount?: DesignatedAccount) =>
  scanMessage({ from: 'supplier', text }, designatedAccount ? { designatedAccount } : {}).find(
    (x) => x.rule === 'payment-details',
  );

describe('IBAN checksum (mod 97)', () => {
  it('accepts real IBANs, with or without spaces', () => {
    for (const iban of [
      'DE89370400440532013000',
      'GB82 WEST 1234 5698 7654 32',
      'FR14 2004 1010 0505 0001 3M02 606',
    ]) {
      expect(isValidIban(iban)).toBe(true);
    }
  });
  it('rejects a changed digit, a swapped pair and junk', () => {
    for (const iban of ['DE89370400440532013001', 'GB82WEST12345698765423', 'DE00', 'HELLO WORLD 12345678']) {
      expect(isValidIban(iban)).toBe(false);
    }
  });
  it('a number that fails the checksum is not an IBAN unless the message calls it one', () => {
    expect(details('ref DE89 3704 0044 0532 0130 01')?.details?.ibans).toBeUndefined();
  });
  it("an IBAN the message names, with its country's exact length, counts even with wrong check digits", () => {
    // A mistyped or made-up IBAN in a chat is still a payment detail: TR is 26 characters, DE 22.
    expect(details("yeni IBAN'a gönderin: TR12 0001 0012 3456 7890 1234 56")?.details?.ibans).toEqual([
      'TR120001001234567890123456',
    ]);
    expect(details('IBAN DE89 3704 0044 0532 0130 01')?.details?.ibans).toEqual(['DE89370400440532013001']);
    expect(details('IBAN DE89 3704 0044 0532 0130 0')?.details?.ibans).toBeUndefined(); // one digit short
  });
});

describe('payment details are extracted, normalised', () => {
  it('account number, SWIFT and IBAN', () => {
    expect(
      details('Beneficiary account no.: 4420 1588 0010 5293 6710, SWIFT: PCBCCNBJSZX')?.details,
    ).toMatchObject({
      accounts: ['44201588001052936710'],
      swifts: ['PCBCCNBJSZX'],
      designated: 'not-given',
    });
    expect(details('IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX')?.details).toMatchObject({
      ibans: ['DE89370400440532013000'],
      swifts: ['COBADEFFXXX'],
    });
  });
  it('crypto wallets and payment e-mails', () => {
    expect(details(f.wallet)?.details?.wallets).toEqual(['TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9']);
    expect(details('my paypal: sales.jinhua@gmail.com')?.details?.emails).toEqual(['sales.jinhua@gmail.com']);
  });
  it('order and tracking numbers are not accounts', () => {
    expect(details('Your order no. 2318845023 is paid; DHL tracking number 1234567890.')).toBeUndefined();
  });
});

describe('comparison with the designated account', () => {
  it('same account → warning', () => {
    expect(details(f.same, f.designatedAccount)).toMatchObject({
      severity: 'warning',
      details: { designated: 'same' },
    });
  });
  it('different account → critical', () => {
    expect(details(f.different, f.designatedAccount)).toMatchObject({
      severity: 'critical',
      details: { designated: 'different' },
    });
    expect(details(f.differentIban, f.designatedAccount)).toMatchObject({ severity: 'critical' });
  });
  it('a wallet is never the designated account → critical', () => {
    expect(details(f.wallet, f.designatedAccount)?.severity).toBe('critical');
  });
  it('no designated account given → warning', () => {
    expect(details(f.different)?.severity).toBe('warning');
  });
});
