import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 41 (r59 tuned errors), each mechanism in our own wording and in more than one language: the buyer told to stop
 * answering in the chat, the Arabic "talk with me on the e-mail", a Chinese QR code scanned to pay, an order link said
 * not to open as the reason to pay an account holder, confirming receipt while goods are missing; and, not flagged, a
 * Turkish "if you receive a notice" warning, customs duties the Arabic courier collects, and an e-mail domain named.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}

describe('the buyer told to stop answering in the chat, with somewhere else named', () => {
  it.each([
    'Please look in your mailbox, the price list went there. Do not reply in this chat any more.',
    'check ur inbox pls, files are there, dont answer here anymore',
    'Mire su correo, allí le mandé el catálogo, no responda más por aquí.',
    'Olhe seu e-mail, a cotação foi para lá, não responda mais aqui.',
    'Consultez votre mail, le devis y est, ne répondez plus ici.',
    'Bitte sehen Sie in Ihre E-Mail, antworten Sie bitte nicht mehr hier.',
    '请看一下邮箱，报价单已经发了，别在这里回复了。',
    'Посмотрите почту, не отвечайте больше здесь.',
    'Lütfen e-postanıza bakın, bu sohbetten artık yazmayın.',
    'my shop here is going to be closed next month, add my whatsapp so we keep in touch',
  ])('%s → offplatform-contact', (text) => {
    expect(rules(text)).toContain('offplatform-contact');
  });

  it.each([
    'Please do not reply here after 7pm, I answer first thing tomorrow.',
    "Don't reply in this chat with your card number or your mail password, we never need them.",
    'Please do not answer here now, our engineer will reply you in this chat on Monday.',
    'I mailed the invoice to you, please reply here once you have it.',
  ])('%s → not a move', (text) => {
    expect(rules(text)).not.toContain('offplatform-contact');
  });
});

describe('Arabic: a verb of talking "with me / us" on the e-mail', () => {
  it.each([
    'للطلبية الجاية تحدث معي عبر الإيميل أفضل',
    'تواصل معي على الإيميل لو عندك سؤال',
    'تكلم معنا على البريد الإلكتروني وسنرد بسرعة',
  ])('%s → offplatform-contact', (text) => {
    expect(rules(text)).toContain('offplatform-contact');
  });

  it.each(['تكلم معي هنا في الدردشة', 'أرسلنا الفاتورة إلى بريدك وسنتابع هنا'])('%s → not a move', (text) => {
    expect(rules(text)).not.toContain('offplatform-contact');
  });
});

describe('Chinese: a QR code scanned to pay', () => {
  it.each([
    '运费请扫这个码支付给物流公司，付完发货。',
    '尾款扫一下图片上的二维码付就行',
    '關稅請掃我的QR碼轉帳給代理',
  ])('%s → offplatform-payment', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    '这款收银机支持扫码付款，也能刷卡',
    '请勿扫码付款，只在阿里订单里付款',
    '在阿里订单页面扫码付款就可以',
    '扫码关注我们的公众号看新品',
  ])('%s → not a payment request', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});

describe('the order link said not to open, then an account holder named as the payee', () => {
  it.each([
    'The Alibaba payment link is not working from our side today, kindly transfer the deposit to account holder CHEN LI, ICBC.',
    'the balance link cannot open because of maintenance, please remit to beneficiary ZHOU MIN, she handles our finance',
    'El enlace de pago no funciona, por favor transfiera el saldo al titular Li Na.',
    'Le lien de la commande ne fonctionne pas, merci de virer le solde au bénéficiaire Mme Wu.',
  ])('%s → offplatform-payment', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'If the payment link cannot open, just refresh; I can also send a new Alibaba order link.',
    'The tracking link does not work yet, it updates tomorrow.',
  ])('%s → not a payment request', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});

describe('confirming receipt while goods are missing or on the way', () => {
  it.each([
    'please confirm receipt today, the other 120 sets follow with the next shipment',
    'Kindly click confirm received now; the parcel is still on the way.',
    'Confirme la recepción hoy por favor, las unidades que faltan salen en el próximo envío.',
    'Confirme o recebimento hoje, as caixas que faltam seguem no próximo envio.',
    '麻烦先确认收货，缺的那些下一批补发给您。',
    'Подтвердите получение сегодня, недостающие коробки отправим позже.',
  ])('%s → offplatform-payment', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'When all the cartons have arrived and you checked them, please confirm receipt in the app.',
    'please confirm receipt so the payment is released to us, thanks for the order',
    'Please do not confirm receipt before the missing boxes arrive.',
    'The 30 missing boxes ship next week; please confirm receipt only after they arrive.',
    '收到货后再确认收货，缺的下一批补发',
  ])('%s → not a payment request', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});

describe('warnings and the carrier, not flagged', () => {
  it.each([
    'Sayın alıcı, banka hesabımız değişmedi. Yeni hesap e-postası gelirse ödeme yapmayın, bize buradan yazın.',
    'Başka bir IBAN mesajı alırsanız önce bizimle burada konuşun.',
  ])('%s → no finding', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('a Turkish payment to a different account still asked for → offplatform-payment', () => {
    expect(rules('Farklı bir hesaba ödeme yapın lütfen, yeni hesabımız aşağıda.')).toContain(
      'offplatform-payment',
    );
  });

  it.each([
    'إذا طلب منك المندوب رسوم جمركية فهي رسوم رسمية يمكنك دفعها له نقدا عند الاستلام.',
    'مرحبا، الرسوم الجمركية تدفع لمندوب التوصيل عند الاستلام مقابل إيصال رسمي.',
  ])('%s → not a payment request', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });

  it.each([
    'إذا طلب منك المندوب رسوم جمركية ادفعها عبر هذا الرابط وأرسل لي الإيصال',
    'حول المبلغ إلى حساب المندوب',
  ])('%s → offplatform-payment', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'Our official e-mail domain is @acme-pumps.de, any other address is fake. Please keep talking to us here.',
    'Only mails from @hengda-valve.cn are really ours; we keep all orders in this Alibaba chat.',
  ])('%s → not a move', (text) => {
    expect(rules(text)).not.toContain('offplatform-contact');
  });

  it.each([
    'my email is tony @gmail.com, write me there',
    'please email our sales at sales @hengda-valve.cn for the catalogue',
  ])('%s → offplatform-contact', (text) => {
    expect(rules(text)).toContain('offplatform-contact');
  });
});
