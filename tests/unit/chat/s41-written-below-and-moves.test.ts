import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 41 (chat A): the account "below" with a currency or in another language, "directly" in Hebrew and in Hindi/Urdu
 * with the verb last, the buyer sent over to the seller's own site, the talk switched to e-mail, a colleague's own
 * number, SMS and imo; and, not flagged, "directly" said of the order itself or of an inspection company's fee. Our
 * own wording throughout.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}

describe('a payment to the account written below, or directly to the seller', () => {
  it.each([
    'please wire the deposit to our EUR account below, the beneficiary is our director',
    'kindly send the remaining 60% to the dollar account below',
    'Per favore pagate il saldo sul seguente conto, grazie.',
    'Potete fare il bonifico sul conto qui sotto, poi sistemiamo noi l’ordine.',
    'Bitte überweisen Sie die Anzahlung auf das folgende Konto.',
    'Merci de faire le virement sur le compte ci-dessous.',
    'Por favor transfiera el anticipo a la cuenta de abajo.',
    'Pode pagar o saldo na conta abaixo.',
    'Bakiyeyi aşağıdaki hesaba yatırın lütfen.',
    'תשלמו את היתרה ישירות לחשבון שלנו, זה יותר מהיר',
    'אפשר להעביר את התשלום לחשבון העסקי שלנו',
    'advance sidha hamare HBL wale khate me jama karwa dein',
    'paisa direct UBL bank ke company account pe transfer kar do',
    'For the wholesale price please go over to our own website, payment by bank transfer.',
    'Gehen Sie auf unsere Webseite, dort ist es billiger, Zahlung per Überweisung.',
    'Passi sul nostro sito, il bonifico costa meno.',
    'pay the balance to us directly, not in the order, 3% discount',
    'pay the deposit not in the order directly but to our account',
    'please pay the deposit to us directly, the SGS inspection comes later',
  ])('%s → offplatform-payment', (text) => {
    expect(rules(text)).toContain('offplatform-payment');
  });

  it.each([
    'We will refund you to your account below.',
    'Il rimborso sarà fatto sul suo conto qui sotto.',
    'The price list is below, please place the order on Alibaba.',
    'החשבון שלנו באליבאבא מאומת',
    'refund seedha aapke bank ke account mein bhej denge',
    'payment Alibaba ke order mein hi karein, seedha account mein mat bhejein',
    'Visit our website to see the catalogue and certificates.',
    'Feel free to visit our website. Payment terms: 30% deposit in the Alibaba order.',
    'we lowered the price to 2.1 usd in the Alibaba order, so you can pay the balance in the order directly',
    'Bajamos el precio, puede pagar el anticipo en el pedido directamente.',
    'Je modifie le prix, vous pouvez payer l’acompte sur la commande directement.',
    'Zahlen Sie die Anzahlung direkt in der Bestellung.',
    'Intertek can inspect next Monday; you may pay the inspection company directly, about 300 USD.',
    'La inspección de Bureau Veritas cuesta 280 USD, puede pagar directamente a Bureau Veritas.',
  ])('%s → no payment finding', (text) => {
    expect(rules(text)).not.toContain('offplatform-payment');
  });
});

describe('the talk moved to e-mail, to a colleague’s own number, to SMS or imo', () => {
  it.each([
    'can we switch to email? the chat here is slow',
    "let's move our conversation over to gmail",
    'Wechseln wir doch zu E-Mail, das ist einfacher.',
    'Könnten wir bitte auf Mail umsteigen?',
    'iletişimi mail üzerinden devam edelim',
    'bundan sonra maile geçelim',
    'yazışmaları kişisel mailimden yapalım',
    'Γράψτε μου ένα μέιλ με τις τιμές',
    'Passons à l’e-mail, c’est plus simple.',
    'Pasemos al correo, por favor.',
    'Vamos mudar para o e-mail?',
    'Please keep our correspondence on our company mail from now on',
    'je vous donnerai nos coordonnées bancaires par mail',
    "I'll give you the bank details by e-mail.",
    'My colleague Tom takes over next month; he will message you from his personal phone, please answer him there.',
    'Our new rep will contact you from her new mobile.',
    'Nuestra nueva vendedora le escribirá desde su propio número.',
    'Notre nouvelle commerciale vous contactera depuis son propre numéro.',
    'Unsere neue Kollegin meldet sich von ihrer eigenen Nummer.',
    'I will send you the agent number by SMS.',
    "I'll text you my number.",
    'nitakutumia namba kwa SMS',
    'add me in imo please',
    'imo pe call karo, wahan rate kam milega',
  ])('%s → offplatform-contact', (text) => {
    expect(rules(text)).toContain('offplatform-contact');
  });

  it.each([
    'We switched to e-mail invoices last year, you will get them from Alibaba.',
    'Can we switch to sea freight instead of air?',
    'Fatura mailimizden gönderilecek, sipariş burada devam ediyor.',
    'Nous passons à la facturation électronique.',
    'Je vous donne la fiche technique par e-mail.',
    'The DHL driver will call you from his own phone before delivery.',
    'She will reply to you here on Alibaba, her number is not needed.',
    'DHL will send you the tracking by SMS.',
    'Alibaba sends you a verification code by SMS.',
    'IMO, the blue one is better for you.',
    'The vessel IMO number is 9321483.',
  ])('%s → no contact finding', (text) => {
    expect(rules(text)).not.toContain('offplatform-contact');
  });
});
