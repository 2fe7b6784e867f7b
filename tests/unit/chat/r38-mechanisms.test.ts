import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { runScanChat } from '../../../lib/cli/scan-chat';

/**
 * Stop 33, the r38 tuning set's mechanisms (sentences written here, not copied from the set): apps and addresses in
 * the spellings writers use (wasap, 加個Line, 扣扣, "(at) outlook", "email?"), a shop on another marketplace given by its
 * handle, wallets and accounts that no one is asked to pay (a refund to the original method, domestic-only QR codes,
 * a "Friends & family bundle", a Tagalog refusal, an impostor warning in Hebrew), and asks in new frames (an account
 * "corrected", an order link "expired", a site's fee saved in Japanese, mobile money). Each exemption has a real ask
 * beside it that it must not hide.
 */
const scan = (text: string) => scanMessage({ from: 'supplier', text });
const rulesOf = (text: string) => scan(text).map((f) => f.rule);
const PAY = ['offplatform-payment', 'bank-details-change'];
const paid = (text: string) => rulesOf(text).some((r) => PAY.includes(r));
const moved = (text: string) => rulesOf(text).includes('offplatform-contact');

describe('apps and addresses as writers spell them', () => {
  for (const text of [
    'Oye, pásame tu wasap y te paso el catálogo.',
    'Mejor escríbeme al guasap, allí te respondo rápido.',
    '可以加個Line嗎？ID：ｌｉｌｙ８８ 傳照片比較方便',
    '方便的话加我line，ID是 kitty_bag',
    '亲 加个扣扣吧，图纸在那边发你',
    '我的QQ号 5 6 7 8 9 1 2 3 4，有事找我',
    '用LINE聯絡我比較快',
    'From next month my contact is anna.wu.trade (at) outlook, keep in touch',
    'write me: peter.lam [at] gmail, I answer faster there',
    'email?',
    'Courriel ?',
  ]) {
    it(`flags: ${text}`, () => expect(moved(text)).toBe(true));
  }
  for (const text of [
    // "line" as a production line, a QQ-shaped product code, an "at" that is a price, a question with more words.
    '我们有三条生产line，交期15天',
    'Model QQ-200 is out of stock, QQ-300 ships tomorrow.',
    '这款外套加个扣扣子就好了',
    '我们用line测量尺寸，误差1毫米',
    '20 pcs at 1.5 usd, outlook for next month is good',
    'Did you get the email? I attached the drawing in the order.',
    'Please send the RFQ email? No, just reply here in this chat.',
  ]) {
    it(`does not flag: ${text}`, () => expect(moved(text)).toBe(false));
  }
  it('extracts the contact app of a full-width id line', () =>
    expect(
      scan('可以加個Line嗎？ID：ｌｉｌｙ８８').find((f) => f.rule === 'offplatform-contact')?.details
        ?.channels,
    ).toContain('Line'));
});

describe('a pasted chat keeps the app label and the sides of more languages', () => {
  it('a Chinese line glued to "Line ID:" is one message, not a speaker', () => {
    const out = runScanChat('加我Line ID: kitty_bag');
    expect(out.messages[0]?.findings.map((f) => f.rule)).toContain('offplatform-contact');
  });
  it('an Indonesian buyer asking about DANA is the buyer, the seller refusing is not flagged', () => {
    const out = runScanChat(
      '[Pembeli] Kak, bisa bayar lewat DANA?\n[Penjual] Maaf kak, bayar hanya lewat checkout AliExpress ya',
    );
    expect(out.messages.map((m) => m.from)).toEqual(['buyer', 'supplier']);
    expect(out.messages.flatMap((m) => m.findings)).toHaveLength(0);
  });
  it('a Vietnamese seller asking for a wallet payment is still flagged', () => {
    const out = runScanChat(
      'Người mua: có trả qua Alibaba được không?\nNgười bán: anh chuyển qua Momo cho em nhé',
    );
    expect(out.messages[1]?.from).toBe('supplier');
    expect(out.messages[1]?.findings.map((f) => f.rule)).toContain('offplatform-payment');
  });
  it('"A/C name:" in a block of details stays in the message that asks to pay', () => {
    const out = runScanChat(
      'Please just pay 300 USD to this account:\nBank: ICBC\nA/C name: WANG FANG\nA/C no: 6222 0210 0112 3344',
    );
    expect(out.messages).toHaveLength(1);
    expect(out.messages[0]?.findings.map((f) => f.rule)).toContain('offplatform-payment');
  });
});

describe('a shop on another marketplace, by its handle', () => {
  for (const text of [
    'Kami juga ada toko di Tokopedia, cari saja "lampu_jaya_official" ya kak.',
    'Search "lily_home_store" on Amazon, same lamp cheaper.',
    'Búscanos en Mercado Libre como @casa_sol, es más barato.',
  ]) {
    it(`flags: ${text}`, () => expect(moved(text)).toBe(true));
  }
  for (const text of [
    'We also sell on Amazon, but please order here on Alibaba.',
    "The Shopee copy of this lamp is fake, search 'lampu_jaya' reviews if you like.",
  ]) {
    it(`does not flag: ${text}`, () => expect(moved(text)).toBe(false));
  }
});

describe('wallets named that no one is asked to pay', () => {
  for (const text of [
    'Die Erstattung läuft über AliExpress, das Geld geht auf Ihre ursprüngliche Zahlungsmethode (PayPal) zurück.',
    'The refund goes back to your original payment method (PayPal) within 7 days.',
    'El reembolso vuelve a su método de pago original (PayPal) en unos días.',
    '退款会原路退回到您的支付宝，3到5个工作日。',
    '我們的微信支付、支付寶收款碼只限國內客戶使用，海外買家請在阿里巴巴國際站下單付款。',
    'Our WeChat Pay and Alipay codes are for domestic customers only, overseas buyers please pay through the Alibaba order.',
    'Family & friends bundle: buy 2 get 1 free, the coupon is applied at checkout.',
    'A lovely gift for friends and family, pay at the checkout as usual.',
    'My family and friends bought these lamps too, they love them.',
    'Pasensya na po, hindi kami tumatanggap ng GCash sa labas ng app. Sa checkout lang po.',
    'Huwag po kayong magbayad sa GCash, sa checkout lang po ng app.',
  ]) {
    it(`does not flag: ${text}`, () => expect(paid(text)).toBe(false));
  }
  for (const text of [
    // The refund story with a fee to pay first, a domestic limit with somewhere to pay, F&F as the way to pay.
    'Your refund comes back to your original payment method once you pay the 20 USD release fee by PayPal to our finance.',
    'The refund goes back to your original payment method, but for the new order please pay by PayPal to lily@mail.com.',
    '我們的支付寶收款碼只限國內客戶使用，海外買家請用PayPal付到 lily@mail.com',
    'Our Alipay is for domestic customers only, but you can pay by Western Union to our boss.',
    'Please send the payment as friends and family on PayPal to avoid the fee.',
    'Pwede po kayo magbayad sa GCash namin 0917 123 4567 para mas mura.',
    'I-send nyo na lang po sa GCash ko, para walang fee.',
    // "Wala" (none) before a fee sells; it refuses nothing.
    'Wala pong fee kung GCash sa akin kayo magbayad.',
  ]) {
    it(`flags: ${text}`, () => expect(paid(text)).toBe(true));
  }
});

describe('an impostor warning in Hebrew, Tagalog and Swahili', () => {
  for (const text of [
    'שימו לב: מישהו מתחזה לנציג שלנו בוואטסאפ. אנחנו אף פעם לא מבקשים תשלום מחוץ לדף ההזמנה.',
    'Ingat po: may nagpapanggap na staff namin sa WhatsApp, dito lang po kayo makipag-usap.',
    'Tahadhari: kuna watu wanajifanya wafanyakazi wetu kwenye WhatsApp, ongea nasi hapa tu.',
  ]) {
    it(`does not flag: ${text}`, () => expect(moved(text)).toBe(false));
  }
  it('the seller giving its own number after the warning is still a move', () =>
    expect(moved('שימו לב: מישהו מתחזה לנציג שלנו. דברו איתי בוואטסאפ 052-1234567')).toBe(true));
});

describe('asks in new frames', () => {
  for (const text of [
    "I'm the owner, my assistant gave you the wrong account. The correct account for your payment is below.",
    'Perdón, la cuenta correcta para el pago es la siguiente, ignore la anterior.',
    '之前的账户发错了，正确的收款账户是 6222 0210 0112 3344，请转这个。',
    'Die richtige Bankverbindung für Ihre Zahlung lautet: DE89 3704 0044 0532 0130 00.',
    'The Alibaba link expired, so please transfer to this account: 6222 0210 0112 3344, I will mark the order paid.',
    '阿里订单链接过期了，直接转到这个账户 6222 0210 0112 3344，我手动改订单。',
    'お振込みの場合はこちらの口座までお願いします。',
    'アプリの手数料がかからないので、その分300円値引きします。',
    'Tuma pesa kupitia M-Pesa namba 0712 345 678, nitakutumia mzigo kesho.',
    'Payez par Orange Money au 77 123 45 67, c’est plus rapide.',
  ]) {
    it(`flags: ${text}`, () => expect(paid(text)).toBe(true));
  }
  for (const text of [
    'You typed the wrong account number for your refund, please check your own account.',
    'Please ignore the previous quotation, the new price is below.',
    'The Alibaba order link expired, I will send you a new Alibaba order link, please pay there by card.',
    '返金はこちらの口座にお振込みいたします。',
    'We do not accept M-Pesa, only the Alibaba checkout.',
    'The sine wave inverter has a pure wave output.',
  ]) {
    it(`does not flag: ${text}`, () => expect(paid(text)).toBe(false));
  }
});
