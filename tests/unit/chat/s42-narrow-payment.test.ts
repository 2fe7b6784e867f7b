import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 42, narrowing after the red team: a wallet name that is also a word, a product or a person counts only where
 * money goes to someone; a printed gift card and a colour code are products; an app's name as a colour; the platform's
 * own invoice after a reorder; a refund received before the dispute is closed; a phone for questions is no payee.
 * And the exemptions that hid a payee: "the same app" paying a personal number, "only on the order page" after a
 * transfer to a number, a checkout wallet sent to the writer's number.
 */
const PAY = 'offplatform-payment';
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}

describe('wallet names that are also words, products or people', () => {
  it.each([
    'Gift boxes with the Click and Payme logos printed on the lid, 500 units.',
    'Hold the button, click va tekshiring, the reset takes 5 seconds.',
    'The Payme line of cash drawers ships with two keys.',
    'Our Kaspi store partner in Astana resells this model; export buyers order here.',
    'Touch and go sensor switch, works behind 10 mm glass.',
    'Drone image transfer at 30 FPS, range 2 km.',
    'Renders are made via Maya, then our engineer checks them.',
    'Packing was checked by Lydia before sealing the carton.',
    'Deksel en blik in goudkleur, 250 ml per stuk.',
    'Стойка для приёма оплаты по СБП, металл, порошковая покраска.',
    'Касса поддерживает оплату по СБП и картам, гарантия год.',
  ])('%s → not flagged', (text) => expect(rules(text)).not.toContain(PAY));

  it.each([
    'Please pay through Kaspi to my number 8702 555 1234, it is quicker.',
    'Payme orqali to‘lang, raqam 93 111 22 33.',
    'Payme orqali to‘lasangiz, chegirma beraman.',
    'Betaal met BLIK naar mijn nummer 600 700 800.',
    'Переведите по СБП на номер бухгалтера, так быстрее.',
    'Send the money by FPS to 9123 4567 please.',
    'Pay via Touch n Go to my number, I ship today.',
  ])('%s → payment', (text) => expect(rules(text)).toContain(PAY));
});

describe('gift cards as a printed product, a design code', () => {
  it.each([
    'For the blank gift cards you buy, send me the colour code of your logo.',
    'If you buy our gift card holders, please send the Pantone code for the foil.',
    'Para comprar tarjetas regalo impresas con su logo, envíeme el código de color.',
  ])('%s → not flagged', (text) => expect(rules(text)).not.toContain(PAY));

  it.each([
    'Buy an Apple gift card and send me the code, then the parcel goes out.',
    'Compre una tarjeta regalo de Google Play y envíeme el código.',
  ])('%s → payment', (text) => expect(rules(text)).toContain(PAY));
});

describe('an app as a colour, a reorder invoiced on the platform, a refund received first', () => {
  it.each([
    'Order the mugs in Telegram blue or WhatsApp green, cheaper from 300 pcs.',
    'Cancel your order and place it again in size L, the invoice stays on AliExpress.',
    'When the refund has arrived in your account, you may close the dispute.',
    'Cuando el reembolso llegue a su cuenta, puede cerrar la disputa.',
    'Доставка курьером, по вопросам звоните по телефону склада.',
  ])('%s → not flagged', (text) => expect(rules(text)).not.toContain(PAY));

  it.each([
    'Order on our WhatsApp, it is 10% cheaper.',
    'Cancel the order and I mail you our invoice with the bank details.',
    'Close the dispute and I refund you to your bank account myself.',
    'Оплатите, пожалуйста, по номеру телефона директора.',
  ])('%s → payment', (text) => expect(rules(text)).toContain(PAY));
});

describe('exemptions that no longer hide a payee', () => {
  it.each([
    'Pague con Nequi en la misma app, a mi número 300 123 4567.',
    'Pay with Swish to 0702 345 678, only on the AliExpress page you leave feedback.',
    'Apple Pay works now, so send the deposit by Apple Pay to my phone number.',
  ])('%s → payment', (text) => expect(rules(text)).toContain(PAY));

  it.each([
    'Puede pagar con Yape en la misma app, el pedido queda protegido.',
    'You can pay with Swish, only on the AliExpress checkout page.',
    'Google Pay is now supported at the AliExpress checkout, you can pay there.',
  ])('%s → not flagged', (text) => expect(rules(text)).not.toContain(PAY));
});
