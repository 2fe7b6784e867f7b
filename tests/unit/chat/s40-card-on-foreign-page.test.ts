import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * A refund or compensation that asks the buyer to type their card on a page off the platform (the "refund centre"
 * phishing buyers report): flagged in every language read; the platform's own pages, warnings, and cards sold as the
 * product are not. Our own wording.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}

describe("the buyer's card asked for on a page that is not the platform's", () => {
  it.each([
    'To receive your compensation, open this link and enter your card details: https://ali-compensation.top/form',
    'Fill in your card number on refund-centre-ali.shop and the money comes back today',
    'Para recibir el reembolso, introduzca los datos de su tarjeta en https://reembolso-tienda.help',
    'Bitte öffnen Sie den Link und geben Ihre Kartendaten ein: https://rueckzahlung-shop.top',
    'Чтобы получить компенсацию, введите номер карты на сайте vozvrat-magazin.ru',
    'Pour le remboursement, saisissez les données de votre carte sur www.rembourse-boutique.com',
    'Per ricevere il rimborso inserisci i dati della carta su rimborso-negozio.shop',
    'Aby otrzymać zwrot, wpisz numer karty na stronie zwroty-sklep.top',
    '返金手続きのため、こちらでカード情報を入力してください: henkin-shop.top',
    '환불 받으시려면 이 페이지에서 카드 정보를 입력하세요: refund-store.shop',
    '为了退款，请在这个网站填写银行卡信息：tuikuan-dian.top',
  ])('%s → offplatform-payment', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'Your refund is approved by AliExpress and goes back to the card you paid with in 3-5 working days.',
    'Please pay by card on the order page: https://trade.alibaba.com/order/detail',
    'Never enter your card details on pages sent in chat such as www.fake-refund.top; refunds come from the platform.',
    'We print card numbers on PVC membership cards, samples on www.card-factory.com',
    'The gift card number is under the scratch layer, instructions at www.gift-pack.net',
    'Wir geben Ihre Kartendaten niemals weiter, mehr unter www.shop-datenschutz.de',
  ])('%s → not a payment request', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});
