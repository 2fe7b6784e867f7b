import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 46 narrowing (red team): a warning against fake messages does not clear a request, in the same message, to pay
 * a new, attached or "only real" account; a platform anchor, a paper about the payment, or goods "transferred" are no
 * money taken by the seller's office; a payment in a chat group refused or pinned on scammers is no move to the group;
 * a Hindi "nahi" / "नहीं" around the verb refuses to send details by e-mail.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const BANK = 'bank-details-change';
const CONTACT = 'offplatform-contact';

describe('a fake-message warning that ends in a new account to pay', () => {
  it.each([
    'Watch out for phishing e-mails under our company name; our only valid account is the one attached to this message, transfer the deposit to it.',
    'Careful: fraudulent messages using our name are circulating, so please wire the rest to the updated account in the attached invoice.',
    'Cuidado con mensajes falsos en nuestro nombre; nuestra única cuenta válida es la nueva adjunta, transfiera el saldo allí.',
    'Attention aux faux messages en notre nom ; notre seul compte valable est le nouveau ci-joint, merci de virer le solde.',
    'Şirketimiz adına sahte e-postalar dolaşıyor; doğru hesabımız ekteki yeni hesap, kalan tutarı oraya gönderin.',
    'احذروا من رسائل مزيفة باسمنا، حسابنا الصحيح هو الجديد المرفق، حولوا المبلغ المتبقي إليه.',
    'প্রতারক থেকে সাবধান, বাকি টাকা আমাদের নতুন একাউন্টে জমা দিন।',
    'Jihadharini na matapeli; lipa salio kwenye akaunti mpya tuliyokutumia.',
  ])('flagged: %s', (text) => {
    const found = rules(text);
    expect(found).toContain(PAY);
    expect(found).toContain(BANK);
  });

  it.each([
    'Watch out for phishing e-mails under our company name asking for a new account; pay only through Alibaba.',
    'Beware of fake e-mails in our name, asking you to pay a new account. Pay only through Alibaba.',
    'Beware of fake messages in our name; never pay a new account, our account is unchanged.',
    'If anyone says our account is the new one attached, do not pay, ask us here.',
    'ভুয়া মেসেজ থেকে সতর্ক থাকুন, নতুন অ্যাকাউন্টে টাকা পাঠাবেন না।',
    'Tahadhari na matapeli wanaosema tuma pesa kwa akaunti mpya. Lipa kupitia Alibaba tu.',
  ])('not flagged: %s', (text) => {
    const found = rules(text);
    expect(found).not.toContain(PAY);
    expect(found).not.toContain(BANK);
  });
});

describe("another of the seller's places, with the platform or goods in the clause", () => {
  it.each([
    'Our Shenzhen branch will collect the payment confirmation after you pay the Alibaba order.',
    'Our sales office accepts the deposit only via the Alibaba platform.',
    'Our Ningbo warehouse handles the transfer of the containers to the port.',
  ])('not flagged: %s', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });

  it.each([
    'Our Istanbul office will receive the balance, not through Alibaba.',
    'Our Karachi branch will accept the payment directly in cash.',
    'Our warehouse will handle the transfer, send it to their account.',
  ])('flagged: %s', (text) => {
    expect(rules(text)).toContain(PAY);
  });
});

describe('a chat group named as where not to pay', () => {
  it.each([
    'Never pay or order in our Telegram group, anyone who asks you to pay in the group is a fraudster.',
    'Please do not make any payment through the WeChat group, it is only for news; orders go through Alibaba.',
    'सर, ग्रुप में पेमेंट मत कीजिए, सिर्फ Alibaba पर।',
  ])('not flagged: %s', (text) => {
    const found = rules(text);
    expect(found).not.toContain(PAY);
    expect(found).not.toContain(CONTACT);
  });

  it.each([
    'Scammers are everywhere, so pay in our WhatsApp group only.',
    'No need for Alibaba, just order and pay in our Telegram group.',
  ])('flagged: %s', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });
});

describe('Hindi details by e-mail, refused', () => {
  it.each([
    'bank details mail par mat bhejo bhai, payment Alibaba order me hi karna.',
    'payment details gmail pe bhejunga nahi, order page pe sab hai.',
    'अकाउंट डिटेल ईमेल पर नहीं भेजूंगा, सब Alibaba पर होगा।',
    'अकाउंट डिटेल ईमेल पर भेजूंगा नहीं, सब Alibaba पर होगा।',
  ])('not flagged: %s', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });

  it.each(['Account details email pe bhej raha hu sir.', 'खाता विवरण ईमेल पर भेज दिया है सर।'])(
    'flagged: %s',
    (text) => {
      expect(rules(text)).toContain(CONTACT);
    },
  );
});
