import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

const rulesOf = (text: string) =>
  [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))].sort();

describe('withdrawn: "Pay" and a model code are no device name', () => {
  it('flags a pay-by-QR ask whose "pay" sits before a short code', () => {
    expect(rulesOf('Simply type "ok pay rm400" and I send my QR, scan it and settle the deposit')).toContain(
      'offplatform-payment',
    );
    expect(
      rulesOf('The Fast Pay Z2 reader costs 60 USD; pay z2 pos via WeChat Pay QR to me today'),
    ).toContain('offplatform-payment');
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
