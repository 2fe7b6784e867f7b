import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 54 (s54chat): payees on the goods' way out (an official's account, the seller's forwarder's), told with a
 * reason (customs, port, holiday, a restricted account); bank details handed over in a chat app; a refund "directly"
 * to the buyer's card or bank number, with the phone asked beside it; the seller's official account followed by QR;
 * one of the seller's people to be messaged on a number the message gives; and the benign look-alikes (goods made for
 * video calls with a figure and its unit, PayPal on the order's own payment screen, "theo dõi" an account). Cases
 * written for this stop.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const CONTACT = 'offplatform-contact';
const PAY = ['offplatform-payment', 'bank-details-change', 'payment-details'];
const paid = (text: string) => rules(text).some((r) => PAY.includes(r));
const moved = (text: string) => rules(text).includes(CONTACT);

describe('an official or the seller forwarder as payee', () => {
  it.each([
    'Duty has to be settled into the customs officer’s account today, then the container is released.',
    'Cargo masih tertahan, biaya pelabuhan dibayar ke rekening petugas dulu ya.',
    'Hay que pagar la tasa en la cuenta del funcionario para que suelten la carga.',
    'A taxa de liberação vai na conta do fiscal, depois a mercadoria sai.',
    'Die Einfuhrabgabe bitte auf das Konto des Zollbeamten überweisen.',
    'Vergiyi gümrük memurunun hesabına yatırmanız gerekiyor.',
    'Пошлину нужно перевести на карту таможенника, иначе груз не выпустят.',
    'Anh chuyển phí vào tài khoản của cán bộ hải quan giúp em.',
    '关税请先转到海关工作人员的账户，然后放行。',
    '関税は税関職員の口座へ振り込んでください。',
    '통관비는 세관 직원 계좌로 입금해 주세요.',
    'Durante le feste il conto aziendale è fermo, versi il saldo sul conto del nostro spedizioniere.',
    'Door de feestdagen graag het saldo overmaken op de rekening van onze expediteur.',
    'Na czas świąt proszę wpłacić saldo na konto naszego spedytora.',
    '連休のため、残金は弊社フォワーダーの口座にお振込みください。',
    '연휴 동안 잔금은 저희 포워더 계좌로 송금해 주세요.',
    'Libur panjang, jadi pelunasan transfer ke rekening forwarder kami saja.',
    'Unser Alibaba-Konto ist gerade eingeschränkt, zahlen Sie den Rest bitte an unsere Schwesterfirma.',
  ])('%s → payment', (text) => {
    expect(paid(text)).toBe(true);
  });

  it.each([
    'The customs officer opened two cartons and everything passed, the ship leaves Friday.',
    'Petugas pelabuhan sudah cek kontainer, besok berangkat.',
    'Il nostro spedizioniere passa a ritirare lunedì, il pagamento resta nell’ordine Alibaba.',
    'Each staff account of the POS can take card payments at the counter.',
    'The account officer at our bank confirmed the Alibaba payment arrived.',
  ])('%s → no payment finding', (text) => {
    expect(paid(text)).toBe(false);
  });
});

describe('bank details handed over in a chat app', () => {
  it.each([
    'Ipapasa ko po sa Viber ang bank details para sa balance.',
    'Os dados bancários eu te mando pelo WhatsApp para fazer o pagamento.',
    'The account number I will send on Telegram for the deposit.',
    'Padala ko po sa Messenger yung GCash number para sa downpayment.',
  ])('%s → payment and contact', (text) => {
    expect(paid(text)).toBe(true);
    expect(moved(text)).toBe(true);
  });

  it.each([
    'We never send bank details by WhatsApp; pay only in the Alibaba order.',
    'If anyone gives you an account number on Telegram, it is not us — pay only on Alibaba.',
  ])('%s → nothing', (text) => {
    expect(paid(text)).toBe(false);
  });
});

describe('a refund directly, to the buyer card or bank number', () => {
  it.each([
    'No need to wait for the platform, we refund you directly — just tell me the card number.',
    'Podemos devolver diretamente, me passe o número do seu cartão.',
    'Мы вернём деньги напрямую, напишите номер вашей карты.',
    '我们直接退款，把您的银行卡号发给我就行。',
    '直接返金いたしますので、カード番号を教えてください。',
    'Chúng tôi hoàn tiền trực tiếp, anh gửi số tài khoản cho em.',
    'Doğrudan iade edelim, kart numaranızı yazın lütfen.',
  ])('%s → payment', (text) => {
    expect(paid(text)).toBe(true);
  });

  it.each([
    'We refund you directly once you close the case — send your bank account number and your mobile number.',
    'Le devolvemos directamente, mándeme el número de cuenta y su número de teléfono.',
  ])('%s → payment and contact', (text) => {
    expect(paid(text)).toBe(true);
    expect(moved(text)).toBe(true);
  });

  it.each([
    'The refund goes back to your card through AliExpress automatically, we never need your card number.',
    'Please open the refund in the order; the platform pays it back to your original payment method.',
    'Kart numaranızı kimseyle paylaşmayın, iade sadece AliExpress üzerinden yapılır.',
  ])('%s → nothing', (text) => {
    expect(paid(text)).toBe(false);
    expect(moved(text)).toBe(false);
  });
  it.each(['Telefon numaranızı yazın, sizi arayalım.', '전화번호 알려 주세요, 카톡으로 연락드릴게요.'])(
    '%s → still a number asked (contact)',
    (text) => {
      expect(moved(text)).toBe(true);
    },
  );
});

describe('the seller official account followed by QR', () => {
  it.each([
    'Scan the QR below and follow our official account for weekly offers.',
    '扫这个二维码关注我们的公众号，新品每周更新。',
    'QRコードから弊社の公式アカウントを友だち追加してください。',
    'QR 코드로 저희 공식 계정을 팔로우해 주세요.',
    'Escanee el QR y siga nuestra cuenta oficial para ver novedades.',
    'Quét mã QR để theo dõi tài khoản chính thức của bên em.',
  ])('%s → contact', (text) => {
    expect(moved(text)).toBe(true);
  });

  it.each([
    'Each unit carries a QR code; your customers scan it to follow your official account.',
    'Scan the QR code on the box to read the manual.',
  ])('%s → no contact', (text) => {
    expect(moved(text)).toBe(false);
  });

  it('"theo dõi" an account is no changed account', () => {
    expect(paid('Quét mã QR để theo dõi tài khoản chính thức của chúng tôi.')).toBe(false);
  });
});

describe('one of the seller people to be messaged on a number given', () => {
  it.each([
    'Pakibayad na lang po sa GCash ng agent namin, 0918 456 7788, tapos i-text nyo po siya.',
    'Our rep Anna has the samples in Lagos, +234 803 555 1234. Message her for the handover.',
  ])('%s → contact', (text) => {
    expect(moved(text)).toBe(true);
  });

  it.each([
    'Our engineer finished the test report; message him here in the chat, order 2023 4455 6677.',
    'The courier will deliver tomorrow; if late, call him, tracking 4455 6677 889.',
  ])('%s → no contact', (text) => {
    expect(moved(text)).toBe(false);
  });
});

describe('benign look-alikes', () => {
  it.each([
    'This 30000mAh power bank keeps a phone alive through hours of WhatsApp video calls.',
    'Tablet 8 inci ini bisa video call WhatsApp, baterai 5000mAh.',
    'Наш планшет тянет видеозвонки в WhatsApp весь день, экран 10 дюймов.',
    'The sample order is on Alibaba now. On the payment screen you may pick PayPal as well.',
    'Criei o pedido no Alibaba; na tela de pagamento dá para escolher PayPal.',
    '样品订单已经在阿里巴巴上建好了，付款页面可以选PayPal。',
    'Alibabaで注文を作成しました。決済画面でPayPalもお選びいただけます。',
  ])('%s → nothing', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    'Our own payment page has PayPal too, I send you the link.',
    'We can talk on WhatsApp video call, my number 13912345678.',
  ])('%s → still flagged', (text) => {
    expect(rules(text).length).toBeGreaterThan(0);
  });
});
