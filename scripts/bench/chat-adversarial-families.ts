import type { ChatRuleId } from '../../lib/chat/types';

/**
 * Hostile chat messages: one short unit repeated to a given length. Each family once made the scanner's
 * work grow with the square of the length (issue 12, finding 5: "pay pal " to 20,000 characters took
 * 1.2 s). `expect` is what the scanner must still report at any length: a long hostile message is still a
 * request to pay or talk elsewhere. Shared by the benchmark (scripts/bench/chat-adversarial.ts) and the
 * unit test that checks the findings (tests/unit/chat/adversarial.test.ts).
 */
export interface AdversarialFamily {
  name: string;
  unit: string;
  expect: readonly ChatRuleId[];
}

export const ADVERSARIAL_FAMILIES: readonly AdversarialFamily[] = [
  // The three measured in the issue: every hit of a payment method re-read the whole (endless) clause.
  { name: 'pay pal', unit: 'pay pal ', expect: ['offplatform-payment'] },
  { name: 'USDT TRC20 T', unit: 'USDT TRC20 T', expect: ['offplatform-payment'] },
  { name: 'western union', unit: 'western union ', expect: ['offplatform-payment'] },
  // Found by a sweep over the lexicons (see lib/chat/README.md, "Linear time").
  { name: 'leet tokens', unit: 'p4yp4l ', expect: ['offplatform-payment'] },
  { name: 'capital-I disguise', unit: 'PaypaI ', expect: ['offplatform-payment'] },
  { name: 'full-width', unit: 'ＰａｙＰａｌ ', expect: ['offplatform-payment'] },
  { name: 'Chinese method', unit: '支付宝 ', expect: ['offplatform-payment'] },
  { name: 'e-mails', unit: 'x@y.co ', expect: ['offplatform-contact'] },
  { name: 'dotted pairs', unit: 'w.a. ', expect: [] },
  { name: 'spaced letters', unit: 'p a y ', expect: [] },
  { name: 'negated mentions', unit: 'we do not accept paypal, ', expect: [] },
  { name: 'anchors', unit: 'pay our account on alibaba ', expect: [] },
  { name: 'phone cues', unit: 'call +86 138 0013 8000 ', expect: ['offplatform-contact'] },
  { name: 'related company', unit: 'pay our hong kong company ', expect: ['offplatform-payment'] },
  { name: 'add me', unit: 'add me add me ', expect: ['offplatform-contact'] },
  { name: 'Arabic transfer', unit: 'حول إلى حسابي الشخصي ', expect: ['offplatform-payment'] },
  { name: 'Korean account', unit: '개인 계좌로 입금 ', expect: ['offplatform-payment'] },
  // Stop 35: a host borrowing the platform's name (patterns/platform-look-alike.ts) once backtracked over every
  // place the name could sit in one endless label.
  { name: 'look-alike label', unit: 'alibabapay', expect: [] },
  { name: 'look-alike hosts', unit: 'pay on alibaba-pay.top ', expect: ['offplatform-payment'] },
];

/** The family's unit repeated to exactly `length` characters. */
export const adversarialText = (family: AdversarialFamily, length: number) =>
  family.unit.repeat(Math.ceil(length / family.unit.length)).slice(0, length);
