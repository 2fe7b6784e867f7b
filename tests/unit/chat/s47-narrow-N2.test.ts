import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 47, narrowing the new contact readings (red team on the merge): a phone asked in Czech, Slovak, Hungarian,
 * Romanian or Bulgarian for the delivery, the courier or the parcel is shipping, as in the older languages; the
 * mailbox or number asked as a question is still an ask; Hungarian writes a Line id as "azonosító" and declines the
 * app's name after a possessive; a Pix key given as an e-mail is the payee, not a mailbox to talk in; and "if another
 * account messages you…" names the stranger, not an account to pay.
 */
const rules = (text: string) => new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule));
const contact = (text: string) => rules(text).has('offplatform-contact');
const payment = (text: string) => rules(text).has('offplatform-payment');

describe('a phone asked for the delivery, in cs/sk/hu/ro/bg', () => {
  it.each([
    'Prosím, napište mi své telefonní číslo, kurýr vám zavolá před doručením.',
    'Pošlite mi vaše telefónne číslo pre kuriéra, bez neho balík nedoručí.',
    'Dejte mi prosím váš telefon. Dopravce ho potřebuje na štítek zásilky.',
    'Kérjük, adja meg a telefonszámát, a futár ezen hívja a kiszállításkor.',
    'Küldje el a mobilszámát és a címét, a csomagot a GLS viszi.',
    'Vă rog trimiteți-mi numărul de telefon, curierul vă sună înainte de livrare.',
    'Dați-mi telefonul pentru AWB, coletul pleacă mâine cu Fan Courier.',
    'Дайте ми телефона си, куриерът на Еконт ще ви се обади за пратката.',
  ])('not a move: %s', (text) => {
    expect(contact(text)).toBe(false);
  });

  it.each([
    'Napište mi prosím svůj e-mail, pošlu vám tam ceník.',
    'Pošlite mi vašu e-mailovú adresu, cenovú ponuku pošlem tam.',
    'Adja meg az e-mail címét, oda küldöm az árajánlatot.',
    'Trimiteți-mi adresa de e-mail, vă trimit catalogul acolo.',
    'Изпратете ми вашия имейл, там ще ви пратя каталога.',
  ])('still a move: %s', (text) => {
    expect(contact(text)).toBe(true);
  });
});

describe('the mailbox or number asked as a question', () => {
  it.each([
    'Mohl byste mi dát svůj e-mail? Katalog vám pošlu tam.',
    'Můžete mi poslat vaše telefonní číslo? Ozvu se přes WhatsApp.',
    'Jaký je váš e-mail? Nabídku pošlu tam.',
    'Aký je váš email? Pošlem vám cenník.',
    'Care este numărul dvs. de telefon? Vă scriu pe WhatsApp.',
    'Care e emailul tău? Îți trimit lista de prețuri acolo.',
    'Îmi puteți da adresa de e-mail? Vă trimit oferta.',
  ])('a move: %s', (text) => {
    expect(contact(text)).toBe(true);
  });

  it.each([
    'Jaké je vaše číslo objednávky? Zkontroluji to.',
    'Care este numărul dvs. de comandă? Verific imediat.',
    'Můžete mi dát vaše číslo objednávky? Podívám se na to.',
  ])('a document: %s', (text) => {
    expect(contact(text)).toBe(false);
  });
});

describe('Line in Hungarian', () => {
  it.each([
    'A Line azonosítóm kovacs_88, ott hamarabb válaszolok.',
    'Line azonosító: shop.budapest',
    'Line-omon: kovacs_88',
    'Line-unkon írjon nekünk, ott küldjük a fotókat.',
  ])('a move to Line: %s', (text) => {
    expect(contact(text)).toBe(true);
  });

  it.each([
    'Ez a termék a prémium line-unk része, 12 színben.',
    'A Line azonosítója a terméknek nincs megadva.',
  ])('a product line: %s', (text) => {
    expect(contact(text)).toBe(false);
  });
});

describe('a Pix key that is an e-mail', () => {
  it('is where to pay, not a mailbox', () => {
    const text = 'Cuidado com golpistas. Pague apenas pela nossa chave Pix oficial: vendas.loja@gmail.com';
    expect(payment(text)).toBe(true);
    expect(contact(text)).toBe(false);
  });

  it('the address given to talk stays a move', () => {
    expect(contact('Meu e-mail é joao.vendas@gmail.com, fale comigo lá; o pagamento pode ser por Pix.')).toBe(
      true,
    );
    expect(contact('Got more pix of the samples, email me at tom.lee@gmail.com')).toBe(true);
  });
});

describe('the stranger of the condition is an account', () => {
  it.each([
    'If another account contacts you on WhatsApp asking for a deposit, that is not us.',
    'If a different profile messages you asking for Bitcoin, please report it.',
    'Si otra cuenta le escribe pidiendo el pago por Binance, no somos nosotros.',
  ])('a warning: %s', (text) => {
    expect(payment(text)).toBe(false);
  });

  it.each([
    'If another account is easier for you, pay to our HK account 12345678901.',
    'If another account contacts you, please pay to our new account 6222 0210 0112 3456 instead.',
  ])('still a request: %s', (text) => {
    expect(payment(text)).toBe(true);
  });
});
