import { describe, expect, it } from 'vitest';
import '../../../lib/i18n/bundled-catalogs';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 50, language breadth: the order on the platform set aside for a local dealer paid in cash (the platform named
 * beside "no need to order" is what is refused, not an anchor; "cash" is money in 20 languages); a phone number a
 * few words after "contact our dealer"; "message me there and I'll tell you how to pay into our account" in more
 * languages; and the look-alikes that stay clean (a free replacement needs no new order, the platform's or a
 * carrier's line, a warning joined to its Arabic "and"). Our own wording.
 */
const rules = (text: string) => [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];

describe('a local dealer paid in cash instead of the order', () => {
  it.each([
    'لاہور میں ہمارے ڈیلر سے رابطہ کریں 0301-7654321، وہ نقد پر سامان دے گا، علی بابا پر آرڈر کی ضرورت نہیں۔',
    'Liên hệ cửa hàng đại lý ở Đà Nẵng 0905 111 222, trả tiền mặt lấy hàng luôn, không cần đặt qua Alibaba.',
    'Skontaktuj się z naszym hurtownikiem w Gdańsku 602 345 678, płatność gotówką, nie trzeba zamawiać przez Alibaba.',
    'Görüşmek için bölge bayimiz 0533 987 65 43, nakit satış yapar, Alibaba üzerinden sipariş açmanıza gerek yok.',
    'Kontakin niyo yung distributor namin sa Davao 0918 765 4321, cash lang, di na kailangan mag-order sa Alibaba.',
  ])('flags payment and contact in %s', (text) => {
    const r = rules(text);
    expect(r).toContain('offplatform-payment');
    expect(r).toContain('offplatform-contact');
  });
  it.each([
    'Ο συνεργάτης μας στην Πάτρα πουλάει τοις μετρητοίς, δεν χρειάζεται παραγγελία στο Alibaba.',
    'אצל הנציג שלנו בחיפה משלמים במזומן, לא צריך להזמין דרך עליבאבא.',
    'ঢাকার শোরুমে নগদ টাকায় কিনুন, আলিবাবায় অর্ডার করার দরকার নেই।',
    'Wakala wetu wa Mombasa anauza kwa pesa taslimu, hakuna haja ya kuagiza kupitia Alibaba.',
  ])('flags the payment in %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });
});

describe('the payment told in the app the talk moves to', () => {
  it.each([
    'Viber-en írjon nekem, ott megmondom, hogyan fizesse be az előleget.',
    'Napište mi na WhatsApp, řeknu vám, jak zaplatit zálohu.',
    'Scrie-mi pe Telegram și îți explic cum să plătești avansul.',
    'Напишіть у Telegram, я поясню, як оплатити передоплату на картку.',
    'Γράψτε μου στο WhatsApp και θα σας εξηγήσω πώς να πληρώσετε την προκαταβολή.',
    'واتساب پر بات کریں، میں سمجھا دوں گا کہ ایڈوانس کیسے جمع کروانا ہے۔',
    'Tuma ujumbe WhatsApp, nitakueleza jinsi ya kulipa malipo ya awali.',
    'راسلني على واتساب وأشرح لك طريقة الدفع.',
  ])('flags payment and contact in %s', (text) => {
    const r = rules(text);
    expect(r).toContain('offplatform-payment');
    expect(r).toContain('offplatform-contact');
  });
});

describe('look-alikes that stay clean', () => {
  it.each([
    'Tekrar sipariş vermenize gerek yok, kırık parçayı ücretsiz gönderiyoruz.',
    'दोबारा ऑर्डर देने की जरूरत नहीं है, टूटा हुआ पार्ट हम मुफ्त भेज देंगे।',
    'نیازی به سفارش جدید نیست، قطعه شکسته را رایگان می‌فرستیم.',
    '다시 주문 안 하셔도 됩니다. 파손된 부품은 무료로 보내드려요.',
    'Contactați echipa de suport Alibaba la 0800 500 600 pentru probleme de plată.',
    'الرجاء الدفع عبر طلب علي بابا فقط، ولا ترسل المال إلى حساب آخر.',
    'Kérem, csak az Alibaba rendelésen keresztül fizessen, más számlára ne utaljon.',
  ])('leaves %s clear', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
