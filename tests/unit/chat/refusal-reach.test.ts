import { describe, expect, it } from 'vitest';
import { runScanChat } from '../../../lib/cli/scan-chat';

/** A refusal or an impostor warning covers its own sentence or phrase, not the seller's ask that follows it. */
function rules(text: string): string[] {
  return runScanChat(JSON.stringify([{ from: 'supplier', text }])).messages.flatMap((m) =>
    m.findings.map((f) => f.rule),
  );
}

describe('a Thai impostor warning does not cover the seller’s own transfer ask', () => {
  it.each([
    'ระวังคนแอบอ้าง โอนเข้าบัญชีของฉัน 1234567890 ได้เลย',
    'ระวังคนแอบอ้าง กรุณาโอนเข้าพร้อมเพย์ 0812345678',
    'ระวังมิจฉาชีพแอบอ้าง โอนมาที่บัญชีของเรา 9876543210 นะคะ',
    'ระวังคนแอบอ้าง โอนเข้าบัญชี 1234567890 ได้เลย',
  ])('flags: %s', (text) =>
    expect(rules(text).some((r) => r === 'offplatform-payment' || r === 'payment-details')).toBe(true),
  );
  it('leaves a warning that only describes what the impostors do', () =>
    expect(rules('ระวังมิจฉาชีพแอบอ้างเป็นพนักงานของร้าน ทัก LINE มาขอให้โอนเงินเข้าบัญชีอื่น ทางร้านไม่มีนโยบายนี้')).toEqual(
      [],
    ));
});

describe('a Tagalog refusal does not reach the next sentence’s own wallet number', () => {
  it.each([
    'Bawal ang GCash. Sa GCash ko na lang 09171234567 mag send',
    'Bawal ang GCash sa app. Sa GCash ko na lang 09171234567 mag send',
    'Hindi kami tumatanggap ng GCash. Sa GCash ko 0917 123 4567 na lang mag bayad.',
  ])('flags: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
  it.each([
    'Hindi po kami tumatanggap ng GCash sa labas ng app.',
    'Huwag mag GCash sa labas. Ang GCash namin ay para sa lokal lang, sa checkout lang po.',
    'We do not accept PayPal. PayPal fees are too high for us.',
  ])('does not flag the refusal: %s', (text) => expect(rules(text)).not.toContain('offplatform-payment'));
});
