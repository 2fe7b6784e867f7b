import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 47 (s47chatB): Czech and Slovak, Hungarian and Bulgarian read through lexicons of their own; the platform's
 * limit told as the reason to pay a partner; a broker's account for a release fee; a refund that first needs a fee
 * (ja, ko); the buyer's mailbox or phone asked for in cs/sk/hu/ro/bg; Line with a case ending. And what must stay
 * clean: checkout lists joined by "або / nebo / vagy", the app answered by "we only talk in the Alibaba chat",
 * warnings that open with "pokud vám někdo / ha valaki / ако някой", device features, order numbers. Our own wording.
 */
const PAY = new Set(['offplatform-payment', 'bank-details-change']);
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}

describe('payment asked for outside the order, in the new languages and stories', () => {
  it.each([
    'Our Trade Assurance quota is reached for this month, so kindly pay the deposit to our partner firm, I will mail you the details',
    'Dear friend our Alibaba limit is exceeded 🙏 you can transfer to our sister company instead',
    'Naše účty na Alibabě jsou v kontrole, zaplaťte prosím zálohu přímo na bankovní účet továrny.',
    'Dáme vám 4% slevu, pokud platba nepůjde přes Alibabu.',
    'Ak platba nepôjde cez Trade Assurance, dáme 3 % zľavu.',
    'Starý účet již neplatí, nový účet pro platbu vám pošlu zde.',
    'Banka nám zablokovala účet, prosím plaťte na nový účet v Hongkongu.',
    'Ha nem a Trade Assurance-on keresztül fizet, 5% kedvezményt adunk.',
    'Az Alibabán kívül fizessen, és olcsóbb lesz.',
    'Megváltozott a bankszámlaszámunk, kérem az új számlára utaljon.',
    'Профилът ни в Alibaba е под проверка, моля преведете аванса директно по нашата банкова сметка.',
    'Имаме нова сметка, моля платете там до петък.',
    '返金の前に、手数料を先にお振込みください。Wiseで担当者宛てにお願いします。',
    '환불 처리 전에 수수료 30달러를 먼저 송금해 주세요.',
    "The clearance fee is 600 USD, please wire it into the customs agent's account below and the goods are released.",
  ])('%s → a payment finding', (text) => {
    expect(rules(text).some((r) => PAY.has(r))).toBe(true);
  });
});

describe("the buyer's contact asked for, or an app with a case ending", () => {
  it.each([
    'Line-on írjon nekem: mei_textile88',
    'Napište mi prosím váš e-mail, pošlu vám katalog.',
    'Pošlite mi vaše telefónne číslo, kolega vám zavolá.',
    'Kérem, adja meg az e-mail címét, oda küldöm az árlistát.',
    'Дайте ми вашия телефон, ще ви се обадим.',
    'Trimiteți-mi numărul de WhatsApp, vă scriu acolo.',
  ])('%s → offplatform-contact', (text) => {
    expect(rules(text)).toContain('offplatform-contact');
  });
});

describe('benign look-alikes stay clean', () => {
  it.each([
    'Замовлення на Alibaba оплачується карткою, PayPal або банківським переказом — варіанти є на сторінці оплати.',
    'WeChat? Sorry, under platform rules we only chat in the Alibaba messenger.',
    '微信？抱歉，我们只在平台上沟通，付款也只走信保。',
    'LINE？申し訳ございません、アリババのチャットだけでやり取りしております。',
    'Pouze přes objednávku Trade Assurance přijímáme platby. Pokud vám někdo napíše na WhatsApp s jiným účtem, neplaťte, je to podvod.',
    'Csak Trade Assurance rendelésen keresztül fizethet. Ha valaki e-mailben új számlaszámot küld, ne utaljon, az csalás.',
    'Ако някой ви пише в WhatsApp с нова сметка, не плащайте — това е измама.',
    'Hodinky X5: upozornění z WhatsApp a WeChat nepodporuje, jen hovory přes Bluetooth.',
    'Náramok podporuje notifikácie WhatsApp a Viber.',
    'Pošlete mi prosím číslo objednávky, zkontroluji stav.',
    'Kérem adja meg a rendelés számát.',
    'Изпратете ми номера на поръчката.',
    'Our factory line-a is running 3 shifts; line-b: 500 pcs per day.',
    'Please pay the customs duty to your own customs broker when the goods arrive.',
    'Platba proběhne přes Alibabu, po zaplacení továrna začne výrobu.',
    'Новата фактура е в поръчката, платете през Alibaba.',
    'Küldök új számlát a rendeléshez az Alibabán.',
  ])('%s → no finding', (text) => {
    expect(rules(text).filter((r) => r !== 'pressure')).toEqual([]);
  });
});
