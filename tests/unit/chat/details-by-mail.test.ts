import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 33: details sent by e-mail. Unnamed details, data or information sent to the buyer's mailbox ("te mando los
 * datos por correo", "je vous envoie les détails par mail", "schicke ich Ihnen per Mail") are the talk going on there:
 * a move off the platform, beside whatever payment the message asks. A named document (an invoice, the drawings, a
 * catalogue, the bank details) is still only carried by the mail, and mail the platform or a carrier sends is not
 * the seller's at all.
 */
const scan = (text: string) => scanMessage({ from: 'supplier', text });
const rulesOf = (text: string) => scan(text).map((f) => f.rule);

describe('details sent by e-mail move the talk', () => {
  for (const text of [
    'Haga la transferencia del 40% a nuestra empresa asociada, después le paso los datos por correo.',
    'Te mando por e-mail os detalhes do pagamento, combinado?',
    'Je vous envoie les détails par mail ce soir.',
    'Die restlichen Details schicke ich Ihnen per Mail.',
    'Ti mando i dettagli per mail domani.',
    'I will send you the details via email tonight.',
    'Alle weiteren Infos gerne per E-Mail.',
  ]) {
    it(`flags contact: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-contact'));
  }
  it('keeps the payment beside the move', () => {
    const rules = rulesOf(
      'El límite de la tienda está lleno, deposite el 50% en la cuenta de nuestra empresa en Hong Kong, le paso los datos por correo.',
    );
    expect(rules).toContain('offplatform-payment');
    expect(rules).toContain('offplatform-contact');
  });
});

describe('a named document by e-mail, or mail from the platform or the carrier', () => {
  for (const text of [
    'Te mando o catálogo por e-mail, os arquivos são grandes.',
    'Ich schicke Ihnen die Rechnung per Mail.',
    'The drawings are 40 MB, I e-mail you the PDF files, the order stays here.',
    'Alibaba will send you a confirmation by email once the order is paid.',
    'DHL will send you the tracking by email.',
    'Vous recevrez la confirmation par e-mail d’Alibaba.',
  ]) {
    it(`does not flag contact: ${text}`, () => expect(rulesOf(text)).not.toContain('offplatform-contact'));
  }
  // Red team: a document named does not excuse an invitation to write there.
  for (const text of [
    'Te mando el catálogo por correo, escríbame allí para el precio.',
    'I e-mail you the invoice, reply to me there and we continue by e-mail.',
  ]) {
    it(`still flags contact: ${text}`, () => expect(rulesOf(text)).toContain('offplatform-contact'));
  }
});
