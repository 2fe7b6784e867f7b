import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 48, after the red team: "reply there" about a mailbox is no move when the mail is the platform's own or the
 * reply is asked for on the platform; "don't use the Alibaba link" is no request when the new link and the transfer are
 * on the platform; a Hindi ask for the buyer's e-mail in the platform's own settings is no move. The real requests next
 * to them still fire. Our own wording.
 */
const PAY = new Set(['offplatform-payment', 'bank-details-change']);
const rules = (text: string) => scanMessage({ from: 'supplier', text }).map((f) => f.rule);
const pay = (text: string) => rules(text).some((r) => PAY.has(r));
const contact = (text: string) => rules(text).includes('offplatform-contact');

describe('"reply there" about a mailbox', () => {
  it.each([
    'Our quote bounced, please look in your inbox junk folder and reply there in the Alibaba chat.',
    'Alibaba sent an order confirmation to your email, please reply there to confirm the delivery address, it is the platform system mail.',
    'The platform sent a reminder to your email, please answer there through the Alibaba message centre.',
  ])('stays clean: %s', (text) => {
    expect(contact(text)).toBe(false);
  });
  it('still flags the seller moving the talk to the buyer’s private mailbox', () => {
    expect(
      contact(
        'I mailed the artwork to your hotmail this morning, check it and reply there, this chat is slow.',
      ),
    ).toBe(true);
  });
});

describe('"don\'t use the Alibaba link"', () => {
  it('stays clean when the new link and the transfer are on the platform', () => {
    expect(
      pay(
        'Please do not use the old Alibaba link, I will make a new order link on Alibaba and the bank transfer is inside the Alibaba checkout.',
      ),
    ).toBe(false);
  });
  it('still flags the link set aside for the account on the invoice', () => {
    expect(
      pay(
        'Dont use the Alibaba link for this balance, the amount is too big, transfer to the account on our PI.',
      ),
    ).toBe(true);
  });
});

describe('a Hindi ask for the buyer’s e-mail', () => {
  it('stays clean when it is for the platform’s own settings', () => {
    expect(contact('कृपया अलीबाबा प्रोफाइल में जाकर अपना ईमेल वेरिफाई कीजिए और बताइए।')).toBe(false);
  });
  it('still flags an ask to send it', () => {
    expect(contact('सर अपना ईमेल भेजिए, मैं कोटेशन भेज दूंगा।')).toBe(true);
  });
});
