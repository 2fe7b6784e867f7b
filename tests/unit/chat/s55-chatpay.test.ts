import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 55 (chatpay): the payment side after a problem. A refund the seller wires itself to the buyer's own bank details,
 * for a closed dispute or because the platform's refund is said to fail; the seller's platform account said to be
 * restricted before "pay our sister company"; an inspector's, an official's or our shipping agent's account; and the
 * benign look-alikes (a refund back to the same payment method, a forwarder's pickup while the payment stays in the
 * order, a fee the seller says it paid, a staff member checking the account before shipping, tax paid at the post
 * office). Cases written for this stop.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = ['offplatform-payment', 'bank-details-change', 'payment-details'];
const paid = (text: string) => rules(text).some((r) => PAY.includes(r));

describe('a refund wired by the seller to the buyer’s bank details', () => {
  it.each([
    'The dispute is hurting our score. If you close it I will transfer the money to your bank account, just send me your IBAN.',
    'Dat geschil kost ons punten. Als u het intrekt, maak ik het bedrag direct over, stuur mij uw rekeningnummer.',
    'Als je het geschil sluit storten we het geld terug, geef even je IBAN door.',
    'Ha visszavonja a panaszt, elutalom az összeget, kérem írja meg a számlaszámát.',
    'Si retira la reclamación le transfiero el importe hoy, mándeme su número de cuenta.',
    'Se cancelar a disputa eu transfiro o valor, me passa sua chave pix.',
    'Wenn Sie die Reklamation zurückziehen, überweise ich Ihnen den Betrag, bitte schicken Sie Ihre IBAN.',
    'Jeśli anulujesz spór, przeleję pieniądze jeszcze dziś, podaj numer konta.',
    'İadeyi AliExpress üzerinden yapamıyoruz, sistem hata veriyor. IBAN numaranızı yazın, parayı havale ile göndereyim.',
    'We cannot refund through AliExpress right now. Give me your bank account and I will wire the amount.',
  ])('flags %s', (text) => {
    expect(paid(text)).toBe(true);
  });
  it.each([
    'If you close the dispute we will send a replacement for free.',
    'If you open a dispute, AliExpress refunds you to your original payment method, no bank details needed.',
    'Als je het geschil sluit, sturen we een nieuw exemplaar.',
    'Kérem ne zárja le a vitát, az AliExpress visszatéríti az összeget.',
  ])('stays clear of %s', (text) => {
    expect(paid(text)).toBe(false);
  });
});

describe('a refund back to the same payment method is the platform’s', () => {
  it.each([
    'If you cancel the order yourself, the money comes back to the same payment method you used (PayPal or card).',
    'Si anula el pedido, el dinero vuelve al mismo método de pago (PayPal o tarjeta).',
    'Se cancelar, o valor volta para o mesmo método de pagamento (PayPal ou cartão).',
    'En cas d’annulation, le remboursement revient sur le même moyen de paiement (PayPal ou carte).',
  ])('stays clear of %s', (text) => {
    expect(paid(text)).toBe(false);
  });
  it('still flags PayPal asked to an e-mail', () => {
    expect(paid('Please pay by PayPal to my email, it is quicker.')).toBe(true);
  });
});

describe('the platform account restricted, then another payee', () => {
  it.each([
    'Notre compte Alibaba est restreint pour le moment, merci de régler le solde à notre société sœur.',
    'Nuestra cuenta de Alibaba está limitada, por favor pague el saldo a nuestra empresa hermana.',
    'Akun Alibaba kami sedang dibatasi, pelunasan ke PT saudara kami saja.',
    'Nossa conta no Alibaba está restrita, pague o restante para nossa empresa irmã.',
  ])('flags %s', (text) => {
    expect(paid(text)).toBe(true);
  });
  it.each(['Notre société sœur fabrique les moules.', 'Nuestra empresa hermana hace los moldes.'])(
    'stays clear of %s',
    (text) => {
      expect(paid(text)).toBe(false);
    },
  );
});

describe('an inspector, an official or our shipping agent as payee', () => {
  it.each([
    'The inspection charge goes straight to the inspector’s personal account, then he signs the report.',
    'Die Inspektionsgebühr geht direkt auf das Privatkonto des Inspektors.',
    'ค่าธรรมเนียมต้องโอนเข้าบัญชีเจ้าหน้าที่ก่อน แล้วจะปล่อยตู้',
    'ช่วงสงกรานต์บัญชีบริษัทใช้ไม่ได้ โอนยอดที่เหลือเข้าบัญชีชิปปิ้งของเราได้เลยค่ะ',
  ])('flags %s', (text) => {
    expect(paid(text)).toBe(true);
  });
  it.each([
    'The SGS inspector visits on Tuesday; the inspection fee is paid through the Alibaba order.',
    'เจ้าหน้าที่จะตรวจสอบบัญชีก่อนส่งของค่ะ',
  ])('stays clear of %s', (text) => {
    expect(paid(text)).toBe(false);
  });
});

describe('the payment kept in the order, a fee the seller paid', () => {
  it.each([
    'Our freight agent collects the cartons on Thursday; the payment stays in the Alibaba order.',
    'Nuestro agente de carga pasa el jueves; el pago sigue en el pedido de Alibaba.',
    'O nosso agente de carga recolhe na quinta; o pagamento continua no pedido do Alibaba.',
    'وكيل الشحن لدينا يستلم الكراتين يوم الخميس، والدفع يبقى في طلب علي بابا.',
    'Our forwarder’s account shows the trucking fee was already paid by us; loading is on Friday.',
    'El flete fue pagado por nosotros a la cuenta de nuestro agente; sale el viernes.',
    'O imposto foi R$ 60 e você paga direto nos Correios pelo aplicativo, nós não temos acesso.',
  ])('stays clear of %s', (text) => {
    expect(paid(text)).toBe(false);
  });
  it.each([
    'Our freight agent collects the cartons on Thursday; please pay the balance to our agent’s account.',
    'Nuestro agente de carga recoge el jueves; pague el flete a la cuenta de nuestro agente.',
  ])('flags %s', (text) => {
    expect(paid(text)).toBe(true);
  });
});

describe('a staff member checking the account (ko)', () => {
  it.each([
    '결제 완료되면 담당 직원이 계좌 확인 후 발송해 드립니다.',
    '알리바바 주문으로 결제하시면 담당 직원 계좌 확인 후 바로 보내 드려요.',
  ])('stays clear of %s', (text) => {
    expect(paid(text)).toBe(false);
  });
  it.each(['잔금은 담당 직원 계좌로 송금해 주세요.', '직원 개인 통장으로 이체해 주시면 됩니다.'])(
    'flags %s',
    (text) => {
      expect(paid(text)).toBe(true);
    },
  );
});
