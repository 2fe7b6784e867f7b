import { describe, expect, it } from 'vitest';
import { runScanChat } from '../../../lib/cli/scan-chat';

/** Thai writes "บัญชี" (account) or the bank's name run together before the number: that number is an account. */
function rules(text: string): string[] {
  return runScanChat(JSON.stringify([{ from: 'supplier', text }])).messages.flatMap((m) =>
    m.findings.map((f) => f.rule),
  );
}

describe('a Thai account or bank word before a number gives payment details', () => {
  it.each([
    'โอนเข้าบัญชี 1234567890 ได้เลย',
    'โอนเข้ากสิกร 1234567890 ได้เลย',
    'ธนาคารกรุงเทพ 123-4-56789-0 โอนได้เลยค่ะ',
    'บัญชีออมสิน 020123456789 โอนมาได้เลย',
    'โอนมาที่บัญชีกสิกร 123-4-56789-0 ได้เลยค่ะ ถูกกว่าสั่งผ่านแอป',
    // Own variants: another bank, the account word with an owner run together, a Latin bank code.
    'ชำระเงินเข้าบัญชีกรุงไทยของร้าน 987-6-54321-0 นะคะ',
    'โอนมาที่ SCB 4051234567 ได้เลยครับ',
  ])('flags: %s', (text) => expect(rules(text)).toContain('payment-details'));
  it.each(['สั่งซื้อผ่านแอปได้เลยค่ะ ออเดอร์เลขที่ 1234567890', 'ร้านอยู่กรุงเทพ 10110 ส่งของทุกวันค่ะ'])(
    'does not read an order number or a postcode as an account: %s',
    (text) => expect(rules(text)).not.toContain('payment-details'),
  );
});
