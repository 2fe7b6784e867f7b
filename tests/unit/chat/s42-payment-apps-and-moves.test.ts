import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 42 (chat A): each country's instant payment app named as the way to pay or refund; a gift card's code sent
 * instead of paying; the purchase moved into a chat app or the seller's own e-shop for a saving; "cancel and buy
 * again" through a short link or with the seller's own invoice; a refund traded for the dispute; and the false
 * alarms of the checkout ("try again" read as "new", a wallet in the app itself, a coupon's spend threshold).
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const BANK_CHANGE = 'bank-details-change';

describe("a country's person-to-person payment app is a payment outside the order", () => {
  it.each([
    'Hej! Swisha 300 kr till mitt nummer så skickar jag paketet idag.',
    'Du kan betala med Swish direkt till mig, billigare.',
    'Hei, maksa MobilePaylla suoraan minulle niin saat alennuksen.',
    'Betal med MobilePay til mit nummer, så sender vi i dag.',
    'Du kan vippse meg 400 kr så sender jeg i dag.',
    'Ti faccio il rimborso con Satispay e chiudi la contestazione.',
    'Zahlen Sie per Twint an meine Nummer, dann schicke ich sofort.',
    'Paga por MB Way para o meu número e envio hoje.',
    'Puedes yapear al 987654321 y te envío hoy.',
    'Pásame por Nequi y te lo mando.',
    'Send the money by Interac e-Transfer to my email.',
    'Just pay me via PayNow, cheaper than the app.',
    'Оплатите через СБП по номеру телефона, так дешевле.',
    'Переведите на Сбер по номеру карты, отправлю сегодня.',
    'Оплатите через СБП на мой номер, подставка уйдёт сегодня.',
    'Скиньте на монобанк, відправлю сьогодні.',
    'Click yoki Payme orqali to‘lang, arzonroq.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Click the button below to see the size chart.',
    'The camera records 4K at 60 fps with stabilisation.',
    'Lydia from our sales team will help you with the sample.',
    'We do not accept Swish or MobilePay, please pay in the order.',
    'Fabric has a nice swish when you walk, very elegant dress.',
    'Maya is our designer, she will send the new artwork.',
    'At checkout you can choose BLIK or card, it is the platform own payment page.',
    'Наклейка с QR-кодом СБП для кассы, 100 шт.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('a wallet in the app itself, and "try again", are the checkout', () => {
  it.each([
    'O boleto vence amanhã, mas você pode gerar outro ou pagar com Pix no próprio app.',
    'Si vence el plazo, puedes pagar con Yape en la misma app al confirmar.',
    'Hola! el pago se hace en la pagina del pedido. Si sale error intenta de nuevo o usa tarjeta',
    'Olá! o pagamento é feito na página do pedido. Se der erro tente de novo ou usa cartão',
    "Ciao! il pagamento si fa nella pagina dell'ordine. Se esce errore prova di nuovo o usa carta",
    "Bonjour! le paiement se fait sur la page de commande. En cas d'erreur essayez de nouveau ou utilisez carte",
  ])('%s → not flagged', (text) => {
    const found = rules(text);
    expect(found).not.toContain(PAY);
    expect(found).not.toContain(BANK_CHANGE);
  });

  it.each([
    'Pague com Pix no app do banco para a minha chave, é mais barato.',
    'Me paga por Yape en la app de tu banco a mi número, sale más barato.',
    'Por favor pague a nuestra nueva cuenta, la anterior está bloqueada.',
    'Per favore paghi sul nostro nuovo conto, quello vecchio è bloccato.',
    "Veuillez payer sur notre nouveau compte, l'ancien est bloqué.",
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });
});

describe('a gift card bought and its code sent is the payment', () => {
  it.each([
    'يمكنك شراء بطاقة هدايا ستيم بقيمة 30 دولار وترسل لي الكود بدل الدفع في الموقع',
    'Puedes comprar una tarjeta de regalo de 40 euros y me mandas el código, más fácil que pagar aquí.',
    'Kaufen Sie einfach eine Geschenkkarte über 50 Euro und schicken Sie mir den Code statt hier zu bezahlen.',
    "Vous pouvez acheter une carte cadeau de 30 euros et m'envoyer le code, plus simple.",
    'Купите подарочную карту на 3000 рублей и пришлите мне код вместо оплаты тут.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'La tarjeta de regalo incluye un código para descargar el manual, se imprime en el reverso.',
    'Compra la tarjeta regalo en nuestra tienda de AliExpress y el código llega por el sistema.',
    'نضع بطاقة هدايا صغيرة مع كل طلب كشكر لك',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('the purchase moved into a chat app or an own e-shop for a saving', () => {
  it.each([
    'Next time order on our WhatsApp directly, it is cheaper than here.',
    'Pide por WhatsApp y te sale más barato que en la app.',
    'Bestellen Sie über Telegram, dann ist es billiger.',
    '亲，以后直接在微信上下单更便宜哦',
    '여기보다 카톡으로 주문하시면 할인해 드려요',
    'LINEで注文するとお得です',
    'Наш магазин закривається, замовлення приймаємо на нашому сайті, ціни нижчі.',
    'Máme vlastní e-shop, tam je to levnější.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Please send me the photos on WhatsApp, the discount code is in the order page.',
    'Your order is in line with the discount rules, cheaper than last time.',
    'Our Instagram shows the new colours, same price as here.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe("cancel and buy again: a short link, or the seller's own invoice", () => {
  it.each([
    'Hello, your order has a problem with the warehouse, please cancel it and buy again with this link, cheaper: tinyurl.com/abc12',
    'Hola, cancele el pedido y compre de nuevo por este enlace, más barato: bit.ly/4kPromo',
    'Please cancel the order, I will send you an invoice by email, then it is 8 dollars cheaper.',
    'Bitte stornieren Sie die Bestellung, ich schicke Ihnen eine Rechnung, dann ist es billiger.',
    "Annulli l'ordine, le mando la fattura per email e risparmia 5 euro.",
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Please buy it again with this link: a.aliexpress.com/_mKq8 , the old one expired.',
    'Please track your parcel with this link: 17track.net/en',
    'Please cancel the order if the size is wrong, then place a new one on AliExpress.',
    'Bitte stornieren Sie die Bestellung nicht, wir versenden morgen.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('a refund traded for the dispute, outside the platform', () => {
  it.each([
    'Não abra disputa, me passa seu e-mail que eu resolvo por lá com reembolso.',
    "Don't open a dispute, give me your email and I will refund you there.",
    'No abra disputa, pásame tu correo y te hago el reembolso por ahí.',
    "N'ouvrez pas de litige, donnez-moi votre email et je vous rembourse là-bas.",
    'Non aprire la contestazione, dammi la tua mail e ti rimborso lì.',
    'Öffnen Sie keinen Streitfall, geben Sie mir Ihre E-Mail, ich erstatte Ihnen dort.',
    'Закройте спор, я верну деньги вам на карту напрямую.',
    // Brazilian speech repeats the "não" after the phrase: still one ask.
    'Sem problema, mas não abre reclamação não, me chama no e-mail que devolvo o dinheiro direto.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Please don’t open a dispute yet, the parcel is in customs; if it does not arrive, AliExpress refunds you automatically.',
    'Never close the dispute before you get the refund through AliExpress.',
    'Não abra disputa ainda, o pacote está na alfândega, se não chegar o reembolso é pelo pedido.',
    'Please open a dispute and the refund will come through AliExpress.',
    'Não abre disputa não, o reembolso sai pelo pedido no AliExpress.',
    'Não abre disputa não, espera mais uns dias que o pacote chega.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe("a coupon's spend threshold in the store is no purchase moved", () => {
  it.each([
    "nous avons un coupon dès 20€ d'achat dans notre boutique, cliquez 'Obtenir' avant de payer.",
    "tenemos un cupón de 2€ a partir de 15€ de compra en nuestra tienda, pulsa 'Obtener' antes de pagar.",
    "temos um cupom de R$5 a partir de 50 reais em compras na nossa loja, clique em 'Pegar' antes de pagar.",
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });

  it.each([
    "achetez dans notre boutique, c'est moins cher.",
    'compre en nuestra tienda, es más barato que aquí.',
    'compre na nossa loja, sai mais barato.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });
});

describe('a wallet or card named, then "only on the platform\'s payment page" in the next clause', () => {
  it.each([
    'Тапсырысты Kaspi картасымен төлеуге болады, тек AliExpress төлем бетінде.',
    'Puedes pagar con Yape, solo en la página de pago de AliExpress.',
    'You can pay with Swish, only on the AliExpress checkout page.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });

  it.each([
    'Pay with Swish to 0701234567, only then AliExpress will ship.',
    'Pay with PayPal to my email, only then AliExpress will ship.',
    'Маған Kaspi арқылы төлеңіз, нөмірім 8701...',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });
});
