import { describe, expect, it } from 'vitest';
import { rulesOf } from './rule-cases';

/**
 * A person as the object of paying, with no "to": "pay my wife", "you can pay our manager Mr. Wang by bank
 * transfer". Round 8 read payees after "to" and in the dative; English also drops the preposition. A person
 * who only confirms, is informed or receives a receipt is not paid.
 */

describe('a person as the object of paying', () => {
  it.each([
    'Pay my wife, she handles our finance, her bank details below.',
    'You can pay our manager Mr. Wang by bank transfer, details below.',
  ])('%s is a payment to an individual', (text) => {
    expect(rulesOf(text)).toContain('offplatform-payment');
  });

  it.each([
    'Our manager will confirm the order once you pay through Alibaba.',
    'Please inform our manager after you pay the order on Alibaba.',
    'Please pay the order and send the receipt to our accountant.',
    'Please pay our manager through the Alibaba order.',
    "Please pay our sales team's invoice on Alibaba.",
  ])('%s is not', (text) => {
    expect(rulesOf(text)).toEqual([]);
  });
});
