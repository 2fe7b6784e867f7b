import { describe, expect, it } from 'vitest';
import { quoteOf, rules } from './chat-lines';

/**
 * Stop 35 (red team on product-offer.ts): the app's model name said again after a word of going through it ("via",
 * "over", "qua", "por") is the channel the buyer is sent to, not the goods; and the offer's tests are read once per
 * message and per sentence, with the ask looked for in a bounded window, without changing what is found.
 */

describe('a model name said again after "via/through/over/by" is the channel', () => {
  it.each([
    'Viber V5 mini soundbar, 20W, MOQ 300 pcs, samples and quotes only over Viber V5',
    // vi: Zalo Z3 bluetooth earphones, minimum 100 pieces, price quotes through Zalo Z3.
    'Zalo Z3 tai nghe bluetooth, tối thiểu 100 cái, báo giá qua Zalo Z3',
    // es: Telegram T4 speaker, 15W, minimum order 200 units, prices by Telegram T4.
    'Altavoz Telegram T4, 15W, pedido mínimo 200 unidades, precios por Telegram T4',
  ])('flags offplatform-contact and quotes the offer: %s', (text) => {
    expect(rules(text)).toContain('offplatform-contact');
    expect(quoteOf(text, 'offplatform-contact')).toBe(text);
  });

  it('the model name alone in the offer is still no move', () =>
    expect(rules('Viber V5 mini soundbar, 20W, Bluetooth 5.3, MOQ 300 pcs')).toEqual([]));
  it('a use through the app (Thai "ใช้โทรผ่าน", call through) is still a use of the goods', () =>
    expect(rules('ลำโพงรุ่น Viber-V5 ใช้โทรผ่าน Viber ได้ ขั้นต่ำ 300 ชิ้น')).toEqual([]));
});

describe('the offer tests read bounded text', () => {
  it('an offer followed by a long run of model names finds nothing, as a short one does', () => {
    const short = `speaker MOQ 1 pcs ${'model Viber, '.repeat(3)}`;
    const long = `speaker MOQ 1 pcs ${'model Viber, '.repeat(3000)}`;
    expect(rules(short)).toEqual([]);
    expect(rules(long)).toEqual([]);
  });
  it('an ask right beside the model name in a long spec sentence still flags', () => {
    const specs = 'black, white or blue, 10W, IPX6, Bluetooth 5.3, 1800mAh, USB-C, '.repeat(8);
    const text = `Viber V5 mini soundbar, ${specs}MOQ 300 pcs, add me on Viber V5 for the price`;
    expect(rules(text)).toContain('offplatform-contact');
  });
});
