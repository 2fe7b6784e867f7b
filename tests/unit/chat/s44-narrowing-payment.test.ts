import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 44 narrowing (chat, C2): the payment readings of this stop kept to what asks the buyer for money. The seller's
 * own payment to its forwarder or agent (done, passive, or promised "we ourselves"), a money word that labels papers
 * ("freight details"), a transliterated lexicon's words in a message of another language or under its own negation,
 * a comparison with the platform that compares no payment, cash with a meeting word that is no meeting, and
 * "share … directly" whose object is a fee.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';

describe('still flagged: money asked for outside the order', () => {
  it.each([
    'The sample fee must be paid to our colleague in Lagos before we ship',
    'Please send the freight to our forwarder, he gives you his account',
    'هزینه نمونه را به همکارمان واریز کنید',
    'ایڈوانس کی رقم ہمارے کراچی والے ایجنٹ کو بھیج دیں',
    'फीस हमारे मुंबई वाले प्रतिनिधि को नकद दे दीजिए',
    'we will be at the Canton Fair, you can pay the deposit in cash when we meet',
    'bring the balance in cash when we meet in Guangzhou',
    'Kindly share the sample charges directly to me, I will start the sample tomorrow',
    'Please share the tooling fee for the moulds directly to us',
    'Next time a wire to our account is quicker than through the platform.',
    'Paying us by bank transfer is cheaper than via Alibaba, believe me',
    'Pardakht ro be hesab-e shakhsi-e modiram variz konid lotfan',
    'Ebe3t el flos 7awala 3ala tool ya basha',
  ])('%s', (text) => {
    expect(rules(text)).toContain(PAY);
  });
});

describe('not flagged: the seller tells what it pays, or no money is asked', () => {
  it.each([
    // The seller's own payment to its people, done or to come.
    'The freight has already been paid to our forwarder, so nothing is due from you before shipment',
    'The sea freight was already paid to our forwarder in Rotterdam; you owe nothing more',
    'Please send the freight details to our forwarder so he can book the container',
    'Kindly forward the shipping documents to our forwarder in Yiwu',
    'هزینه حمل را ما به نماینده‌مان می‌دهیم، شما فقط در علی‌بابا سفارش دهید',
    'ہمارے ایجنٹ کو کرایہ کی رقم ہم خود دیں گے',
    'हमारे साथी को पैसे हम खुद भेजेंगे, आप बस ऑर्डर करें',
    // A meeting word that is no meeting, or the carrier at the door.
    'Our safes meet the EN standard, so shops can let customers pay by card or cash. Order here as usual',
    'The register works offline and lets customers pay by card or cash',
    'The courier collects the VAT; pay it in cash when the postman meets you',
    // A thing compared with the platform that is not paying.
    'Our packing is better than the platform standard. Please pay the order through Trade Assurance',
    // A transliterated language's own refusal, or its words in another language.
    "Oplata tol'ko cherez ploshchadku, na kartu my ne prinimaem",
    'Nalichnye i perevod na kartu my ne berem, vse cherez AliExpress',
    'Lotfan faghat dakhel-e Alibaba pardakht konid, ma hesab-e shakhsi nadarim',
    'Mafeesh ta7weel 3an tari2 7awala, el daf3 3ala el site bas',
    'Chociaż Alibaba pobiera prowizję, płatność tylko przez platformę, mimo to prosimy o zapłatę tam',
    'Size badal ke Alibaba order mein update kar diya hai, payment wahi rahega',
    'Shipping method badal ke Alibaba pe hi order kar dijiye',
  ])('%s', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});
