import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

const rulesOf = (text: string) =>
  [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))].sort();

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
