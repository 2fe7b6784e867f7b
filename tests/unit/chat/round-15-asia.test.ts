import { expect, it } from 'vitest';
import { normalise } from '../../../lib/chat/normalise';
import { describeRuleCases } from './rule-cases';

/**
 * Round 15, Asian languages and mixed messages (tests/fixtures/chat/round-15-asia-cases.jsonl, phrasings written
 * for this test after reading Russian, Ukrainian, Chinese, Taiwanese, Korean, Japanese, Vietnamese, Indonesian,
 * Turkish and Indian scam warnings; each case names the page it was modelled on): a transfer "на карту / на
 * картку" is a payment to a person; a payment said to be made "there" or for which the buyer is sent to a number
 * ("付款也走那边", "там по оплате", "посилання для оплати", "untuk pembayaran", a QR code scanned and paid) follows
 * the move; a related company ("關係企業"), a relative's account in Devanagari and an unfreezing deposit before a
 * refund ("解冻保证金") are payments elsewhere; the platform's fee or cut given as the reason ("Komisyon yüzünden",
 * "수수료가 많이 나가서", "平台抽成太高") and "siteden değil" refuse the platform; English words inside a Chinese or
 * Turkish message are read with the Chinese or Turkish around them; "leave your number, we call" (vi, uk), "連絡先
 * を交換しませんか" ("won't you…?" invites, it does not refuse), a call to a number in Devanagari, LINE as 賴 and
 * WhatsApp in Devanagari move the talk.
 */
describeRuleCases(
  'round 15 (Asia): cards, payments after a move, fees as the reason, mixed messages, Devanagari',
  'round-15-asia-cases.jsonl',
  () => {
    it('keeps Devanagari vowel signs, so "call" and "tomorrow" stay two words', () => {
      expect(normalise('कॉल').text).not.toBe(normalise('कल').text);
      expect(normalise('मेरे खाते').text).toBe('मेरे खाते');
    });
    it('reads the nukta and chandrabindu spellings of a Hindi word as one', () => {
      expect(normalise('फ़ोन').text).toBe(normalise('फोन').text);
      expect(normalise('मैँ').text).toBe(normalise('मैं').text);
    });
  },
);
