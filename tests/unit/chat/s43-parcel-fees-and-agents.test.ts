import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 43 (shipping, customs and impersonation), in our own words: a parcel fee paid on an address that borrows a
 * carrier's name; duties paid to the carrier itself through its own app; cash paid at a shop against a slip; customs
 * paid into "our agent's" account; a fee no carrier charges (an anti-money-laundering certificate, a diplomatic
 * clearance); a refund by wallet traded for the dispute; bank details sent to the mailbox in Asian languages; a
 * masked number whose sentence names no card or courier.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))].filter(
    (r) => r !== 'pressure',
  );
}

describe("a parcel fee paid on a look-alike of a carrier's address", () => {
  it.each([
    'Sua encomenda está parada na alfândega, pague a taxa de R$ 24,90 em correios-liberacao-br.top/pagar hoje.',
    'Votre colis attend : réglez 1,99 € de frais de nouvelle livraison sur colissimo-rdv-client.info.',
    'Zásilka čeká, zaplaťte poplatek 45 Kč na dhl-cz-doruceni.com/platba.',
    '関税のお支払いが必要です。https://japanpost-zeikin.top/pay',
    'USPS: your parcel needs a redelivery fee of 1.50 USD, pay at usps-redeliver-help.com today.',
    'Il pacco è in giacenza, paga 2 € di spese di consegna su poste-it-consegne.xyz/pagamento.',
    'Uw pakket wacht, betaal de douanekosten via postnl-bezorging-nl.info.',
    'Pay the customs fee at dhl.com.clearance-fee.top now.',
  ])('flags a payment: %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'Customs duties are billed by DHL; you can pay them on dhl.com or in the DHL app.',
    'Die Zollgebühr zahlen Sie direkt bei DHL auf dhl.de.',
    'A taxa de importação é paga no site dos Correios: www.correios.com.br.',
    'Track it at tracking.dhl.cz, the shipping fee is already paid in the order.',
    'Be careful: colissimo-suivi-colis.info is a fake site, never pay there.',
  ])('does not flag a payment: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});

describe('duties paid to the carrier itself, through its own app', () => {
  it.each([
    'رسوم الجمارك تدفعها لأرامكس مباشرة من خلال تطبيقهم الرسمي.',
    'الضريبة تسدد عبر تطبيق أرامكس الرسمي عند وصول الرسالة.',
    'Customs duties you pay to Aramex directly in their official app.',
  ])('does not flag: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });

  it.each([
    'الرسوم الجمركية ادفعها لنا مباشرة على حسابنا البنكي.',
    'رسوم الجمارك ادفعها عبر الرابط aramex-ksa-fees.top مباشرة.',
  ])('still flags a payment to the seller or a look-alike: %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });
});

describe('cash paid at a shop against a slip the writer hands over', () => {
  it.each([
    'Para soltar el paquete deposite 900 pesos en OXXO con la referencia que le mando.',
    'Pagá el envío en Rapipago con el código que te paso.',
    'Pay the rest at any 7-Eleven with the reference number I give you.',
  ])('flags a payment: %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'Nos vemos en el 7-Eleven para entregar las muestras.',
    'Al finalizar la compra en AliExpress puede elegir pagar en efectivo en OXXO.',
  ])('does not flag: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});

describe("customs paid into our agent's account (Thai, Malay, Indonesian)", () => {
  it.each([
    'ค่าภาษีนำเข้า 800 บาท โอนเข้าบัญชีตัวแทนได้เลยค่ะ',
    'Cukai import RM150, sila bank in ke akaun ejen kami.',
    'Bea masuk silakan transfer ke rekening agen kami ya kak.',
  ])('flags a payment: %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'Ejen kami akan periksa barang di kilang, bayaran tetap melalui Alibaba.',
    'Agen kami akan cek barang di pabrik, pembayaran tetap lewat Alibaba.',
  ])('does not flag an agent who only inspects: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});

describe('a fee no carrier or customs office charges', () => {
  it.each([
    'Your parcel needs an AML certificate, the charge is 180 USD, send it to our officer.',
    'Su envío requiere un certificado antilavado de dinero, debe pagar 200 USD.',
    'Frais diplomatiques de 300 € à régler avant la livraison.',
    '您的包裹需要办理反洗钱证书，请先支付300美元。',
    'A diplomatic delivery agent brings the box once the clearance fee is paid.',
  ])('flags a payment: %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'Scammers sometimes ask for an anti-money laundering certificate fee; we never do.',
    'Our factory passed the anti-terrorism C-TPAT audit, please pay through Alibaba.',
  ])('does not flag: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});

describe('a refund by wallet or account traded for the dispute', () => {
  it.each([
    'Anh đừng mở tranh chấp nhé, em hoàn tiền cho anh qua số tài khoản luôn.',
    'Đánh giá 5 sao giúp shop nha, shop hoàn lại 50k qua ZaloPay, khỏi mở khiếu nại.',
    'Kak, tak perlu buka komplain ya, nanti saya kembalikan dana lewat OVO.',
    '亲，不用开纠纷，我直接微信退款给您。',
    '紛争を開かないでください、こちらから口座に返金します。',
    '분쟁 열지 마시고 계좌 알려주시면 환불해 드릴게요.',
  ])('flags a payment: %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'Chị cứ mở khiếu nại trên AliExpress, Ali sẽ hoàn tiền cho chị.',
    'Silakan buka komplain di AliExpress, dana akan dikembalikan oleh sistem.',
  ])('does not flag the platform refund: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});

describe('bank details sent to the mailbox, in Asian languages', () => {
  it.each([
    '供应商的收款账号我会通过邮件发给您。',
    '银行信息我发到您的邮箱。',
    '계좌 정보는 이메일로 보내드릴게요.',
    '振込先口座はメールでお送りします。',
    'Thông tin tài khoản em gửi qua email cho anh.',
    'Detail rekening saya kirim lewat email.',
    'Banka bilgilerini e-posta ile göndereceğim.',
  ])('flags contact: %s', (text) => {
    expect(rules(text)).toContain('offplatform-contact');
  });

  it.each([
    '我们不会通过邮件发收款信息，请在平台付款。',
    '계좌 정보는 이메일로 보내드리지 않습니다.',
    'Em không gửi thông tin tài khoản qua email, anh thanh toán trên Alibaba nhé.',
    '发票和银行信息我发您邮箱。',
  ])('does not flag contact: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-contact');
  });
});

describe('a masked number in a sentence of its own', () => {
  it.each([
    'Pay the fee by gift card. Call agent Mrs. Ama on +233 20 xxx 4455.',
    'Greetings from Speedline Courier. Reach officer Mr. Obi on +234 80 *** 1234.',
  ])('flags contact: %s', (text) => {
    expect(rules(text)).toContain('offplatform-contact');
  });

  it.each([
    'The courier is SF Express. Call them on +86 400 xxx 1234 for the delivery time.',
    'Card 5168 **** **** 2290 was charged for the order.',
  ])('does not flag contact: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-contact');
  });
});
