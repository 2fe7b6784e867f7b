import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

const rules = (text: string) => new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule));

describe('a social page named, then the talk sent there', () => {
  it.each([
    'Have a look at our Instagram page and ask our designer there about custom colours.',
    'Please look at our Facebook page and contact our manager there.',
    'Mire nuestra página de Facebook y escríbale al jefe por ahí, él le explica.',
    'Schauen Sie auf unsere Facebook-Seite und schreiben Sie dort unserem Chef.',
    'Contact our director on our Facebook page, he decides the discount.',
  ])('flags: %s', (text) => {
    expect(rules(text).has('offplatform-contact')).toBe(true);
  });
  it.each([
    'Our Facebook page shows the factory tour, please contact me here for the price.',
    'Our production videos are on our Facebook page, you can watch them there.',
  ])('does not flag: %s', (text) => {
    expect(rules(text).has('offplatform-contact')).toBe(false);
  });
});

describe('bank details sent to the mailbox move the talk', () => {
  it.each([
    'Please pay the balance straight to our company account, I will send you the bank details by e-mail.',
    'Pague el saldo directamente a nuestra cuenta, le mando los datos bancarios por correo.',
    'Je vous envoie le RIB par mail, le virement se fait directement.',
    'Den Rest bitte direkt überweisen, die Kontodaten schicke ich Ihnen per Mail.',
    'Przelew prosto do nas, dane do przelewu wyślę mailem.',
  ])('flags contact and payment: %s', (text) => {
    const found = rules(text);
    expect(found.has('offplatform-contact')).toBe(true);
    expect(found.has('offplatform-payment')).toBe(true);
  });
  it.each([
    'Proszę pisać do nas na e-mail, tam prześlemy ofertę.',
    'Napiszcie do mnie mailem w sprawie próbek.',
  ])('flags the Polish ask to write to the mailbox: %s', (text) => {
    expect(rules(text).has('offplatform-contact')).toBe(true);
  });
  it.each([
    // The corpora's reading: a changed account announced, or a document carrying the details, keeps the mail its courier.
    'Our old account is closed, I will send our new bank details in another email.',
    'I will mail you a proforma invoice with our company bank details, please wire it this week.',
    // The platform as the sender; a warning.
    'Alibaba will send you the bank details by email for the order payment.',
    'Please never accept bank details by email, pay only in the Alibaba order.',
  ])('no contact: %s', (text) => {
    expect(rules(text).has('offplatform-contact')).toBe(false);
  });
});

describe('an app named as what a product does', () => {
  it.each([
    'This speaker plays WhatsApp voice messages out loud, battery 12 hours.',
    'El altavoz reproduce los mensajes de voz de WhatsApp sin tocar el móvil.',
    'Der Lautsprecher liest WhatsApp-Sprachnachrichten vor, Akku 10 Stunden.',
    'Our ticketing software now has a Telegram bot integration: your clients can chat with you directly from the app.',
    'Unsere Kassensoftware hat eine WhatsApp-Schnittstelle, Ihre Kunden können Ihnen dort schreiben.',
  ])('does not flag: %s', (text) => {
    expect(rules(text).has('offplatform-contact')).toBe(false);
  });
  it.each([
    'This speaker plays WhatsApp voice notes; please add my WhatsApp for the price.',
    'Our CRM has WhatsApp Business API integration, message me there for a demo.',
    'The CRM has WhatsApp Business API integration, your customers can message us there for the licence.',
    'Message me on WhatsApp for the software price.',
  ])('flags: %s', (text) => {
    expect(rules(text).has('offplatform-contact')).toBe(true);
  });
});
