import { describe, expect, it } from 'vitest';
import { quoteOf, rules } from './chat-lines';

const rulesOf = (text: string) => [...new Set(rules(text))].sort();

describe('a fee paid through a link or a bare address off the platform', () => {
  it.each([
    // en: the sum and the fee's name between the verb and the link; a third party's page named "their".
    'Your parcel is on hold. Kindly pay 85 USD import clearance deposit via this link: https://cargo-release-center.net/r/771 and it goes out today.',
    'The QC fee is 180 USD, please pay on their page checkout.qc-asia-services.com/inv/3312 before we load.',
    // ro, tr, hu, el, ms: the verb and the link word in their own order and endings.
    'Coletul e blocat la vamă. Taxa de 60 EUR se plătește prin linkul acesta: eliberare-colet.net',
    'Kargo gümrükte bekliyor, ödemeyi şu linkten yapın: kargo-serbest.com',
    'A csomag a vámon van, a vámkezelési díjat ezen a linken fizesse be: csomag-kiadas.com',
    'Το δέμα κρατείται στο τελωνείο, πληρώστε τα 40€ σε αυτόν τον σύνδεσμο: dema-release.net',
    'Barang ditahan kastam, sila bayar RM90 melalui pautan ini: lepas-barang.com',
  ])('flags %s as payment', (t) => {
    expect(rulesOf(t)).toContain('offplatform-payment');
  });
  it('quotes the sentence with the page', () => {
    const t =
      'The QC fee is 180 USD, please pay on their page checkout.qc-asia-services.com/inv/3312 before we load.';
    expect(quoteOf(t, 'offplatform-payment')).toContain('checkout.qc-asia-services.com');
  });
  it('flags the balance paid through a link with no fee named (ro, tr, hu)', () => {
    expect(rulesOf('Vă rog plătiți restul prin linkul acesta: plata-sigura.net')).toContain(
      'offplatform-payment',
    );
    expect(rulesOf('Kalan ödemeyi bu linkten yapın lütfen: hizli-tahsilat.com')).toContain(
      'offplatform-payment',
    );
    expect(rulesOf('A maradékot ezen a linken fizesse: gyors-utalas.com')).toContain('offplatform-payment');
  });
  it.each([
    // A customs office's or a national post's own site, a carrier's own page, the platform's own address.
    'Your parcel is held for import VAT; pay it on the customs portal www.customs.gov.my/epay and the post office delivers.',
    'Taxa vamală se plătește pe site-ul Poștei Române: www.posta-romana.ro/plata-vama',
    'DHL collects the duty; you can pay the customs fee via this link https://www.dhl.com/duty-pay',
    'Gümrük vergisini bu linkten ödeyebilirsiniz: www.turkiye.gov.tr',
    'Please pay the balance on Alibaba; our catalogue is on our website www.abc-tools.com',
    'Plătiți comanda pe Alibaba, catalogul nostru este pe site-ul www.mobila-buna.ro',
  ])('leaves %s', (t) => {
    expect(rules(t)).not.toContain('offplatform-payment');
  });
});

describe("a relative's, an agent's or a related company's account", () => {
  it.each([
    'Alibaba checkout does not work for your region, please pay to the bank of my brother in Singapore.',
    'Boleh bank in baki terus ke akaun CIMB wakil kami di Penang.',
    'Virați avansul în contul fratelui meu din Dubai, e mai rapid.',
    'Plătiți 120 EUR reprezentantului nostru și el rezolvă tot.',
    'Kérem, az előleget a szingapúri cégünk számlájára utalja, a platform limitje betelt.',
    'Καταθέστε το υπόλοιπο στον λογαριασμό του αδερφού μου, είναι πιο γρήγορα.',
    'Pakisend po ang bayad sa account ng kapatid ko.',
  ])('flags %s as payment', (t) => {
    expect(rulesOf(t)).toContain('offplatform-payment');
  });
  it.each([
    'My cousin works at the bank of my hometown.',
    'Plătiți comisionul agentului nostru prin Alibaba, e inclus în comandă.',
    'Nu plătiți niciodată în contul agentului nostru, doar pe Alibaba.',
    'Soha ne utaljon a cégünk számlájára, csak az Alibabán fizessen.',
    'Μην καταθέσετε ποτέ στον λογαριασμό του πράκτορά μας, μόνο μέσω Alibaba.',
    'Huwag po kayong magbayad sa account ng ahente namin.',
    'Wakil kami di Penang akan melawat kilang tuan minggu depan.',
  ])('leaves %s', (t) => {
    expect(rules(t)).not.toContain('offplatform-payment');
  });
});

describe('a refund moved off the platform to the buyer’s own bank details', () => {
  it.each([
    'Refunds through AliExpress are very slow. Give me your IBAN and I send the 15 EUR back myself today.',
    'El reembolso por AliExpress tarda semanas; mándeme su IBAN y le devuelvo el dinero directamente.',
    'Η επιστροφή μέσω της πλατφόρμας αργεί, στείλτε μου το IBAN σας να σας επιστρέψω αμέσως τα χρήματα.',
  ])('flags %s as payment', (t) => {
    expect(rulesOf(t)).toContain('offplatform-payment');
  });
  it.each([
    'AliExpress refunds to your original payment method; never send your IBAN to anyone in chat.',
    'The refund goes through Alibaba, you do not need to give your bank details.',
    'Please send your IBAN for the invoice header.',
  ])('leaves %s', (t) => {
    expect(rules(t)).not.toContain('offplatform-payment');
  });
});

describe('a Tagalog call or text asked of the reader, with "po" before the number', () => {
  it.each([
    'Kung may tanong po, text nyo po ako sa 0918 552 3301.',
    'Tawagan mo ako sa 0927 114 8890 para sa discount.',
  ])('flags %s as contact', (t) => {
    expect(rulesOf(t)).toContain('offplatform-contact');
  });
  it.each([
    'The courier will come on Monday between nine and twelve; if you are out, please call him at 0734 118 902.',
    'Curierul ajunge luni. Dacă nu sunteți acasă, sunați-l la 0734 118 902.',
    'Darating po ang rider bukas, tawagan nyo po siya sa 0917 448 2210.',
  ])('leaves the carrier’s number in %s', (t) => {
    expect(rules(t)).not.toContain('offplatform-contact');
  });
});

describe('a meeting room, a shop page and a mailbox as the next place to talk', () => {
  it.each([
    'We can switch to Microsoft Teams or Skype, add ruby.factory',
    'Leave us a 5-star review and send the screenshot to our Facebook page "Luna Lamps" for a 2 USD voucher',
    'Deje 5 estrellas y envíe la captura a nuestra página de Facebook para un cupón',
    'Kirim screenshot ulasan ke IG kami untuk voucher',
    'After paying please send the bank slip to us by e-mail.',
    'Ödedikten sonra makbuzu bana e-postayla gönderin.',
  ])('flags %s as contact', (t) => {
    expect(rulesOf(t)).toContain('offplatform-contact');
  });
  it.each([
    'Our Teams meeting will be held inside the Alibaba video call.',
    'Our QC staff work on teams of two per line.',
    'We rely on teams in three factories for this order.',
    'Feel free to share the photo on your Facebook.',
    'We will send you the invoice by e-mail.',
    'Faturayı size e-postayla göndereceğiz.',
    'Send me the receipt here in the chat, not by e-mail.',
  ])('leaves %s', (t) => {
    expect(rules(t)).not.toContain('offplatform-contact');
  });
});
