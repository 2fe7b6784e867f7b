import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Probe r29: a spelt "(at)" address after "is", the buyer's number or a private mailbox asked for with words the
 * asks did not read, "en lugar del pedido de Alibaba" (the contraction, and the platform as the order's own
 * complement), a Thai agent's account sold with "no platform fee"; and, not flagged, mail exchanged with the
 * customs broker the buyer appointed. Every sentence here is our own wording of those constructions.
 */
const findings = (text: string) => scanMessage({ from: 'supplier', text });
const hit = (text: string, rule: string) => findings(text).find((f) => f.rule === rule);
const rulesOf = (text: string) => findings(text).map((f) => f.rule);

describe('contact moves the guard did not read', () => {
  it('reads an address spelt with "(at)" and "(dot)" whatever word stands before it', () => {
    const f = hit(
      'Files are too big for this chat. Her mailbox is lina (at) qdmetal (dot) cn, send them there.',
      'offplatform-contact',
    );
    expect(f?.details?.emails).toContain('lina@qdmetal.cn');
  });

  it('still ignores a plain "at" after a word that cannot start an address', () => {
    expect(rulesOf('We sell at alibaba dot com only.')).not.toContain('offplatform-contact');
  });

  it("flags a German request for the buyer's phone number or e-mail address", () => {
    const f = hit(
      'Unser Ingenieur möchte Sie anrufen. Schicken Sie uns bitte Ihre Handynummer oder Ihre E-Mail-Adresse.',
      'offplatform-contact',
    );
    expect(f?.quote).toContain('Handynummer');
  });

  it('flags a private mailbox asked for without "your"', () => {
    for (const text of [
      'The system blocks my file. Could you give me a private email, hotmail is fine?',
      'Please send me a personal email and I forward the full catalogue.',
    ])
      expect(rulesOf(text)).toContain('offplatform-contact');
  });

  it('flags "reply with your phone number" for a meeting, but not a phone asked for the courier', () => {
    expect(
      rulesOf(
        'We visit the Canton Fair next month. Please reply with your phone number and hotel so our sales can call you.',
      ),
    ).toContain('offplatform-contact');
    expect(
      rulesOf('Please reply with your delivery address and phone number for the courier.'),
    ).not.toContain('offplatform-contact');
  });
});

describe("mail with the buyer's own broker or agent is not a move", () => {
  it('does not flag an address the seller used for the broker the buyer chose', () => {
    for (const text of [
      'The freight forwarder you appointed wants the commercial invoice. We mailed it to the address you gave us for them, docs@oceanlink-fwd.com.',
      'Tu agente de carga nos pidió la factura por correo; ya se la enviamos a la dirección que usted nos indicó.',
    ])
      expect(rulesOf(text)).not.toContain('offplatform-contact');
  });

  it("still flags the seller's own mailbox offered in the same kind of message", () => {
    expect(
      rulesOf(
        'Your forwarder asked for the packing list. Please email me at jack@abc-factory.com and I forward it to them.',
      ),
    ).toContain('offplatform-contact');
    expect(
      rulesOf('Su agente de aduanas necesita la factura. Escríbanos a ventas@fabrica-xyz.com.'),
    ).toContain('offplatform-contact');
  });
});

describe('a payment set against the order, with the article contracted', () => {
  it('flags "en lugar del pedido de Alibaba" and "em vez do pedido na Alibaba" with a transfer', () => {
    for (const text of [
      'Para el saldo, mejor haga la transferencia a la cuenta de nuestra planta en lugar del pedido de Alibaba, es más barato.',
      'Pode fazer a transferência para a conta da fábrica em vez do pedido na Alibaba, fica mais barato para os dois.',
    ])
      expect(rulesOf(text)).toContain('offplatform-payment');
  });

  it('still reads a platform named after the contrast as where to pay', () => {
    expect(rulesOf('En lugar de la app, pague en la web de Alibaba.')).not.toContain('offplatform-payment');
    expect(rulesOf('En lugar del color azul usamos gris. Pague en el pedido.')).not.toContain(
      'offplatform-payment',
    );
  });
});

describe("Thai: the seller's agent as the payee, sold with no platform fee", () => {
  it("flags a transfer into the agent's account that saves the platform fee", () => {
    expect(
      rulesOf('ยอดที่เหลือรบกวนโอนเข้าบัญชีของตัวแทนเราที่เชียงใหม่โดยตรงเลยนะคะ จะได้ไม่ต้องเสียค่าธรรมเนียมแพลตฟอร์ม'),
    ).toContain('offplatform-payment');
  });

  it('does not flag our agent who only inspects the goods, with payment on the platform', () => {
    expect(rulesOf('ชำระเงินผ่านอาลีบาบาได้เลยค่ะ ตัวแทนของเราจะไปตรวจสินค้าที่โรงงาน')).not.toContain(
      'offplatform-payment',
    );
  });
});

describe('the order set aside by name, and a social page with a private message', () => {
  it('flags "no need to open a new Alibaba order" with a wire transfer in the message', () => {
    expect(
      rulesOf(
        'For the repeat batch there is no need to open a new Alibaba order, it is slow. I mail you the invoice and you pay by wire.',
      ),
    ).toContain('offplatform-payment');
  });

  it('flags a page handle followed, in its sentence, by "DM us" — but not a DM to someone after a semicolon', () => {
    const f = hit(
      'Hi, the new price list is on our Instagram and Facebook page @x_packaging, follow us there and DM us for a quick quote.',
      'offplatform-contact',
    );
    expect(f?.quote).toContain('@x_packaging');
    expect(
      rulesOf(
        'Our Instagram page has the factory video; you can send a DM to the platform support if needed.',
      ),
    ).not.toContain('offplatform-contact');
  });
});

describe("the buyer sent to the seller's own website form", () => {
  it("flags the inquiry form on the seller's site, in English and Spanish", () => {
    const f = hit(
      'This month we have a promotion. Please go to our website www.pumps-abc.com and fill in the inquiry form, our manager will call you today.',
      'offplatform-contact',
    );
    expect(f?.quote).toContain('inquiry form');
    expect(rulesOf('Rellene el formulario de contacto de nuestra web y le llamamos hoy.')).toContain(
      'offplatform-contact',
    );
  });

  it("does not flag the platform's own request form, or a form with no site named", () => {
    expect(rulesOf('Please fill the inquiry form here on Alibaba and we quote in 24 hours.')).not.toContain(
      'offplatform-contact',
    );
    expect(rulesOf('Please fill the inquiry form and upload the drawing, we quote here.')).not.toContain(
      'offplatform-contact',
    );
  });
});
