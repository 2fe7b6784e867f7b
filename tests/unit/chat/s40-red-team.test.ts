import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

const rules = (text: string) => new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule));

describe('bank details by e-mail: a refusal or the platform guide is no move', () => {
  it.each([
    'Kontodaten verschicke ich nie per Mail, zahlen Sie bitte nur in der Bestellung.',
    'Реквизиты мы никогда не отправляем по почте, платите только в заказе.',
    'We will not send our bank details by email; please pay only through the order.',
    'Los datos bancarios no se los mando por correo; pague en el pedido.',
    'I can email you the payment information of Trade Assurance as a guide, payment still happens in the order.',
    'We may forward the Alibaba payment instructions by e-mail as a help, you still pay on the order page.',
  ])('no contact: %s', (text) => {
    expect(rules(text).has('offplatform-contact')).toBe(false);
  });
  it.each([
    'I will send you our bank details by email, pay directly.',
    'Die Kontodaten schicke ich Ihnen per Mail, bitte direkt überweisen.',
    'Реквизиты вышлю по почте, оплатите напрямую.',
    "I'll send you the bank details for the order by email, wire directly.",
  ])('flags: %s', (text) => {
    expect(rules(text).has('offplatform-contact')).toBe(true);
  });
});

describe('a social page, then talk there: only an ask to the reader', () => {
  it.each([
    'Our TikTok shop is shut, do not message us there, stay in this chat please.',
    'We deleted our Instagram profile, so please never contact us there again.',
    'Nuestra cuenta de Instagram está cerrada, no nos escriba por ahí, use este chat.',
    'Notre compte Instagram a été piraté, ne nous contactez pas là-bas.',
    'Our Instagram was hacked last week, contact us there only after we post the new link.',
    'In our Instagram posts we chat about dyeing methods there, orders stay in this chat.',
    'Auf unserer Instagram-Seite werden Fragen zur Pflege dort gesammelt, bestellen Sie bitte hier.',
    'TikTok resellers call this quality premium there, we call it standard.',
    'We run a Facebook page as well, buyers sometimes ask us there about sizes; this chat is quicker.',
  ])('does not flag: %s', (text) => {
    expect(rules(text).has('offplatform-contact')).toBe(false);
  });
  it.each([
    'Check our Instagram, you can message the owner there for a better price.',
    'Follow our TikTok and chat with our sales team there.',
    'Visite notre page Facebook et écrivez au patron là-bas.',
    'Sehen Sie sich unsere Instagram-Seite an und fragen Sie dort nach dem Rabatt.',
  ])('flags: %s', (text) => {
    expect(rules(text).has('offplatform-contact')).toBe(true);
  });
});

describe('an app content feature with a request after it still moves the talk', () => {
  it.each([
    'This radio reads Telegram voice messages aloud, so just record your order as a voice note on our Telegram.',
    'The speaker plays WhatsApp voice notes – send us your voice note on our WhatsApp for a quote.',
    'Die Box liest WhatsApp-Sprachnachrichten vor – hinterlassen Sie uns eine Sprachnachricht auf WhatsApp.',
    'El altavoz reproduce mensajes de voz de WhatsApp; envíenos su mensaje de voz a nuestro WhatsApp.',
    "L'enceinte lit les messages vocaux WhatsApp : laissez-nous un message vocal sur notre WhatsApp pour le prix.",
  ])('flags: %s', (text) => {
    expect(rules(text).has('offplatform-contact')).toBe(true);
  });
  it.each([
    'The speaker reads out Telegram voice messages, and you can pair two units.',
    'Der Lautsprecher spielt WhatsApp-Sprachnachrichten ab, Akku 8 Stunden.',
  ])('does not flag: %s', (text) => {
    expect(rules(text).has('offplatform-contact')).toBe(false);
  });
});

describe('a match at a clause start still reads its own clause for a "not"', () => {
  it('a refusal that opens the message is read', () => {
    expect(
      rules('Bankverbindung sende ich nicht per Mail, bitte nur über die Bestellung zahlen.').has(
        'offplatform-contact',
      ),
    ).toBe(false);
  });
  it.each([
    // "別途 / 別の" (separately / another) is no "don't": the ask for another account stays flagged.
    '手数料がかからないように、別の口座へ直接お振込みください。口座情報は別途お送りします。',
    'いつもありがとうございます。今回は別口座へ直接ご送金ください。口座情報は別途お知らせします。',
  ])('flags payment: %s', (text) => {
    expect(rules(text).has('offplatform-payment')).toBe(true);
  });
});
