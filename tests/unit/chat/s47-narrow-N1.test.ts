import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 47 (s47chatN1): the merged stop-47 readings narrowed. Czech and Hungarian guard words are read in Latin
 * clauses (negations, order-page anchors); an emoji between a refusing verb and its object ends no clause; a list
 * whose first item is the seller's own account is not covered by "all options on the payment page"; a checkout
 * button on a named site is that site's; a new pay link made in the same order is the platform's; the seller paying
 * a fee itself, or the buyer's own agent, is no ask; Bulgarian "ни" (us) is no Russian "ни" (nor). Our own wording.
 */
const PAY = new Set(['offplatform-payment', 'bank-details-change']);
const pay = (text: string) => scanMessage({ from: 'supplier', text }).some((f) => PAY.has(f.rule));

describe('payment asked for outside the order: flagged', () => {
  it.each([
    // a checkout button on the seller's own site
    'On prend PayPal ou Western Union, tout s’affiche quand vous cliquez sur Acheter maintenant sur le site ma-boutique.fr',
    'Aceptamos PayPal y Western Union, todas las opciones aparecen al pulsar en Comprar ahora en la tienda online',
    'PayPal or Western Union are fine, every option shows after you click Buy Now on shop-abc.com',
    // the seller's own account leads the list
    'You can pay by wire to our Barclays account, Visa or Amex, all of them on the payment page once you press Pay Now.',
    'Zaplatit lze kartou nebo převodem na můj soukromý účet, všechny možnosti najdete na stránce objednávky.',
    // a customs agency's account, Polish infinitive
    'Cło 300 zł proszę wpłacić na konto naszej agencji celnej.',
    'Opłatę celną proszę przelać na konto agencji celnej, dane prześlę.',
    // Bulgarian "ни" is "us"
    'Платете ни по Western Union, така излиза по-евтино.',
    'Може да ни преведете сумата с MoneyGram.',
    // the story with a new link that is not the order's
    'Our shop is under risk control, so use the new payment link I send you here.',
    // an emoji that ends a clause after a full one stays a cut
    'PayPal is fine too 👍 pay me by PayPal friends and family',
    // a fee the seller hands over, and asks the buyer to pay
    "Under DDP we cover the duties, please transfer the clearance fee to our agent's account.",
  ])('%s', (text) => {
    expect(pay(text)).toBe(true);
  });
});

describe('benign look-alikes: clean', () => {
  it.each([
    // emoji between the refusing verb and its object
    'We do not accept 🚫 Western Union or PayPal, only Trade Assurance.',
    "We don't take 👎 MoneyGram, Alibaba checkout only.",
    'Nous n’acceptons pas ❌ PayPal ni Western Union.',
    // a new pay link made in the platform's order
    'Alibaba risk control held your payment; they issued a new payment link in the same order, please pay there.',
    'Our account is under risk control review, but you can still pay: Alibaba made a new pay link on the order page.',
    // Czech and Hungarian: on the platform, and warnings
    'Platbu kartou i převodem provedete přímo v objednávce na Alibabě.',
    'Nikdy neplaťte mimo Alibabu, ani přes PayPal.',
    'Nezaplaťte nic mimo platformu, na jiný účet ani přes Western Union.',
    'Soha ne utaljon az Alibabán kívül, más számlára sem.',
    'Ne fizessen az Alibabán kívül, más bankszámlára se.',
    'Fizethet bankkártyával vagy PayPal-lal, minden lehetőség a rendelési oldalon található.',
    'Сплатити можна карткою або PayPal, всі способи є на сторінці замовлення Alibaba.',
    // a fee the seller pays itself, and the buyer's own agent
    'With DDP we pay the import duties to our forwarder in your country, so you pay nothing more.',
    "On FOB the duty is yours: send it to your clearance agent's account when he bills you.",
    // Russian "ни" still refuses
    'Ни через PayPal, ни через Western Union мы не работаем.',
  ])('%s', (text) => {
    expect(pay(text)).toBe(false);
  });
});
