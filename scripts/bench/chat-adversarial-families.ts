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
  /** Words before and after the repeated unit, kept whole at every length: "speaker MOQ 1 pcs " opens an offer. */
  head?: string;
  tail?: string;
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
  // Stop 35: an app or wallet named as a product's model or use (product-offer.ts) once re-read the whole sentence
  // and the whole message at every mention; one sentence with no full stop is the whole message.
  // Every mention sits after "model" in a sentence naming goods, in a message with a minimum order: model names.
  { name: 'offer model names', unit: 'model whatsapp ', tail: ' speaker moq', expect: [] },
  { name: 'offer, then models', unit: 'model WhatsApp, ', head: 'speaker MOQ 1 pcs ', expect: [] },
  { name: 'wallet names', unit: 'paypal ', expect: ['offplatform-payment'] },
  {
    name: 'supported wallets',
    unit: 'PayPal, ',
    head: 'the terminal supports ',
    expect: ['offplatform-payment'],
  },
  { name: 'via a wallet', unit: 'via wise ', expect: ['offplatform-payment'] },
];

/** The family's unit repeated between its head and tail, to exactly `length` characters. */
export function adversarialText(family: AdversarialFamily, length: number): string {
  const { unit, head = '', tail = '' } = family;
  const body = Math.max(0, length - head.length - tail.length);
  return head + unit.repeat(Math.ceil(body / unit.length)).slice(0, body) + tail;
}
