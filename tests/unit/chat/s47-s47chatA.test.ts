import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 47 (chat A, AliExpress after-sales): impostor warnings that name an app or a wallet only to warn, a checkout
 * listing its own methods, and four misses — a purchase moved to the seller's cheaper own shop, a customs fee
 * deposited to an agent's account, "wsp" beside failing notifications, and a new link to pay after "risk control".
 */
const rulesOf = (text: string) => new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule));
const pay = (text: string) => rulesOf(text).has('offplatform-payment');
const contact = (text: string) => rulesOf(text).has('offplatform-contact');
const anyFlag = (text: string) => pay(text) || contact(text);

describe('impostor warnings that only name an app or a wallet', () => {
  it.each([
    'Hola, si otra persona te escribe por Telegram diciendo que es de nuestra tienda y te pide una transferencia, no somos nosotros.',
    'Se outra pessoa te chamar no WhatsApp pedindo Pix, não somos nós. Só atendemos aqui pelo chat.',
    'Cuidado: hay personas haciéndose pasar por nuestra tienda en WhatsApp y piden pagos por Bizum.',
    'Abbiamo ricevuto segnalazioni di persone che si fanno passare per noi su WhatsApp chiedendo bonifici.',
    'Attention : des gens utilisent le nom de notre boutique sur Telegram pour demander des paiements.',
    'Si une autre personne vous contacte sur WhatsApp en prétendant être notre boutique, ce n’est pas nous.',
    'If another person contacts you on WhatsApp claiming to be from the store, it is not us.',
    'Alguns golpistas estão se fazendo passar pela nossa loja no Telegram pedindo pagamento via Pix.',
    'Temos relatos de gente se passando pelo vendedor no WhatsApp e cobrando por Pix.',
    'Alcune persone ci stanno impersonando su Telegram e chiedono pagamenti con PayPal.',
    'Attenzione, certi truffatori usano il nome del nostro negozio su WhatsApp per farsi pagare.',
    'Si le contactan por WhatsApp pidiendo un depósito, no somos nosotros.',
  ])('not flagged: %s', (text) => {
    expect(anyFlag(text)).toBe(false);
  });

  it.each([
    'Si otra persona le contacta diciendo ser de la tienda, ignórela, nuestro WhatsApp nuevo es +34 612 345 678, escríbame ahí.',
    'Hay personas haciéndose pasar por nosotros. Por eso escríbanos solo a nuestro WhatsApp +34 612 345 678.',
    'Alcune persone usano il nome del nostro negozio su Telegram, quindi scriveteci al nostro nuovo WhatsApp +39 333 123 4567.',
    'If another person contacts you, ignore it, add my WhatsApp +86 138 0013 8000 for the new price.',
  ])('still a move: %s', (text) => {
    expect(contact(text)).toBe(true);
  });

  it('a warning that then gives the real key to pay is still a payment elsewhere', () => {
    expect(
      pay(
        'Atenção: pessoas se passando pela nossa loja no Telegram. O nosso Pix verdadeiro é a chave 11987654321, pague só nele.',
      ),
    ).toBe(true);
  });
});

describe('the checkout listing its own methods', () => {
  it.each([
    'Hi, we take Alipay, Visa or Mastercard, all options show on the payment page once you click Buy Now.',
    'Sí aceptamos PayPal y tarjeta, todas las opciones aparecen al pulsar en Comprar ahora.',
    'Aceitamos Pix e cartão, tudo aparece ao clicar em Comprar agora.',
  ])('not flagged: %s', (text) => {
    expect(rulesOf(text).size).toBe(0);
  });

  it.each([
    'We accept Alipay, click Buy Now on our website www.shopxyz.com to pay.',
    'Pay by Alipay to my account 13800138000, then click Buy Now.',
  ])('still a payment elsewhere: %s', (text) => {
    expect(pay(text)).toBe(true);
  });

  it('"buy now" as a hurry is still pressure', () => {
    expect(rulesOf('Please make the payment now, buy now before the price goes up.').has('pressure')).toBe(
      true,
    );
  });
});

describe('misses', () => {
  it.each([
    'Vous pouvez aussi commander sur notre boutique en ligne, les prix y sont plus bas et on prend la carte.',
    'Si prefiere, puede comprar en nuestra tienda online oficial, los precios son más bajos que aquí.',
    'Su paquete quedó en aduana, deposite el impuesto en la cuenta del agente aduanal que le paso.',
    'Sua encomenda está parada na alfândega, deposite a taxa na conta do despachante que te passo.',
    'Your parcel is held at customs, please transfer the duty to the customs agent’s account below.',
    'store account risk control now, you add my WhatsApp and we use new link pay, cheaper for you',
  ])('a payment elsewhere: %s', (text) => {
    expect(pay(text)).toBe(true);
  });

  it.each([
    'El agente aduanal le cobrará el impuesto al entregar el paquete, no deposite a ninguna cuenta.',
    'Your order passed the risk control check and will ship tomorrow.',
  ])('not a payment elsewhere: %s', (text) => {
    expect(pay(text)).toBe(false);
  });

  it('"wsp" after the chat\'s notifications fail is a move to WhatsApp', () => {
    expect(
      contact('che, las notificaciones de aca no me llegan 😅 mejor escribime al wsp y te paso el video'),
    ).toBe(true);
  });
});
