import { expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { describeRuleCases } from './rule-cases';

/**
 * Round 6 of issue 13 (tests/fixtures/chat/details-and-features-cases.jsonl, phrasings written for this test,
 * not taken from the sixth real-modelled set): bank details written with the bank's name between label and
 * number, e-wallet numbers "to the number", inflected words for a changed account, a partner abroad as payee,
 * "the old one is not used any more", a stranger's message framed as "if you receive…", the seller's own escrow,
 * payment links in more languages, QR codes that add a person — and the benign messages beside them: apps named
 * as a device's notification feature, a QR code printed on a label, BLIK paid in the order.
 */
describeRuleCases('payment details, payees and app features', 'details-and-features-cases.jsonl', () => {
  it('names the app of a mention whose description sits in the sentence before', () => {
    const contact = scanMessage({
      from: 'supplier',
      text: 'Die Hülle ist grün wie WhatsApp. WhatsApp +49 151 2345 6789',
    }).find((f) => f.rule === 'offplatform-contact');
    expect(contact?.details?.channels).toContain('WhatsApp');
  });

  it('names the meeting app a supplier moves the talk to (Zoom, Google Meet), as it names a chat app', () => {
    const channelsOf = (text: string) =>
      scanMessage({ from: 'supplier', text }).find((f) => f.rule === 'offplatform-contact')?.details
        ?.channels;
    expect(
      channelsOf('We can show the line on a zoom meeting tomorrow 9am, meeting id 845 2231 9087'),
    ).toEqual(['Zoom']);
    expect(channelsOf('Join my Google Meet at 3pm so we settle the order details there')).toEqual([
      'Google Meet',
    ]);
  });

  it('gives the bank account number it read after the bank name, and an id without the full stop after it', () => {
    const details = scanMessage({
      from: 'supplier',
      text: 'Silakan transfer DP ke rekening BRI 0123 0100 4567 508 atas nama Andi.',
    }).find((f) => f.rule === 'payment-details')?.details;
    expect(details?.accounts).toEqual(['012301004567508']);
    const contact = scanMessage({ from: 'supplier', text: 'my wechat: lily.led.' }).find(
      (f) => f.rule === 'offplatform-contact',
    );
    expect(contact?.details?.ids).toEqual(['lily.led']);
  });
});
