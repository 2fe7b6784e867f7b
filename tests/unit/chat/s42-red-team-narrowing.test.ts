import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 42's red team found harmless messages the new readings flagged, and one scam an exemption cleared. Each
 * reading was narrowed to the words that make it right; both sides are kept here, in our own wording.
 */
function rules(text: string): Set<string> {
  return new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule));
}
const MOVES = ['offplatform-payment', 'offplatform-contact'];
const flagged = (text: string) => MOVES.some((rule) => rules(text).has(rule));

describe('narrowed readings stay silent on harmless messages', () => {
  it.each([
    [
      'it',
      "Se annulla l'ordine, l'importo le viene rimborsato da AliExpress sul metodo di pagamento originale.",
    ],
    ['de', 'Wenn Sie stornieren, wird die Zahlung auf die ursprüngliche Zahlungsmethode zurückgebucht.'],
    ['zh', '名片上的手机号只是示例，我们可以印您公司的联系方式。'],
    ['de', 'Unser Monteur wird Sie nicht anrufen, bitte stellen Sie alle Fragen in diesem Chat.'],
    ['en', 'Our engineer will not call you; every question is answered in this chat.'],
    ['en', 'Our manager will call you? No, we never phone buyers; everything stays in this chat.'],
    ['en', 'Follow our store, we continue there with new designs each month, number of models over 300.'],
    ['es', 'Cupón de 2 € a partir de 15 € de compra en nuestra tienda, pulse Obtener antes de pagar.'],
  ])('[%s] %s', (_lang, text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('the scams next to them are still caught', () => {
  it.each([
    [
      'it',
      "Annulli pure l'ordine, le mando la fattura per e-mail e paghi con bonifico, risparmia la commissione.",
    ],
    [
      'de',
      'Stornieren Sie bitte die Bestellung, ich schicke Ihnen die Rechnung direkt, dann sparen Sie die Gebühr.',
    ],
    ['zh', '我的联系方式在名片照片上，加我详聊。'],
    ['de', 'Unser Vertreter wird Sie morgen anrufen und den Preis mit Ihnen direkt besprechen.'],
    ['fr', "Mon numéro est sur la photo de la boutique, écrivez-moi là-bas, c'est plus rapide."],
    ['es', 'Cupón de 8 € de compra en nuestra web propia, más barato que aquí.'],
  ])('[%s] %s', (_lang, text) => {
    expect(flagged(text)).toBe(true);
  });
});
