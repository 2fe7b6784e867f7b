import { describe, expect, it } from 'vitest';
import { rules } from './chat-lines';

/**
 * The red team's cases against stop 35's exemptions (letterheads, the order's account, look-alike hosts, Arabic
 * money left with a relative), each in both directions. Written in our own words.
 */
describe('a letterhead is only a letterhead when nothing else is said', () => {
  it.each([
    'Tel: +86-574-8765-4321 Fax: +86-574-8765-4322 Add: Ningbo. Kindly talk to me on this number, the chat here is slow.',
    'Tel: +86-574-8765-4321 Fax: +86-574-8765-4322 Add: Ningbo. Rufen Sie uns bitte direkt an.',
    '电话：0574-87654321 传真：0574-87654322 地址：宁波市鄞州区。以后别在这里聊了，直接打这个电话。',
    'Tel: +7 912 345 6789 Факс: +7 495 765 4321 Адрес: Казань. Пишите сразу на этот номер.',
    'Tel: +44 7700 900456\nFax: +44 20 7946 0011\nAdd: 5 Mill Lane, Leeds\nFor quicker answers we can continue there.',
  ])('the number is offered: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
  it.each([
    'Quotation header:\nNINGBO HAIDA HARDWARE CO., LTD.\nAdd: No. 66 Jiangnan Road, Yinzhou District, Ningbo 315100\nTel: +86-574-8765-4321  Fax: +86-574-8765-4322\nQUOTATION No. HD-2026-112\nPayment: through the Alibaba Trade Assurance order',
    'Tel: 0574-8765 4321 / Fax: 0574-8765 4322 / Address: Yinzhou, Ningbo. Payment terms: 30% deposit via Trade Assurance.',
  ])('a header alone stays quiet: %s', (text) => expect(rules(text)).not.toContain('offplatform-contact'));
});

describe("only a bank transfer goes to the order's account", () => {
  it.each([
    "Send the balance by Western Union to the order's account holder Zhang Min.",
    "Pay the order's account by MoneyGram, receiver Zhang Min in Ningbo.",
    "Please send USDT to the order's account wallet, address follows.",
  ])('flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
  it('a retry by T/T to the order account stays quiet', () =>
    expect(
      rules(
        "Your card payment in the order did not go through. Please retry on the Alibaba checkout page, or pay by T/T to the order's account.",
      ),
    ).not.toContain('offplatform-payment'));
});

describe('look-alike hosts borrow the platform names, not lucky numbers', () => {
  it.each([
    'Our site is www.haida1688.com for the catalogue; please place the order on Alibaba and pay by Trade Assurance.',
    'Website: www.ningbo-taobao-tools.com (catalogue). Order through Alibaba Trade Assurance please.',
  ])('a maker site stays quiet: %s', (text) => expect(rules(text)).not.toContain('offplatform-payment'));
  it('a look-alike checkout is still flagged', () =>
    expect(
      rules(
        'The Trade Assurance page is down today, please pay at https://alibaba-securepay.net/checkout?o=5521, same protection.',
      ),
    ).toContain('offplatform-payment'));
});

describe('Arabic: the rest of the goods left with a relative pays nobody', () => {
  it.each([
    'باقي البضاعة مع أخي في المخزن، والدفع عن طريق علي بابا',
    'ثمن القطع عند صديقي، والدفع عبر علي بابا',
  ])('quiet: %s', (text) => expect(rules(text)).not.toContain('offplatform-payment'));
  it.each(['العربون يكون عند أخي في الشارقة', 'المبلغ كله مع ابن خالي'])('flagged: %s', (text) =>
    expect(rules(text)).toContain('offplatform-payment'),
  );
});

describe('"mail me" with the platform chat offered as well', () => {
  it.each([
    'Any question, mail me, or just chat here.',
    'Schicken Sie mir eine Mail oder schreiben Sie hier im Chat.',
    'Envoyez-moi un mail ici sur Alibaba pour toute question.',
  ])('quiet: %s', (text) => expect(rules(text)).not.toContain('offplatform-contact'));
  it.each([
    'Kunt u mij even mailen? Dan stuur ik de tekening.',
    'Mail me directly please, the chat here is slow.',
  ])('still a move: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
});
