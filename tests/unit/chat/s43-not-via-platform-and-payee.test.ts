import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 43 (chat A): long B2B messages where the steer is one clause among trade talk. The platform refused after the
 * payment's clause ("…to our office's account in Xiamen, not via Alibaba"), an amount with separators inside the
 * clause ("12.480 EUR"), the seller itself set aside as the payee ("…to the mill's account, not to us"); and, not
 * flagged, a sample or colour card sent by post and an "account manager" who keeps the payment in the order.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';

describe('the platform refused after the payment, in a long clause', () => {
  it.each([
    'The lamps passed the test. For the balance we ask you to remit the money to the account of our sourcing office in Xiamen, not via Alibaba, because the workshop only ships once it is paid.',
    'De kasten zijn ingepakt. Wij vragen u de restbetaling over te maken naar de rekening van onze fabriek in Foshan, niet via Alibaba, want de uitbetaling duurt te lang.',
    'De slotbetaling graag niet via Alibaba maar op de rekening van ons kantoor in Ningbo.',
    'Die Kartons sind fertig. Bitte begleichen Sie den Rest von 12.480 EUR dieses Mal nicht über Alibaba, sondern direkt auf unser Geschäftskonto, da die Freigabe zu lange dauert.',
    'Переведите остаток на счёт нашего офиса в Гуанчжоу, не через Alibaba, потому что склад иначе не отгрузит.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Zahlungen, die nicht über Alibaba laufen, sind nicht geschützt, deshalb bitte nur in der Bestellung zahlen.',
    'Bitte zahlen Sie den Rest von 12.480 EUR wie gewohnt in der Alibaba-Bestellung, nicht per Überweisung.',
    'De betaling loopt via Trade Assurance, niet via onze eigen rekening.',
    'El pago de la muestra se hace en el pedido, no por fuera de Alibaba.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('the seller set aside as the payee', () => {
  it.each([
    'We only trade these chairs, so the workshop wants the money itself: kindly pay the 30% deposit to Foshan Meilin Furniture Works account on the invoice, not to us.',
    'Bitte überweisen Sie den Restbetrag an die Weberei in Shaoxing laut Rechnung, nicht an uns, damit das Garn gekauft werden kann.',
    'Graag het restbedrag overmaken naar de rekening van de fabriek in Foshan, niet naar ons.',
    "Merci de régler le solde sur le compte de l'atelier indiqué sur la facture, pas à notre société.",
    'Por favor pague o saldo na conta da fábrica que está na fatura, não para a nossa empresa.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Please pay the balance in the Alibaba order, not to our company account directly.',
    'The money is paid to Alibaba first, not to us, and released when you confirm receipt.',
    'The freight you pay to your own forwarder, not to us.',
    'Import duties are paid to DHL at delivery, not to us.',
    'De btw en de heffingen betaalt u bij de deur aan de koerier, niet aan ons.',
    'The bank charges are paid by you, not by us.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('a sample card and an account manager are not where money goes', () => {
  it.each([
    'Hello, Mike here, I took over from Anna. All payments stay in the Trade Assurance order as before. For the new range I will send you our colour card by DHL next week.',
    'Hi, I am your new account manager. Please keep paying inside the Alibaba order. I will post the fabric sample card with the next shipment.',
    'Your balance is still paid in the same order. I can send the shade card by courier if you want to choose the grey.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    'Hi, I am your new account manager. I will send you our company card, please pay the balance there.',
    'I will send you the bank account for the balance, please transfer it this week.',
    'Our new account is at Bank of Ningbo, please pay the deposit there.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });
});
