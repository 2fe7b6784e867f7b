import { describe, expect, it } from 'vitest';
import { quoteOf, rules } from './chat-lines';

// Red team of stop 39's chat changes: exemptions a scammer can write were withdrawn, and the new patterns' false
// alarms narrowed to the construction each was added for. Sentences written for these tests, both directions.

const PAY = ['offplatform-payment', 'bank-details-change', 'payment-details'];
const flagsPayment = (t: string) => rules(t).some((r) => PAY.includes(r));
const flagsContact = (t: string) => rules(t).includes('offplatform-contact');

describe("withdrawn: a writer's 'I pay on Alibaba' no longer spares the request before it", () => {
  it.each([
    'Our boss says the advance goes by MoneyGram to Mrs Lin this time. I will pay the shipping on Alibaba as usual.',
    'The plant asked for the 40% by Western Union because I always pay the big fees on Alibaba.',
    'La planta pidió el anticipo por Western Union. Yo solo pago en Alibaba los portes.',
    'Поставщик просит перевести аванс на карту Сбербанка. Я плачу только через Alibaba доставку.',
    'Manufacturer ne kaha deposit Paytm pe bhej do, main sirf Alibaba pe hi payment karunga baaki ka.',
    '工厂说这次定金用支付宝转给李经理。我只在阿里巴巴付款运费。',
    'Üretici ön ödemeyi Papara ile yapmanızı istiyor. Ben sadece Alibaba üzerinden ödeme yaparım nakliyeyi.',
    'If Alibaba blocks your card, the factory suggests Western Union to Chen Hao. I pay only on Alibaba for my share.',
  ])('flags %s as payment', (t) => {
    expect(flagsPayment(t)).toBe(true);
  });
  it('quotes the request, not the commitment', () => {
    const t = 'The plant asked for the 40% by Western Union because I always pay the big fees on Alibaba.';
    expect(quoteOf(t, 'offplatform-payment')).toContain('Western Union');
  });
});

// Stop 49: Greek refusal words are read again (they had never run: Greek letters sat below the guard's non-Latin
// range). The request after a refused method is still read on its own ("στείλτε στο IBAN του λογιστή μας"). "Ποτέ δεν
// είχαμε θέμα με το PayPal, στείλτε εκεί το ποσό" (never had a problem with PayPal, send the amount there) is missed in
// Greek as its English wording is: "there" pointing back to a negated clause's method is not read in either.
describe('withdrawn: Greek refusal words and Tagalog "wala (po) kaming" as refusals', () => {
  it.each([
    'Δεν δεχόμαστε Revolut, στείλτε στο IBAN του λογιστή μας με τραπεζικό έμβασμα.',
    'Wala po kaming dagdag na singil kung sa GCash po kayo magbabayad diretso sa amin.',
    'Wala pong kaming reklamo sa GCash, bayad nyo na lang po doon diretso para mabilis.',
  ])('flags %s as payment', (t) => {
    expect(flagsPayment(t)).toBe(true);
  });
});

describe('withdrawn: a "gov." host is not the state', () => {
  it.each([
    'Customs release fee 95 USD has to be paid via this link: https://customs.gov.cc/duty/5521',
    'Pachetul e reținut la vamă, plătiți taxa de 180 lei prin linkul acesta: vama.gov.cc/achitare',
    'The SGS inspection fee 210 USD is due before loading, pay on their page inspect.gov.cc/inv/88',
  ])('flags %s as payment', (t) => {
    expect(flagsPayment(t)).toBe(true);
  });
  it('leaves a state customs site named one by one', () => {
    expect(
      flagsPayment(
        'Your parcel waits for import VAT; pay it on the customs portal www.customs.gov.my/epay and the post office delivers.',
      ),
    ).toBe(false);
  });
});

describe('withdrawn: an e-mail a contract lists is an e-mail again', () => {
  it.each([
    'Section 4 of the agreement lists our sales mailbox mia.trade.sales@gmail.com. Countersign it in the Alibaba order; Mia replies to everything at that gmail.',
    'The notices clause names mia.trade.sales@gmail.com as required by the contract. Upload the signed copy in the Alibaba order and keep talking with Mia on that gmail.',
  ])('flags %s as contact', (t) => {
    expect(flagsContact(t)).toBe(true);
  });
});

describe('narrowed: a bare host counts only when a verb of paying governs it', () => {
  it('leaves an invoice a forwarder sends from its own site', () => {
    expect(
      flagsPayment(
        'Your own agent pays the customs clearance deposit, not you; they will mail the invoice from dhl-partner-hub.com.',
      ),
    ).toBe(false);
    expect(
      flagsPayment(
        'The import clearance deposit is settled by your forwarder; they send the paperwork from cargowise-docs.com.',
      ),
    ).toBe(false);
  });
  it.each([
    'The QC fee is 150 USD, please pay it on inspect-asia-pay.com before we load.',
    'A csomag a vámon van, a vámkezelési díjat fizesse be: vam-kiadas.com',
  ])('still flags %s', (t) => {
    expect(flagsPayment(t)).toBe(true);
  });
});

describe("withdrawn: 'call him / her' about the reader's own person", () => {
  it('flags a mobile number after "call him" even when the reader\'s own broker is named earlier', () => {
    expect(
      flagsContact(
        'Your broker wanted the stock list. Our sales head Li knows it, call him at 139 1234 5678 for a cheaper deal.',
      ),
    ).toBe(true);
  });
});

describe('withdrawn: "Teams" only as a meeting link or call, as before', () => {
  it.each([
    'Packers work in teams at the dock, each team seals 40 cartons an hour.',
    'The staff split in teams to count the stock.',
  ])('leaves %s', (t) => {
    expect(flagsContact(t)).toBe(false);
  });
  it('reads Teams as before this stop: its meeting link or call, not the app named or a verb "in teams"', () => {
    expect(flagsContact('Our planners go over your sketches in teams on Friday and answer here.')).toBe(
      false,
    );
    expect(flagsContact('The headset carries a Microsoft Teams certification and a mute key.')).toBe(false);
    expect(
      flagsContact('We chat in Microsoft Teams inside our office; with buyers we stay on Alibaba.'),
    ).toBe(false);
    expect(flagsContact('I will send the Teams meeting link for tomorrow.')).toBe(true);
  });
});

describe("narrowed: something sent to the seller's Facebook page must be asked of the reader", () => {
  it('leaves the seller telling what it posts for its followers', () => {
    expect(
      flagsContact(
        'Every week we post new samples to our Instagram followers, but your photos we send here in the Alibaba chat.',
      ),
    ).toBe(false);
    expect(
      flagsContact('We send updates to our Facebook fans each month; your order stays in this chat.'),
    ).toBe(false);
  });
  it('still flags the reader told to send to the page', () => {
    expect(flagsContact('Post a review, then send the screenshot to our Facebook page for a coupon.')).toBe(
      true,
    );
    expect(flagsContact('Mande o print para a nossa página do Instagram e ganhe um cupom.')).toBe(true);
  });
});

describe("narrowed: someone's account needs a verb of paying that governs it (ro, hu, el, tl)", () => {
  it.each([
    'Plătiți pe Alibaba, iar reprezentantului nostru din Ningbo îi trimitem noi desenele.',
    'Am transferat ieri prototipurile firmei noastre din Hong Kong, plata rămâne pe Alibaba.',
    'Elküldtük a szingapúri cégünk számláját a szállításhoz, fizetni az Alibabán kell.',
    'Στείλαμε τα δείγματα στην εταιρεία μας. Πληρώνετε μόνο μέσω Alibaba, ο λογαριασμός της εταιρείας μας δεν χρειάζεται.',
  ])('leaves %s', (t) => {
    expect(flagsPayment(t)).toBe(false);
  });
  it.each([
    'Transferați avansul în contul firmei noastre din Hong Kong, e mai rapid.',
    'Az előleget kérem a hongkongi cégünk számlájára utalja.',
    'Pakitransfer po ang downpayment sa GCash ng ahente namin.',
  ])('still flags %s', (t) => {
    expect(flagsPayment(t)).toBe(true);
  });
});

describe('narrowed: a refund where the IBAN is said not to be needed', () => {
  it.each([
    'Rambursarea o face AliExpress direct pe cardul cu care ați plătit, nu avem nevoie de IBAN-ul dvs.',
    'AliExpress returns the money directly to your original card, we do not need your IBAN.',
  ])('leaves %s', (t) => {
    expect(flagsPayment(t)).toBe(false);
  });
  it('still flags a refund taken off the platform', () => {
    expect(
      flagsPayment(
        'We do not need AliExpress for this, it is slow; give me your IBAN and I refund you directly.',
      ),
    ).toBe(true);
  });
});

describe('narrowed: a receipt by e-mail only when the reader is told to send it', () => {
  it.each([
    'Alibaba sent us the payment confirmation by email, production starts tomorrow.',
    'The AliExpress team forwarded the claim notice to us by email; we answer on the dispute page.',
    "Alibaba'nın bize e-postayla ilettiği dekontu aldık, üretime başlıyoruz.",
  ])('leaves %s', (t) => {
    expect(flagsContact(t)).toBe(false);
  });
  it.each([
    'Please forward the transfer slip to us by email after paying.',
    'Ödemeden sonra dekontu bize e-postayla iletin.',
  ])('still flags %s', (t) => {
    expect(flagsContact(t)).toBe(true);
  });
});
