import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { runScanChat } from '../../../lib/cli/scan-chat';

const rulesOf = (text: string) =>
  [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))].sort();
const quoteOf = (text: string, rule: string) =>
  scanMessage({ from: 'supplier', text }).find((f) => f.rule === rule)?.quote ?? '';

describe('a fee paid by gift card, its verb carrying its object', () => {
  it('flags a Spanish "pagarlo con tarjeta regalo" and the code sent here', () => {
    const t =
      'Hola, su envío está retenido. Hay que abonar 35 euros de gastos de aduana; puede pagarlo con una tarjeta regalo de Steam y mandarme el código.';
    expect(rulesOf(t)).toContain('offplatform-payment');
    expect(quoteOf(t, 'offplatform-payment')).toContain('tarjeta regalo');
  });
  it('flags an Italian "pagarla con buoni regalo"', () => {
    expect(rulesOf('La tassa doganale è di 20 euro, può pagarla con buoni regalo Amazon.')).toContain(
      'offplatform-payment',
    );
  });
  it('leaves a gift card ordered as the product alone', () => {
    expect(rulesOf('We stock printed gift card holders in kraft paper, 500 pcs per carton.')).toEqual([]);
  });
});

describe("the buyer's card number with its expiry or code asked in chat", () => {
  it('flags a cashback for a review paid "to your card"', () => {
    const t =
      'Thank you for the nice feedback! We refund 8 USD to you, kindly send your card number and the expiry date.';
    expect(rulesOf(t)).toContain('offplatform-payment');
    expect(quoteOf(t, 'offplatform-payment')).toContain('card number');
  });
  it('flags Spanish and Russian asks', () => {
    expect(
      rulesOf('Para devolverle el dinero, indique el número de su tarjeta y el código de seguridad.'),
    ).toContain('offplatform-payment');
    expect(rulesOf('Для компенсации пришлите номер карты и срок действия.')).toContain('offplatform-payment');
  });
  it('leaves a warning and a question about a product', () => {
    expect(rulesOf('Do not give your card number or CVV to anybody who asks in a chat.')).toEqual([]);
    expect(rulesOf('Does the card reader show the expiry date of a chip card?')).toEqual([]);
  });
});

describe('a purchase sent to a link off the platform', () => {
  it('flags a new order on a look-alike site after a cancel as payment and contact', () => {
    const t =
      'I will cancel this order for you. After that please order again through this link https://aliexp-outlet.net/item/55 — our official store, cheaper.';
    expect(rulesOf(t)).toEqual(['offplatform-contact', 'offplatform-payment']);
  });
  it('flags a purchase by a foreign link without a cancel as payment only', () => {
    expect(rulesOf('Compre por este enlace https://ofertas-hogar.shop/p/12, le sale más barato.')).toEqual([
      'offplatform-payment',
    ]);
  });
  it("leaves the platform's own link and a tracking link", () => {
    expect(
      rulesOf('Please cancel and buy again from this link https://www.aliexpress.com/item/1005001.html'),
    ).toEqual([]);
    expect(rulesOf('You can follow the order with this link https://www.17track.net/en')).toEqual([]);
  });
});

describe('an e-mail signature under a notice', () => {
  it('keeps the flag when the message asks to move or the block holds a mobile', () => {
    expect(
      rulesOf(
        'Shipped today, WhatsApp me for the tracking.\n\nBest regards,\nJason Liu\nTel: +86 757 2233 4455',
      ),
    ).toContain('offplatform-contact');
    expect(rulesOf('Shipped today.\n\nBest regards,\nJason Liu\nSales\nCell: +86 139 1234 5678')).toContain(
      'offplatform-contact',
    );
    expect(
      rulesOf(
        'Shipped today.\n\nBest regards,\nJason Liu\nTel: +86 757 2233 4455\nFeel free to reach me on this number',
      ),
    ).toContain('offplatform-contact');
  });
});

// A wallet's own number or mailbox still counts as a contact too: an exemption for the payee's handle was withdrawn
// after a second red team moved the talk there in words no list reads ("Остальное решим по нему").
describe("a wallet's payee handle", () => {
  it('is a payment outside the order: a BLIK phone number, a Mercado Pago mailbox, a card number to write', () => {
    expect(rulesOf('Zwrócę pieniądze od razu, proszę podać BLIK, wyślę na numer 501 202 303.')).toContain(
      'offplatform-payment',
    );
    expect(rulesOf('Le devuelvo el dinero por Mercado Pago, pásame tu correo de Mercado Pago.')).toContain(
      'offplatform-payment',
    );
    expect(rulesOf('Верну деньги на карту, напишите номер, и спор закройте.')).toContain(
      'offplatform-payment',
    );
  });
  it('keeps the contact flag when the number is also for talking', () => {
    expect(
      rulesOf('Send it by M-Pesa to 0722 111 222, then call me on this number so we confirm.'),
    ).toContain('offplatform-contact');
  });
});

describe('a shop on another marketplace only named', () => {
  // A red team showed the purchase carried by words no lexicon reads ("add it to cart there"), so a marketplace
  // named as where to go stays a payment too (main's reading); the move is still reported.
  it('is a contact move', () => {
    expect(rulesOf('Untuk stok terbaru, follow dan chat toko kami di Tokopedia: "rumahlampu.id"')).toContain(
      'offplatform-contact',
    );
  });
  it('is a payment when the order is sent there ("pesanannya", "đặt lại")', () => {
    expect(rulesOf('Silakan teruskan pesanannya lewat toko Shopee kami saja, lebih hemat.')).toContain(
      'offplatform-payment',
    );
    expect(rulesOf('Chị sang shop của em trên Lazada đặt lại giúp em nhé.')).toContain('offplatform-payment');
  });
  it('is a payment when the buyer is sent to buy there', () => {
    expect(rulesOf('Beli di toko kami di Tokopedia, lebih murah.')).toContain('offplatform-payment');
  });
});

describe('a signature pasted as its own paragraph of a plain transcript', () => {
  const flagged = (text: string) =>
    [...new Set(runScanChat(text).messages.flatMap((m) => m.findings.map((f) => f.rule)))].sort();
  it('still flags the conversation when the notice asks to move', () => {
    expect(
      flagged(
        'The goods are shipped, add me on WeChat for the photos.\n\nBest regards\nWei Chen\nTel: +86 574 2765 1100',
      ),
    ).toContain('offplatform-contact');
  });
});
