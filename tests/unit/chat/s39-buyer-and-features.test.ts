import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

const rulesOf = (text: string) =>
  [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))].sort();
const quoteOf = (text: string, rule: string) =>
  scanMessage({ from: 'supplier', text }).find((f) => f.rule === rule)?.quote ?? '';

describe('the buyer reports what the seller asked, then keeps to the platform (payer-keeps-platform.ts)', () => {
  it('leaves a report followed by the writer paying only on the platform, in several languages', () => {
    expect(
      rulesOf(
        'My supplier asked me to wire the sample fee to a Wise account. I will only pay through the Alibaba order.',
      ),
    ).toEqual([]);
    expect(
      rulesOf(
        'Az eladó azt írta, hogy Western Unionnal küldjem az előleget. Nem teszem, csak az Alibabán fizetek.',
      ),
    ).toEqual([]);
    expect(
      rulesOf(
        'Поставщик пишет, что надо оплатить через Western Union. Я буду платить только через заказ на Alibaba.',
      ),
    ).toEqual([]);
    expect(
      rulesOf(
        'Supplier ne bola PayPal pe advance bhej do, par main sirf Alibaba order pe hi payment karunga.',
      ),
    ).toEqual([]);
  });
  it('leaves a question about what the seller accepts, from a writer who pays on the platform', () => {
    expect(rulesOf('Do you accept Western Union? If not, I would rather pay by card on Alibaba.')).toEqual(
      [],
    );
    expect(rulesOf('¿Aceptan Bizum? Si no, prefiero pagar con tarjeta en Alibaba.')).toEqual([]);
  });
  it("leaves a buyer's answer to a change of account it did not make", () => {
    expect(
      rulesOf(
        'I will not send money to a new account. If your account changed, put it in the Alibaba order and I will pay there.',
      ),
    ).toEqual([]);
  });
  it("still flags the seller's words quoted or written after the commitment", () => {
    const quoted =
      'I only pay on Alibaba. The supplier replied: "then send the sample fee by PayPal to fees@quicksample.com"';
    expect(rulesOf(quoted)).toContain('offplatform-payment');
    expect(quoteOf(quoted, 'offplatform-payment')).toContain('PayPal');
    expect(
      rulesOf(
        'Csak az Alibabán fizetek. Válasz: küldje PayPal barátoknak a mintadíjat a fees@quicksample.com címre.',
      ),
    ).toContain('payment-details');
  });
  it('still flags a seller who names the platform and asks for another way in its own sentence', () => {
    expect(
      rulesOf(
        'We accept payment only through Alibaba. For the sample fee please send by PayPal to fees@quicksample.com',
      ),
    ).toContain('offplatform-payment');
    expect(rulesOf('You can pay on Alibaba or, cheaper, to my GCash 09171234567.')).toContain(
      'offplatform-payment',
    );
    expect(
      rulesOf('Please send the deposit by Western Union to Li Wei. I will pay the rest on Alibaba.'),
    ).toContain('offplatform-payment');
  });
  it('still flags a question sold as cheaper, a payee of the writer, and a request between report and commitment', () => {
    expect(rulesOf('Do you accept Western Union? It is cheaper, I pay the fee on Alibaba.')).toContain(
      'offplatform-payment',
    );
    expect(rulesOf('If your account is new pay to our HK account, I will pay on Alibaba.')).toContain(
      'offplatform-payment',
    );
    expect(
      rulesOf(
        'Продавец просит перевести деньги на карту. Переведите на карту 4276 1234 5678 9012. Я хочу платить только через Alibaba.',
      ),
    ).toContain('offplatform-payment');
    expect(
      rulesOf(
        '¿Aceptan PayPal? Prefiero pagar en Alibaba, pero la muestra por PayPal a muestras@quicksample.com.',
      ),
    ).toContain('offplatform-payment');
  });
});

describe('the commitment must keep all of the payment there, and the report must be about the writer', () => {
  it('still flags a report followed by paying only part on the platform', () => {
    expect(
      rulesOf(
        'The factory wants the deposit by Western Union to Mr Chen. I will pay the balance on Alibaba.',
      ),
    ).toContain('offplatform-payment');
    expect(
      rulesOf('El proveedor pide el anticipo por Western Union. El resto lo pagaré por Alibaba.'),
    ).toContain('offplatform-payment');
  });
  it('still flags a relay that asks the reader ("the seller asks you to pay…")', () => {
    expect(rulesOf('The seller asks you to pay by Western Union. I only pay on Alibaba.')).toContain(
      'offplatform-payment',
    );
  });
});

describe('Greek and Tagalog refusals (guard-words)', () => {
  it('leaves a Greek seller that refuses other ways to pay', () => {
    expect(
      rulesOf('Η εξόφληση γίνεται μόνο μέσα από την παραγγελία στο Alibaba. Δεν δεχόμαστε PayPal ή Wise.'),
    ).toEqual([]);
  });
  it('still flags a Greek refusal followed by a request of its own', () => {
    expect(rulesOf('Δεν δεχόμαστε Revolut. Πληρώστε μέσω Western Union στον διευθυντή μας.')).toContain(
      'offplatform-payment',
    );
  });
  it('leaves "wala po kaming GCash" (we have no GCash)', () => {
    expect(rulesOf('Sa Alibaba checkout lang po ang bayad, wala po kaming GCash o Maya.')).toEqual([]);
  });
  it('still flags a Tagalog "we have none" followed by a wallet to pay', () => {
    expect(rulesOf('Wala po kaming PayPal, pero sa GCash 09171234567 na lang po ang sample fee.')).toContain(
      'offplatform-payment',
    );
    expect(rulesOf('Wala po kaming PayPal. Sa GCash 09171234567 na lang po ang sample fee.')).toContain(
      'offplatform-payment',
    );
  });
});

describe('a device named with "Pay" and a model code (guards.ts, offplatform-payment patterns)', () => {
  it('leaves a card machine whose quoted name holds "Pay"', () => {
    expect(
      rulesOf("A maquininha 'Smart Pay K3' lê QR code e cartão por aproximação. Pedido mínimo 20 unidades."),
    ).toEqual([]);
    expect(rulesOf('The Easy Pay M5 terminal reads QR codes and contactless cards.')).toEqual([]);
  });
  it('still flags a payment by QR code, and a quoted ask', () => {
    expect(rulesOf('Pay t2 via QR code: scan and send 300 USD')).toContain('offplatform-payment');
    expect(rulesOf("Essa maquininha aceita Pix, 'pague o sinal' por Pix na chave 11987654321.")).toContain(
      'offplatform-payment',
    );
  });
});

describe("a headset's microphone for an app's calls (guards.ts isCallFeature)", () => {
  it('leaves audio goods with a mic for app calls, in several languages', () => {
    expect(
      rulesOf('These earbuds have a noise-cancelling mic for WhatsApp and Teams calls, 24h battery.'),
    ).toEqual([]);
    expect(rulesOf('Bu kulaklıkta Telegram aramaları için mikrofon bulunuyor.')).toEqual([]);
    expect(
      rulesOf('Auriculares con micrófono para videollamadas de WhatsApp, estuche de carga incluido.'),
    ).toEqual([]);
    expect(rulesOf('Гарнитура с микрофоном для звонков в Telegram.')).toEqual([]);
  });
  it('still flags the same goods with an invitation or a number', () => {
    expect(
      rulesOf('These earbuds have a mic for WhatsApp calls. Call me on WhatsApp for the price.'),
    ).toContain('offplatform-contact');
    expect(rulesOf('Headset with mic for WhatsApp calls, add me +86 13800138000')).toContain(
      'offplatform-contact',
    );
    expect(
      rulesOf('Bu kulaklıkta WhatsApp aramaları için mikrofon var, fiyat için bana WhatsApp’tan yazın.'),
    ).toContain('offplatform-contact');
    expect(rulesOf('Auriculares con micrófono para llamadas de WhatsApp. Escríbeme por WhatsApp.')).toContain(
      'offplatform-contact',
    );
  });
});

describe('an e-mail address a contract lists, the contract returned through the order (mail-in-document.ts)', () => {
  it('leaves a notices clause whose paper goes back through the Alibaba order', () => {
    expect(
      rulesOf(
        'The agreement is attached. Section 9 names our compliance office e-mail (notices@lotus-mfg.com) as set out in the notices clause. Sign it and upload it in the Alibaba order.',
      ),
    ).toEqual([]);
    expect(
      rulesOf(
        'La cláusula de notificaciones indica el correo de nuestro departamento jurídico (juridico@lotus-mfg.com). Firme el contrato y súbalo al pedido de Alibaba.',
      ),
    ).toEqual([]);
  });
  it('still flags an address the buyer is asked to write or send to', () => {
    expect(
      rulesOf(
        'Page 2 of the contract lists our e-mail sales@lotus-mfg.com, write to us there for a better price. Upload the contract in the Alibaba order.',
      ),
    ).toContain('offplatform-contact');
    expect(
      rulesOf(
        'The contract lists our e-mail sales@lotus-mfg.com. Sign it and send it by e-mail, then upload in the Alibaba order.',
      ),
    ).toContain('offplatform-contact');
    expect(
      rulesOf(
        'El contrato indica nuestro correo ventas@lotus-mfg.com, escríbanos allí. Súbalo al pedido de Alibaba.',
      ),
    ).toContain('offplatform-contact');
  });
});
