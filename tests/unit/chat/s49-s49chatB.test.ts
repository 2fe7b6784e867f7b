import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Language breadth (stop 49): Romanian, Swedish, Greek, Swahili, Bengali and Persian read through lexicons of their
 * own, with their negations and anchors; warnings with "if anyone writes in our name" in Ukrainian, Persian, Hebrew,
 * Swedish, Swahili, Greek and Bengali; local wallets and messengers (bKash in Bengali letters, JazzCash in Urdu ones,
 * Rubika, Eitaa, Viber in other scripts); Western Union with a case ending or in other scripts; a platform's fee named
 * with a postposition. Our own wording.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}

describe('requests to pay outside the order, in more languages', () => {
  it.each([
    // ro
    'Vechiul cont e suspendat, vă rog transferați diferența prin Wise în contul personal al directorului.',
    'Dacă achitați direct în contul firmei, fără Alibaba, primiți reducere.',
    'Trimiteți avansul prin Western Union pe numele managerului nostru.',
    // sv
    'Betala resten direkt till min chefs privata konto så blir det billigare.',
    'Om ni betalar direkt till oss får ni 3 % rabatt.',
    // el
    'Καταθέστε το υπόλοιπο απευθείας στον λογαριασμό μας για να γλιτώσετε την προμήθεια.',
    'Παρακαλώ στείλτε τα χρήματα στον προσωπικό λογαριασμό του ιδιοκτήτη μέσω Wise.',
    // sw
    'Tuma salio moja kwa moja kwa akaunti ya benki ya kampuni, bei itakuwa nafuu.',
    'Akaunti ya zamani imesimamishwa, lipia kwa akaunti binafsi ya mkurugenzi wetu.',
    // bn
    'আলিবাবার চার্জ বেশি, সরাসরি বিকাশে টাকা পাঠিয়ে দিন।',
    'Alibaba te fee beshi, direct bKash e pathan.',
    // fa
    'لطفا مبلغ را مستقیم کارت به کارت واریز کنید، تخفیف می‌دهیم.',
    // ur
    'بقایا رقم جاز کیش پر بھیج دیں، قیمت کم ہو جائے گی۔',
    // hu: Western Union with its case ending
    'A vámot Western Unionon kell elküldeni a szállítmányozónak, különben a csomag visszamegy.',
    // he
    'את דמי השחרור יש לשלם בווסטרן יוניון לסוכן שלנו.',
  ])('%s → offplatform-payment', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });
});

describe('a changed or blocked account, in more languages', () => {
  it.each([
    'Am modificat contul bancar; noile date sunt pe proforma atașată.',
    'Vi har bytt konto, betala till det nya kontot som står på fakturan.',
    'Ο λογαριασμός μας άλλαξε, θα βρείτε τα νέα στοιχεία στο τιμολόγιο.',
    'حساب بانکی ما عوض شده، لطفا به حساب جدید پرداخت کنید.',
    'Akaun bank syarikat sudah ditukar, sila rujuk invois baru.',
  ])('%s → bank-details-change', (text) => {
    expect(rules(text)).toContain('bank-details-change');
  });
});

describe('moves of the talk, in more languages', () => {
  it.each([
    'Vă rog să-mi scrieți pe Viber, acolo răspund mai repede.',
    'Στείλτε μου στο Viber να συνεννοηθούμε.',
    'در روبیکا پیام بدید لطفا',
    'آیدی ایتا من را داشته باشید، آنجا صحبت کنیم',
    'আমার ইমো নাম্বারে কল দিন',
  ])('%s → offplatform-contact', (text) => {
    expect(rules(text)).toContain('offplatform-contact');
  });
});

describe('benign look-alikes stay clean', () => {
  it.each([
    'Nu plătiți niciodată în afara comenzii Alibaba, nici dacă cineva vă scrie în numele nostru.',
    'Contul nostru nu s-a schimbat; plătiți doar prin comanda de pe Alibaba.',
    'Betala aldrig utanför Alibaba-ordern, även om någon skriver till er i vårt namn på WhatsApp.',
    'Tullen betalar ni till budfirman när paketet kommer.',
    'Μην πληρώνετε ποτέ εκτός της παραγγελίας, ακόμη κι αν κάποιος σας γράψει στο όνομά μας.',
    'Usitume pesa kwa M-Pesa wala kwa akaunti binafsi ya mtu yeyote; malipo ni kupitia oda ya Alibaba tu.',
    'কেউ আমাদের নামে বিকাশে টাকা চাইলে দেবেন না, শুধু আলিবাবা অর্ডারের মাধ্যমে পেমেন্ট করুন।',
    'اگر کسی به نام ما در تلگرام پول خواست، پرداخت نکنید؛ فقط از طریق سفارش علیبابا.',
    'גם אם מישהו פונה אליכם בשמנו בטלגרם, אל תשלמו מחוץ להזמנה.',
    'Якщо хтось пише вам від імені магазину у Viber, не переказуйте гроші; оплата лише через замовлення.',
    'Всі платежі тільки через замовлення на Alibaba.',
    'Simu hii inasaidia M-Pesa na WhatsApp, betri 5000mAh.',
    'Husa are logo albastru și e compatibilă cu notificările WhatsApp.',
    'قاب گوشی ساخت ایتالیا با رنگ آبی.',
  ])('%s → nothing', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
