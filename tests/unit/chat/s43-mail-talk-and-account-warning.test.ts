import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 43 (chat A): the talk carried on in a mailbox in long B2B messages ("your company e-mail", "the further
 * negotiation we do by e-mail", Hebrew "נמשיך … במייל"), and, not flagged, a warning that an account which may ever
 * arrive by e-mail must not be paid — read as a warning only when the same sentence says not to pay it.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}
const PAY = 'offplatform-payment';
const CONTACT = 'offplatform-contact';

describe('the talk moved to a mailbox', () => {
  it.each([
    'Thank you for the inquiry. For a framework agreement we need a signed contract, kindly share your business email and our director will write to you.',
    'Production takes 30 days. The rest of the negotiation about price and terms we will handle via email with our export manager.',
    'Our further communication about the samples we can keep over e-mail, it is easier for my boss.',
    'שלום רון, את המחירון לסיטונאים אני שולח רק באימייל. תשלח לי את כתובת האימייל שלך בבקשה.',
    'היי מיכל, בואי נמשיך את השיחה על ההזמנה במייל, זה יותר נוח לי.',
  ])('%s → contact', (text) => {
    expect(rules(text)).toContain(CONTACT);
  });

  it.each([
    'The commercial invoice will be e-mailed to you by Alibaba once the order ships, payment stays in the order.',
    'שלום, החשבונית תישלח אליך מהמערכת של עליבאבא, התשלום נשאר בהזמנה.',
    'תודה, קיבלנו את ההזמנה, נמשיך לדבר כאן בצ׳אט.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).not.toContain(CONTACT);
  });
});

describe('an account that may arrive by e-mail, with "do not pay it"', () => {
  it.each([
    'Olá Sra. Costa, a fatura que mandei é só para a contabilidade. Pague apenas no pedido do Alibaba. Se alguma vez receber uma nova conta por e-mail, não pague e fale comigo aqui.',
    'Hola Sr. Ruiz, el pago va solo por el pedido de Alibaba. Si algún día le llega otra cuenta por correo, no pague y escríbame aquí.',
    'All payments stay in the Trade Assurance order. If you ever get a different bank account by e-mail, do not pay it and ask me here.',
    'Le paiement se fait uniquement dans la commande Alibaba. Si un jour vous recevez un nouveau compte par mail, ne payez pas et écrivez-moi ici.',
  ])('%s → not flagged', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    'Você vai receber uma nova conta por e-mail, pague nela.',
    'Se receber a nova conta por e-mail, não pague na antiga, pague na nova.',
    'If you get our new account by e-mail, do not pay the old one any more.',
  ])('%s → payment', (text) => {
    expect(rules(text)).toContain(PAY);
  });
});
