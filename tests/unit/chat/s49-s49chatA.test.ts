import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 49 (chat A): the checkout's own method said to be "in the checkout" or picked there, a wallet that keeps working
 * beside an RFID card holder or a case, a case ending on Western Union, an account story that ends on the platform, the
 * platform's own link re-issued, the platform's own mail, a number asked about on the label; and a bare id to add.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const BANK = 'bank-details-change';
const CONTACT = 'offplatform-contact';

describe("the checkout's own method, said to be in the checkout or picked there", () => {
  it.each([
    'Sure, PayPal is accepted — you find it in the AliExpress checkout; simply pick PayPal when you pay for the order.',
    'We accept PayPal, it is available on the Alibaba order page.',
    'Pay on the Alibaba order page, just select Visa there.',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
  it.each([
    'We accept PayPal, just choose PayPal when you pay me.',
    'Pay on the Alibaba order page, just choose Western Union when you pay.',
    'Pay the deposit on Alibaba, then choose PayPal and send to my email',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });
});

describe('a wallet that keeps working beside the goods', () => {
  it.each([
    'Slim RFID card holder, 8 slots, MOQ 300 pcs. Google Pay / Apple Pay NFC on your phone keeps working normally.',
    'Magnetic phone case, 200 pcs MOQ, TPU. Apple Pay on the phone works fine through the case.',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
  it('a request beside the same words still counts', () => {
    expect(
      rules('Card holder 300 pcs MOQ. PayPal still works normally, send the money to my email.'),
    ).toContain(PAY);
  });
});

describe('Western Union with a Hungarian case ending', () => {
  it('"Western Unionon" is Western Union', () => {
    expect(rules('A vámhoz még 90 USD kell, kérem küldje Western Unionon a szállítmányozónak.')).toContain(
      PAY,
    );
  });
});

describe('an account story that ends on the platform', () => {
  it.each([
    'Our account at the old branch was closed, so please just pay through Alibaba as usual.',
    'Our bank account is frozen for a few days, please pay via the Alibaba order.',
    'Şubedeki hesabımız kapatıldı, ödemeyi lütfen Alibaba üzerinden yapınız.',
  ])('%s → neither payment nor bank change', (text) => {
    const got = rules(text);
    expect(got).not.toContain(PAY);
    expect(got).not.toContain(BANK);
  });
  it.each([
    'Our account is closed, Alibaba order is cancelled, please pay by T/T to HK.',
    'Our account is under audit, do not pay through Alibaba, pay our manager instead.',
    'Our bank account is frozen, so the Alibaba order cannot receive money, please pay by PayPal.',
  ])('%s → still flagged', (text) => {
    expect(rules(text)).toContain(PAY);
  });
});

describe("the platform's own link re-issued", () => {
  it('a new Alibaba link with the card paid in the checkout is no new payee', () => {
    const got = rules(
      'Please ignore the Alibaba link in the previous quote, a fresh one comes now, pay by card at checkout.',
    );
    expect(got).not.toContain(PAY);
    expect(got).not.toContain(BANK);
  });
  it('an old link set aside for a new account still is', () => {
    expect(rules('Ignore the old Alibaba link and the old PI, pay to our new account in HK.')).toContain(
      BANK,
    );
  });
});

describe("the platform's own mail, and a number asked about on the label", () => {
  it.each([
    'AliExpress e-mailed you about the refund case, please answer there.',
    'Alibaba has sent a message to your inbox about the dispute, reply there please.',
    'Do you want my cell 13912345678 printed on the waybill, or your own?',
  ])('%s → no contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
  it.each([
    'I emailed your mailbox about the dispute, reply there',
    'My number 13812345678 is on the label, call me if the courier cannot find you.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });
});

describe('a bare id to add', () => {
  it.each([
    'Your WeChat QR goes on the insert card. For any question please add lily_trade66.',
    'any problem pls add jenny_li2024 on WeChat',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });
  it.each([
    'Please add sku_1234 to the order for questions of stock.',
    'Add logo_v2.png on the box, any problem tell me.',
    'Can you add item_A22, I have questions about it.',
  ])('%s → no contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});
