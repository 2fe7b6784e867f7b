import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 54, after a review of the stop's own change: an official's account needs the possessive (a verb "account for"
 * and a badge "officer card" are no one's money), Turkish "görevli" and Korean "직원" only with their office named, and
 * an order number is no line to call. Cases written for this review.
 */
const rules = (text: string) => [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];

describe('an official as payee, and only then', () => {
  it.each([
    'Please pay the port fee into the officers’ account today.',
    'The clearance tax goes to the customs officer’s account first, then the cargo is released.',
    'Gümrük vergisini memurun hesabına yatırın.',
    'Vergiyi gümrük görevlisinin hesabına gönderin.',
    '통관비는 세관 직원 계좌로 입금해 주세요.',
  ])('flags payment: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
  it.each([
    'The port officer card is checked at the gate; the fee is already in our FOB price.',
    'Our customs officers account for every carton before loading; the duty is paid by your forwarder as usual.',
    'Ödemeniz alındı, görevlimiz hesabınızı kontrol edecek.',
  ])('stays clear: %s', (text) => expect(rules(text)).toEqual([]));
});

describe('one of the seller’s people to message, and an order number', () => {
  it('flags the agent whose phone is given', () =>
    expect(rules('Our agent Lito is in Cebu, 0918 224 5561, please text him for the pickup.')).toContain(
      'offplatform-contact',
    ));
  it.each([
    'Our QC engineer Tom handles order 2938475610293847, please message him through the order page.',
    'Our sales rep Anna has order no. 3120998877665544; message her here if anything is missing.',
  ])('an order number is no phone: %s', (text) => expect(rules(text)).not.toContain('offplatform-contact'));
});
