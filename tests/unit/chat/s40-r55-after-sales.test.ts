import { describe, expect, it } from 'vitest';
import { rules } from './chat-lines';

const rulesOf = (text: string) => [...new Set(rules(text))].sort();

describe("a refund or compensation taken to another channel, paid to the buyer's bank data", () => {
  it.each([
    // en, uk, ru, cs, hu, ko, es, pt, pl, de: a channel or the seller's own account, the refund, the data asked.
    'Sorry for the broken lamp. For the compensation just message me on WhatsApp +44 7700 900123 and send your card number there.',
    'Вибачте за дефект! Компенсацію зробимо швидше: пишіть у Telegram @lamp_help і надішліть номер картки.',
    'Чтобы вернуть деньги за брак, напишите мне в Viber, там пришлите фото и реквизиты карты.',
    'Omlouváme se. Pro vrácení peněz nám pošlete e-mailem na vratky.obchod@seznam.cz číslo účtu a číslo objednávky.',
    'Elnézést a hibáért! A kártérítést e-mailben intézzük: küldje el a bankszámlaszámát a javitas.bolt@gmail.com címre.',
    '환불은 카톡으로 연락 주시면 계좌번호 보내 주세요, 바로 보내드립니다. 카톡 아이디: lamp_kr',
    'Para el reembolso más rápido escríbame al WhatsApp +34 611 222 333 y envíeme su número de cuenta.',
    'Para receber o reembolso, me chama no WhatsApp e me passe seus dados bancários.',
    'Zwrot zrobię szybciej: napisz do mnie na Telegramie i podaj numer konta.',
    'Cancele a disputa e eu faço o estorno da minha conta, só me envie sua chave Pix.',
    'Zamknij spór, a zwrot wyślę z mojego konta. Podaj numer konta.',
    'Please close the dispute and I refund you from my own account, just tell me your bank account number.',
    '환불은 알리 말고 카카오톡으로 연락 주시면 계좌이체로 바로 해드려요.',
  ])('flags %s as payment', (t) => {
    expect(rulesOf(t)).toContain('offplatform-payment');
  });
  it('also flags the channel when one is named', () => {
    expect(
      rulesOf('Pro vrácení peněz nám napište na e-mail vratky.obchod@seznam.cz a pošlete číslo účtu.'),
    ).toEqual(['offplatform-contact', 'offplatform-payment']);
  });
  it.each([
    // The platform's own refund, photos asked here, the data refused.
    'The refund goes back to your card through AliExpress in 3-15 days, please send photos of the defect here.',
    'Vrácení peněz proběhne přes AliExpress na vaši kartu, číslo účtu nepotřebujeme.',
    'Компенсацію оформимо через спір на AliExpress, фото надішліть тут у чаті.',
    'A visszatérítést az AliExpress intézi, kérjük, itt a chatben küldje a fotókat.',
    '환불은 알리익스프레스에서 자동으로 처리됩니다. 사진은 여기 채팅으로 보내 주세요.',
  ])('leaves %s without payment', (t) => {
    expect(rulesOf(t)).not.toContain('offplatform-payment');
  });
});

describe('a customs or re-delivery fee paid to a person, in an app or by a foreign link', () => {
  it.each([
    'Your parcel is held at customs. Our logistics agent will message you on WhatsApp to collect the clearance payment.',
    'Посылка задержана на таможне. Наш агент напишет вам в Telegram для оплаты растаможки.',
    'Paczka utknęła na odprawie celnej. Nasz agent skontaktuje się na WhatsApp w sprawie opłaty.',
    'O pacote está parado na alfândega. Nosso despachante vai te chamar no WhatsApp para o pagamento.',
    'El paquete está retenido en aduana; nuestro agente le escribirá por Telegram para el pago.',
    'For the import certificate the fee is 60 USD. Please pay it to our clearance agent Mr. Okafor, account below.',
    'La aduana exige un certificado, cuesta 50 USD. Pague a la Sra. Morales, le paso los datos.',
    'Votre colis a des frais de réacheminement de 12 EUR, payez-les sur ce lien : relivraison-colis.net/p/88',
    'The package needs a re-routing fee of 9 USD, pay it here: reroute-parcel.info/x/12',
  ])('flags %s as payment', (t) => {
    expect(rulesOf(t)).toContain('offplatform-payment');
  });
  it.each([
    // Duties the carrier collects at the door or on its own, named.
    '関税はお届けの際にヤマト運輸の配達員へ直接お支払いいただけます。',
    '관세는 배송 시 CJ대한통운 기사님께 직접 결제해 주세요.',
    '关税在送货时直接付给顺丰快递员即可。',
    'Las tasas de importación se pagan directamente al repartidor de Correos en la entrega.',
    'Пошлину вы оплатите напрямую курьеру СДЭК при получении.',
    'Customs duty is collected by DHL; DHL will send you a WhatsApp message for the payment.',
    'Please pay the duties to DHL when it arrives, the driver gives you a receipt.',
  ])('leaves %s without payment', (t) => {
    expect(rulesOf(t)).not.toContain('offplatform-payment');
  });
  it("still flags duties said to go to the seller's own courier, or to an account, at delivery", () => {
    expect(rulesOf('関税は配達時に弊社のドライバーへ直接お支払いください。')).toContain(
      'offplatform-payment',
    );
    expect(
      rulesOf('Customs duty: pay directly to my account before delivery, the courier brings it after.'),
    ).toContain('offplatform-payment');
  });
});

describe('a shop moved to another marketplace', () => {
  it.each([
    'Hello! Our store moved to Shopee, same items and cheaper there. Search for us: lamp_house.',
    'Добрый день! Наш магазин переехал на Ozon, ищите нас там как «СветДом».',
    'Przenieśliśmy się na Allegro, tam ten sam towar.',
    'Olá! Nossa loja foi fechada pelo AliExpress, agora estamos no Mercado Livre como CasaLuz.',
    'Toko kami diblokir, silakan ke Shopee ya kak, namanya sama.',
    'Наш магазин заблокували, тепер шукайте нас на Rozetka.',
  ])('flags %s as contact', (t) => {
    expect(rulesOf(t)).toContain('offplatform-contact');
  });
  it.each([
    'We also sell on Shopee, but please order here on AliExpress.',
    'The lamp moved to the new warehouse, it ships tomorrow.',
    'Our store was closed for the holiday, now we are back and your order ships today.',
  ])('leaves %s', (t) => {
    expect(rulesOf(t)).not.toContain('offplatform-contact');
  });
  it('reads a new shop on the same platform, reached on WhatsApp, as contact only', () => {
    for (const t of [
      'Hi friend, the platform blocked our old shop, we are in the new shop now. Message me on WhatsApp +1 415 555 0134, I send you the link and a 15% coupon.',
      'Hola, nuestra tienda anterior fue bloqueada por la plataforma; ya estamos en la tienda nueva. Escríbeme al WhatsApp +34 600 111 222 y te paso el link con un cupón.',
    ]) {
      expect(rulesOf(t)).toEqual(['offplatform-contact']);
    }
  });
  it('still flags the new shop as payment when the buyer is told to pay there', () => {
    expect(
      rulesOf(
        'The platform blocked our old shop. New shop link on WhatsApp +1 415 555 0134, pay there by bank transfer, cheaper.',
      ),
    ).toContain('offplatform-payment');
  });
});
