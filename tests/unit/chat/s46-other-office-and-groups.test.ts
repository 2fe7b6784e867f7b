import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 46 (chat, machinery and furniture trade): money taken by another of the seller's places (an office, a branch,
 * a dealer, a warehouse) or through an exchange office; a visiting engineer paid in cash; orders and payments taken in
 * a chat-app group; Alipay written in Arabic letters; a bank account changed in Bengali and Swahili; details or the
 * contract moved to e-mail (Hindi, Arabic, English), imo in Bengali, a Thai "no need to go through the system" that
 * is no refusal. And what is no request: a warning against fake messages, the buyer's own forwarder paid by a pronoun
 * in the next sentence, the order page's "Pay now" button in quotes.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const BANK = 'bank-details-change';
const CONTACT = 'offplatform-contact';
const PRESSURE = 'pressure';

describe("another of the seller's places takes the money", () => {
  it.each([
    'Our Dubai office will collect the remaining payment, details follow.',
    'Please pay the final balance to our dealer in Izmir.',
    'You can buy the filters directly from our distributor in Lagos and pay them there.',
    'فرعنا في دبي سيستقبل المبلغ المتبقي نقدا.',
    'Kalan ödemeyi İzmir şubemize yapabilirsiniz.',
    'Ankara depomuzdan doğrudan sipariş verin, ödemeyi nakit yaparsınız.',
    'Конвейер лентасын тікелей біздің Шымкент қоймасынан сатып алыңыз, төлем картаға.',
    'فیلترها را مستقیم از دفتر ما در مشهد سفارش دهید و پول را نقد بدهید.',
    'لطفا مبلغ را از طریق صرافی در استانبول واریز کنید.',
    'Please pay the deposit through an exchange office in Dubai, it is faster.',
  ])('%s', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Our Istanbul office will receive the goods and check them.',
    'Our office will receive the payment from Alibaba after delivery.',
    'مكتبنا في إسطنبول سيستلم الشحنة ويفحصها.',
    'Ankara depomuzdan doğrudan sevkiyat yapıyoruz, ödeme Alibaba siparişi üzerinden.',
  ])('not: %s', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe("the seller's visiting engineer paid in cash", () => {
  it.each([
    'Our technician visits next week; please pay them the service fee in cash on site.',
    'مهندسنا سيصل غدا، ادفع له نقدا أجرة التركيب.',
  ])('%s', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it('not: nothing to give him', () => {
    expect(
      rules(
        'Our engineer arrives Monday; his ticket is booked through the Alibaba order, nothing to give him.',
      ),
    ).not.toContain(PAY);
  });
});

describe('orders and payments taken in a chat-app group', () => {
  it.each([
    'सर, हमारा वीचैट ग्रुप है, फिल्टर का पेमेंट भी ग्रुप में कर दीजिए।',
    'Chị ơi, shop có nhóm Zalo khách sỉ, đặt hàng và chuyển khoản qua nhóm luôn nha.',
    'We run a WhatsApp group for service; next time order the spare parts and pay in the group.',
  ])('%s', (text) => {
    const found = rules(text);
    expect(found).toContain(PAY);
    expect(found).toContain(CONTACT);
  });

  it('not: a group for videos, orders on Alibaba', () => {
    expect(
      rules('Our WeChat group shares the installation videos; orders still go through Alibaba.'),
    ).not.toContain(PAY);
  });

  it('Alipay in Urdu letters, paid with', () => {
    expect(rules('رقم علی پے سے بھیج دیں، جلدی ہو جائے گا۔')).toContain(PAY);
    expect(rules('علی پے بھروسہ رکھیں، وہ اچھا انجینئر ہے۔')).not.toContain(PAY);
  });
});

describe('a bank account changed, in Bengali and Swahili', () => {
  it.each([
    'ভাই, বাকি টাকা আমাদের নতুন একাউন্টে পাঠিয়ে দিন, আগের একাউন্ট বন্ধ।',
    'নতুন অ্যাকাউন্টে জমা দিন, হিসাব বদলে গেছে।',
    'Ndugu mteja, tumebadilisha akaunti ya benki, tuma pesa kwenye akaunti mpya.',
  ])('%s', (text) => {
    const found = rules(text);
    expect(found).toContain(BANK);
    expect(found).toContain(PAY);
  });

  it.each([
    'যদি কেউ বলে আমাদের অ্যাকাউন্ট পরিবর্তন হয়েছে, বিশ্বাস করবেন না।',
    'আমাদের অফিসের ঠিকানা পরিবর্তন হয়েছে।',
    'Kama mtu yeyote atakuambia akaunti yetu ya benki imebadilika, usiamini. Lipa kupitia Alibaba tu.',
    'Fungua akaunti mpya ya Alibaba, kisha lipa kupitia agizo.',
  ])('not: %s', (text) => {
    expect(rules(text)).not.toContain(BANK);
  });
});

describe('the talk moved to e-mail or imo', () => {
  it.each([
    'bhai bank details aapko mail par bhej dunga.',
    'सर, अकाउंट डिटेल ईमेल पर भेज रहा हूँ।',
    'سأرسل لك التفاصيل على البريد الإلكتروني.',
    'We can sign the contract by email and do the PI there.',
    'ভাই, ইমোতে কথা বলি, এখানে ধীর।',
    'ছবিগুলো আমাদের ইমো নম্বরে দিয়েছি।',
    'ไม่ต้องผ่านแอปนะคะ แอดไลน์ @shopbkk99 แล้วโอนตรงได้เลย',
  ])('%s', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'invoice email pe bhej raha hu.',
    'I sent the contract by email, please check and sign it on the Alibaba order.',
    'bank details nahi bhejunga mail pe, sab Alibaba order me hai.',
    'ไม่ต้องแอดไลน์นะคะ คุยในนี้ได้เลย',
  ])('not: %s', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});

describe('what is no request', () => {
  it.each([
    'انتبه من رسائل مزورة تطلب الدفع إلى حساب جديد، ادفع فقط عبر علي بابا.',
    'Beware of fake e-mails sent in our name asking you to pay a new bank account; pay only through Alibaba.',
    'مشتری گرامی، مراقب پیام‌های جعلی باشید که می‌گویند حساب بانکی ما عوض شده است.',
    'The trucking bill comes from your own freight agent, not from our side. Please pay him directly for the local delivery.',
    'Die Frachtrechnung kommt von Ihrem Spediteur, nicht von uns. Zahlen Sie ihm direkt, die Ware bleibt in der Alibaba-Bestellung.',
  ])('not a payment: %s', (text) => {
    const found = rules(text);
    expect(found).not.toContain(PAY);
    expect(found).not.toContain(BANK);
  });

  it('a real bank change and a "pay us directly" still count', () => {
    expect(rules('حسابنا البنكي تغير، ادفع الرصيد إلى الحساب الجديد.')).toContain(BANK);
    expect(rules('Your forwarder is slow this month. Pay us directly and we ship faster.')).toContain(PAY);
  });

  it('the order page button in quotes is no hurry', () => {
    expect(
      rules(
        'The rest of the invoice goes through the order page: open order 8810xxxx and tap "Pay now" there.',
      ),
    ).not.toContain(PRESSURE);
    expect(rules('Pay now or the container leaves without your goods.')).toContain(PRESSURE);
  });
});
