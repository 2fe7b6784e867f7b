import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 52 (s52nchat): the readings s52chat added, narrowed. A video call proposed to look at goods is a move even when
 * called handy; a QR group is the seller's own only; a room link needs an invitation, a link word or a meeting path;
 * a refund "there" must be in the app the seller moved to and be money; a top-up must be asked of the buyer; mail
 * from the platform moves nothing. Cases written for this stop, not copied from any set.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const CONTACT = 'offplatform-contact';

describe('a video call to look at goods is a move, a stand for calls is not', () => {
  it.each([
    '用微信视频通话看样品更方便，看完再下单。',
    'A WhatsApp video call is more convenient, I can show you the factory live.',
    'Una videollamada por WhatsApp es más cómoda para ver los productos antes de pagar.',
    'A WeChat video call is easier, we can check the samples together before you pay.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'This foldable phone holder is handy for WhatsApp video calls, 3 colours in stock.',
    '这款手机支架很适合微信视频通话，有黑白两色。',
  ])('%s → clean', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('a QR code to the seller’s own group, not one printed for the goods or the buyer', () => {
  it.each([
    'Scan the QR in the photo and join our after-sales group, we reply faster there.',
    'Escanea el código QR y únete a nuestro canal de ofertas.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'Write the size group S/M/L next to every QR code in the label sheet before printing.',
    'We print your brand QR on each carton so your buyers join your members community.',
    'El QR de la guía lleva al canal de ayuda de la aplicación del reloj.',
  ])('%s → clean', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('a video room link needs an invitation, a link word or a meeting path', () => {
  it.each([
    'Link da videochamada: reuniao.loja-sp.com/sala3',
    'Enlace de la videollamada: call.mitienda.mx/j/5521',
    'Please join the video call at 4pm: talk.acme-trade.net/room/77',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'Video conference camera unboxing: youtu.be/Qw83kLm',
    'Meeting room ceiling microphone, data sheet at www.mic-pro.com/m40',
    'See the video call mode in the demo: vimeo.com/44120',
  ])('%s → clean', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('a refund paid in the other app, not the platform’s own service', () => {
  it.each([
    'Cierre la disputa y le devolvemos el dinero por ahí, por WhatsApp +86 135 2200 1188.',
    'Tutup aduan ini, kami pindahkan wang ke akaun bank anda terus.',
    'Batalkan komplain, dana kembali kami transfer ke rekening Anda, chat WhatsApp saja.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'Tramitamos el reembolso por la plataforma de AliExpress; no hace falta WhatsApp.',
    'Se il vetro è rotto vi rimborsiamo oppure li sostituiamo, scrivete pure su WhatsApp.',
    'For the refund please open a case with AliExpress customer service in the app, not on WhatsApp.',
    'AliExpress will mail you about the refund; just follow the steps there. No need for WhatsApp.',
    'We send the invoice to your account e-mail there, no WhatsApp needed.',
  ])('%s → no payment', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('a wallet top-up asked of the buyer, not a product’s feature', () => {
  it('a terminal whose users top up is clean', () => {
    expect(rules('This kiosk allows guests to recharge their wallet by bank card or cash.')).not.toContain(
      PAY,
    );
    expect(rules('With the app, users can top up the balance by bank transfer at any time.')).not.toContain(
      PAY,
    );
  });
  it('the buyer told to top up on the seller’s site is a payment', () => {
    expect(
      rules('Please top up your wallet on our website by bank transfer, then the order ships.'),
    ).toContain(PAY);
  });
});

describe('mail from the platform moves nothing; the seller’s mailbox does', () => {
  it.each([
    'Faktura vám dorazí na e-mail od Alibaby hned po zaplacení.',
    'Numer przesyłki przyjdzie na e-mail z AliExpress.',
  ])('%s → clean', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each(['Napište nám prosím na e-mail, domluvíme se tam.', 'Potvrzení zašlete na náš e-mail, díky.'])(
    '%s → contact',
    (text) => {
      expect(rules(text)).toContain(CONTACT);
    },
  );
});

describe('a device driven by an app’s bot, and the Hebrew seller’s own payment page', () => {
  it('a plug driven by a Telegram bot is clean', () => {
    expect(rules('La lámpara es controlada por un bot de Telegram, sin hub.')).toEqual([]);
  });
  it('a bot to write to stays a move', () => {
    expect(rules('El pedido es controlado por un bot de Telegram, escríbale a @orden_bot.')).toContain(
      CONTACT,
    );
  });
  it('“our payment page” with a link is no platform anchor', () => {
    expect(rules('תשלמו בעמוד התשלום שלנו: pay-mystore.top/pay')).toContain(PAY);
  });
});
