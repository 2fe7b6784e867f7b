import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 42 (chat B): the talk handed to someone of the seller's side (a colleague who will call, a partner's number
 * passed on), the talk "continued there" in a mailbox or at a number the message names, payments to a partner, an
 * agent or a phone number in more languages, and four false alarms read the harmless way only where that reading
 * stands in the message (the buyer's carrier account, a business card, a wallet "supported now", "we only talk here").
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const CONTACT = 'offplatform-contact';

describe("someone of the seller's side will call or write to the buyer", () => {
  it.each([
    'Our export manager Ms. Chen will call you tomorrow morning to agree the details.',
    'My colleague is going to ring you this afternoon about the moulds.',
    'My assistant will write to you from her personal gmail with the contract.',
    'Nuestro representante en México le llamará esta semana para cerrar el pedido.',
    'Notre agent commercial vous appellera demain pour finaliser la commande.',
    'O nosso representante vai te ligar amanhã para combinar o frete.',
    'Nasza koleżanka z działu eksportu zadzwoni do Pani jutro rano.',
    'Colegul meu vă va suna mâine pentru detaliile comenzii.',
    'Unser Vertreter in Hamburg wird Sie morgen anrufen.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'The DHL driver will call you before delivery, please keep your phone on.',
    'Our manager will reply to you here in the chat tomorrow.',
    'El transportista le llamará antes de la entrega.',
    'Le livreur vous appellera avant de passer.',
    'Kurier zadzwoni do Pana przed dostawą.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});

describe("a third person's number or contact handed to the buyer", () => {
  it.each([
    'I will send you his number so you can talk to him about the price.',
    'For the installation I share the contact of our engineer with you.',
    'Le paso el número del señor Ruiz, nuestro agente, y él le atiende.',
    'Je vous transmets le contact de notre partenaire à Lyon.',
    'Te passo o contato dele, ele fala português.',
    'Main aapko unka number whatsapp pe bhej dunga.',
    'Prześlę Panu jego numer, to nasz przedstawiciel.',
    'Vă trimit numărul colegului, el vă ajută cu oferta.',
    'Ich schicke Ihnen seine Nummer, er ist unser Vertreter.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    "I will send you the forwarder's number so you can book the pickup.",
    'Our agent in Shenzhen checked the goods, the report is in the order.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});

describe('the talk continued "there", in a mailbox or at a number the message names', () => {
  it.each([
    'send me your email and we continue there with the catalogue',
    'dame tu correo y seguimos por ahí con los precios',
    'laissez-moi votre e-mail, on continue là-bas',
    'my whatsapp number is on my profile picture, message me there',
    'we talk the price by phone, its faster',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'I sent you the invoice by email, there is also the packing list.',
    'The tracking number is in the order, you can check it there.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});

describe('paid to a partner, an agent or a phone number, in more languages', () => {
  it.each([
    'من فضلك ادفع العربون إلى حساب شريكنا في إسطنبول وسنرسل لك الإيصال',
    'حول المبلغ على حساب شركائنا في الصين',
    'ניתן להעביר את הכסף לחשבון החברה ולא דרך הפלטפורמה',
    'תשלמו בהעברה בנקאית ולא באליבאבא ותקבלו הנחה',
    'לא דרך עליבאבא, אלא תעבירו את המקדמה אלינו',
    'Переведите предоплату по номеру телефона директора, так удобнее.',
    'Оплату примем через СБП по номеру телефона бухгалтера.',
    'Сплатіть, будь ласка, за номером телефону менеджера.',
    'bakaya amount hamare agent ko Mumbai me cash de dijiye',
    'សូមផ្ទេរប្រាក់កក់ទៅគណនីភ្នាក់ងាររបស់យើង',
    'សូមផ្ទេរប្រាក់ទៅគណនីផ្ទាល់ខ្លួនរបស់ខ្ញុំ',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it.each([
    'شريكنا في دبي يصنع القوالب، والدفع يكون داخل طلب علي بابا',
    'أرسل العينات إلى شريكنا في جدة',
    'התשלום רק דרך עליבאבא, לא בהעברה ישירה',
    'Оплата по номеру заказа в приложении, всё в личном кабинете.',
    'សូមបង់ប្រាក់នៅក្នុងការបញ្ជាទិញ Alibaba',
    'ភ្នាក់ងារដឹកជញ្ជូនរបស់អ្នកនឹងទាក់ទងអ្នក ហើយបង់ថ្លៃដឹកជញ្ជូន',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });
});

describe('false alarms read the harmless way only where that reading stands', () => {
  it.each([
    'If you have a UPS account, send us the account number and the freight is billed to it.',
    'Si tiene cuenta de DHL, nos da el número y el envío se cobra a su cuenta.',
    'The sample is paid in the order; the courier cost goes on your own account with FedEx.',
    'مرحبا، رقم الهاتف على بطاقة الأعمال التي أرسلتها، اتصل بي',
  ])('%s → no payment finding', (text) => {
    expect(rules(text)).not.toContain(PAY);
  });

  it.each([
    'Please send the balance to our own account, the DHL account number is below.',
    'Transfer the deposit to my own account, it is faster than Alibaba.',
    'سأرسل لك رقم البطاقة، حول المبلغ عليها',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });

  it('a wallet said to be supported "now" at checkout is no deadline', () => {
    expect(
      rules('Payment is available with Google Pay at the checkout, you can pay there now, it is supported.'),
    ).not.toContain('pressure');
    expect(rules('Please pay now, the price goes up tomorrow.')).toContain('pressure');
  });

  it.each([
    'Sorry, we only talk here on Alibaba so Trade Assurance covers you.',
    "About Telegram: we don't use it, we only chat in this chat.",
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });

  it.each([
    'We only communicate on WhatsApp, add me: +86 138 0000 1234',
    'We talk here, but my WhatsApp is faster, add me.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });
});
