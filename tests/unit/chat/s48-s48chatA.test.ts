import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 48 (chat A): a wallet keyed by the seller's own phone gives a contact too, the buyer's number or mailbox asked
 * in Dutch and Devanagari, a new id to add after an app was blocked, a reply asked "there" in the buyer's mailbox, the
 * Alibaba link set aside for an account, a branch's IBAN in Turkish; and, left clean, the checkout's own methods in
 * Italian and Polish, a product driven from an app's bot, acceptance stickers and payment-QR stands, a card number asked
 * for a refund, "pix" as pictures, and warnings in Portuguese and Chinese.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const CONTACT = 'offplatform-contact';
const PAY_RULES = new Set([PAY, 'bank-details-change']);
const paid = (text: string) => rules(text).some((r) => PAY_RULES.has(r));

describe("the seller's own phone given as the wallet's number is a contact as well", () => {
  it.each([
    '用支付宝转给我就行，省手续费，支付宝账号就是我的手机号码：13912345678',
    'Alipay is easiest, my Alipay is my mobile number 18812345678, discount 3%',
  ])('%s → payment and contact', (text) => {
    const got = rules(text);
    expect(got).toContain(PAY);
    expect(got).toContain(CONTACT);
  });
  it('a wallet number with no phone named stays the account only', () => {
    expect(rules('尾款请转到支付宝 13510642217，谢谢')).not.toContain(CONTACT);
  });
});

describe("the buyer's number or mailbox asked in Dutch and in Devanagari", () => {
  it.each([
    'Wilt u mij uw telefoonnummer sturen? Dan bel ik u vanmiddag even.',
    'Laat u uw mobielnummer even achter, dan neem ik contact op.',
    'कृपया अपना ईमेल आईडी दीजिए, मैं नया कैटलॉग भेजूंगा।',
    'अपना फोन नंबर बताइए, मैं कल बात करूंगा।',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });
  it.each([
    'Uw bestelnummer graag, dan zoek ik de zending op.',
    'Stuur me uw telefoonnummer voor de bezorger, dan komt het pakket morgen.',
    'कृपया अपना पता और फोन नंबर भेजिए, कूरियर के लिए।',
    'अपना ऑर्डर नंबर भेजिए, मैं चेक करता हूँ।',
  ])('%s → no contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});

describe('a new id to add after the app was blocked', () => {
  it.each([
    'WeChat banned my account again, please add new one mike_wang88',
    'my whatsapp is gone, add the new number +86 139 2222 3333',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });
  it.each([
    'Please add new one to the order, the first sample cracked.',
    'Kindly add new one XK-300 model to the quotation.',
  ])('%s → no contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});

describe("a reply asked in the buyer's own mailbox", () => {
  it.each([
    'The revised drawing is in your gmail, please check and reply me there, this chat loses files.',
    'We mailed the test results to your email, kindly answer by email.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });
  it('Alibaba mailing the buyer, with the reply kept here, is no move', () => {
    expect(
      rules(
        'Alibaba sent a confirmation to your email, please check it and reply here if anything is wrong.',
      ),
    ).not.toContain(CONTACT);
  });
});

describe('the Alibaba link set aside for an account', () => {
  it.each([
    'Balance is due Monday. Please do not use the Alibaba payment link for it, the limit is too low, use the bank account on the new PI.',
    "don't use the platform checkout this time, wire the 60% to the account in the invoice",
  ])('%s → payment', (text) => {
    expect(paid(text)).toBe(true);
  });
  it('a link replaced by a new order link names no account', () => {
    expect(paid("Please don't use the old Alibaba link, I will send you a new order link.")).toBe(false);
  });
});

describe("a branch's account in Turkish", () => {
  it.each([
    'İzmir şubemizin hesabına havale yapabilirsiniz, komisyon yok.',
    'Ödemeyi İstanbul ofisimizin IBAN’ına yapın lütfen.',
  ])('%s → payment', (text) => {
    expect(paid(text)).toBe(true);
  });
  it.each([
    'Ofisimizin adresi faturada yazıyor.',
    'Ofisimizin IBAN numarası faturada, ödemeyi Alibaba siparişi üzerinden yapın.',
  ])('%s → no payment', (text) => {
    expect(paid(text)).toBe(false);
  });
});

describe("the checkout's own methods, found there", () => {
  it.each([
    "PayPal va benissimo, lo trovi al checkout dell'ordine Alibaba.",
    'PayPal sí, lo encuentras en el checkout del pedido.',
    'Na Alibabie zapłacisz kartą albo PayPalem przy zamówieniu.',
    'Zamówienie na Alibabie opłacisz kartą lub PayPal.',
  ])('%s → no payment', (text) => {
    expect(paid(text)).toBe(false);
  });
  it.each([
    'PayPal va bene, lo trovi sul mio sito personale.',
    'Western Union va bene, lo trovi al checkout.',
    'Zapłać mi PayPalem, nie na Alibabie.',
  ])('%s → payment', (text) => {
    expect(paid(text)).toBe(true);
  });
});

describe('products that name an app or a wallet', () => {
  it.each([
    'Smart plug, works with Alexa, you can control it from a Telegram bot as well. MOQ 500.',
    'We also print Alipay / Visa acceptance decals for shop windows, 500 pcs per roll.',
    '微信收款码台卡，亚克力材质，支持定制logo',
  ])('%s → nothing', (text) => {
    expect(rules(text).filter((r) => r === PAY || r === CONTACT)).toEqual([]);
  });
  it.each(['for quality control pls add my whatsapp +86 138 1234 5678', '微信收款码发你了，扫码付款就行'])(
    '%s → still flagged',
    (text) => {
      expect(rules(text).some((r) => r === PAY || r === CONTACT)).toBe(true);
    },
  );
});

describe('a card number asked for a refund is no contact', () => {
  it.each([
    'Закроем спор: верну деньги на карту, напишите номер вашей карты.',
    'Надішліть номер картки, повернемо кошти.',
  ])('%s → no contact', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
  it('a phone number asked in Russian still is', () => {
    expect(rules('Дайте ваш номер, я вам перезвоню.')).toContain(CONTACT);
  });
});

describe('pictures and warnings', () => {
  it('"pix" of the samples are pictures; the mailbox stays a contact', () => {
    const got = rules('I have some new pix of the production, mail me at tom@factory-mail.com');
    expect(got).not.toContain(PAY);
    expect(got).toContain(CONTACT);
  });
  it('a Pix request stays one', () => {
    expect(paid('Pode fazer um Pix direto para mim, 5% de desconto.')).toBe(true);
  });
  it.each([
    'Cuidado: golpistas mandam mensagem no Telegram pedindo Pix em nome da loja.',
    '提醒：凡是微信上发给您的个人银行账户，都不是我司的，请勿转账。',
    '有人以我们名义发给您的私人账户，都不是我司的，请勿付款',
  ])('%s → nothing', (text) => {
    expect(rules(text).filter((r) => r === PAY || r === CONTACT)).toEqual([]);
  });
  it.each(['请转到我的私人账户，不是我司的，但是更快', '请转到这个私人账户，不是我司的'])(
    '%s → payment',
    (text) => {
      expect(paid(text)).toBe(true);
    },
  );
});
