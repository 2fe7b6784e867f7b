import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 44, in our own words: a fee or a payment asked on a shortened link (bit.ly, tinyurl, t.cn…), which hides where
 * the money goes — the mark the postal services' phishing notices name. Left open by stop 43's red team.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))].filter(
    (r) => r !== 'pressure',
  );
}

describe('a payment asked on a shortened link', () => {
  it.each([
    'Your parcel is held at the depot. Settle the 3.40 USD re-delivery charge here: bit.ly/4kPqrs',
    'Dear customer the import duty must be paid before release: https://tinyurl.com/clr-duty-77',
    'Para liberar o pacote, pague a taxa em cutt.ly/libera-pac hoje.',
    'Die Zollgebühr bitte über rb.gy/x8k2zo bezahlen, danach wird zugestellt.',
    '包裹关税请点击 t.cn/R5abcd 支付',
    '関税のお支払いはこちら: x.gd/Qw3e',
    'Open is.gd/dep0sit to pay the deposit, it is faster.',
    'The parcel waits at the depot.\nPlease settle the handling fee today:\nhttps://bit.ly/3Qw9zXy',
  ])('flags a payment: %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'Here is the unboxing video: bit.ly/3vidBox, payment stays in the Trade Assurance order as usual.',
    'Payment through the Alibaba order as agreed. Catalogue for next season: tinyurl.com/cat-ss27',
    'We never ask for a customs fee on a short link like bit.ly/abc12 — such a message is fake.',
    'Size chart: bit.ly/size-tbl2',
    'Pulseras de plata 950, fotos en bit.ly/pulseras950',
    '免费样品的开箱视频：t.cn/B7kLm2',
    'Spec sheet of the 100W wall charger: bit.ly/gan100-ds',
    'Heavy duty shelf load test: tinyurl.com/shelf-hd',
    'Tarifa de envío ya incluida en el pedido; fotos del producto: bit.ly/mesa-roble',
  ])('does not flag a payment: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});

describe("a carrier's name under a two-letter domain sold as a stand-in for .com", () => {
  it.each([
    'USPS notice: the parcel needs a 1.20 USD address fee, pay it at usps.co/fix-address',
    'DHL Express: import tax outstanding, settle it on dhl.io/tax today',
    'A taxa de desembaraço dos Correios deve ser paga em correios.co/taxa',
  ])('flags a payment: %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'Servientrega cobra el flete en servientrega.com.co, no a nosotros.',
    'Import duties for Germany are collected by DHL on dhl.de when the parcel arrives.',
    'Pague o imposto no site oficial dos Correios, correios.com.br.',
  ])('does not flag a payment: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});

describe('cash at a shop counter, into a named person or a card (Elektra, Coppel, OXXO)', () => {
  it.each([
    'Para que salga tu pedido hoy, deposita el envío en Elektra a nombre de Rosa Martínez y me mandas el ticket.',
    'Paga en cualquier Coppel a esta tarjeta y te libero la mercancía.',
    'Para liberar tu compra deposita en OXXO a nombre de mi contador.',
  ])('flags a payment: %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'Tu paquete espera en la tienda OXXO a nombre de Rosa, recógelo con tu identificación.',
    'La cortadora Elektra Beckum ya está pagada en el pedido de Alibaba.',
    'Compramos las lavadoras en Coppel para las fotos del catálogo.',
  ])('does not flag a payment: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});

describe('a refund offered instead of the dispute (Turkish "itiraz etmeyin", Japanese "紛争を起こさないで")', () => {
  it.each([
    'Lütfen itiraz etmeyin, paranızı bugün Papara hesabınıza iade ederim.',
    '紛争を起こさないでください。PayPalで私が直接返金します。',
  ])('flags a payment: %s', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'Lütfen itiraz etmeyin, paketiniz gümrükte, iki gün içinde teslim edilir.',
    '紛争を起こさないでください。荷物は明日届く予定です。',
    'Kargo gelmeden itiraz etmeyin, takip kodu e-mail ile gelir. Gelmezse iade ederiz, AliExpress sistemi üzerinden.',
    '紛争を起こさないでください。追跡番号はe-mailで送ります。届かなければAlibabaから返金されます。',
  ])('does not flag a payment: %s', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});
