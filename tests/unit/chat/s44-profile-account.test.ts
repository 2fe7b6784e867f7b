import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';

/**
 * Stop 44: a "new account" the buyer is told to find or follow ("suivez-nous sur notre nouveau compte", "síganos en
 * nuestra nueva cuenta") is the shop's profile, not a changed bank account — unless the message speaks of paying or
 * of a bank.
 */
function rules(text: string): string[] {
  return [...new Set(scanMessage({ from: 'supplier', text }).map((f) => f.rule))];
}

describe('a new profile to follow', () => {
  it.each([
    'Notre ancienne boutique ferme, suivez-nous sur notre nouveau compte pour les nouveautés.',
    'Cerramos esta tienda, síganos en nuestra nueva cuenta para ver los modelos.',
    'Esta loja vai fechar, siga nossa nova conta para ver as novidades.',
  ])('%s → no bank change, no payment', (text) => {
    const found = rules(text);
    expect(found).not.toContain('bank-details-change');
    expect(found).not.toContain('offplatform-payment');
  });

  it.each([
    'Retrouvez-nous sur notre nouveau compte et faites le virement sur le RIB joint.',
    'Notre nouveau compte bancaire est au Crédit Agricole, merci de régler dessus.',
    'Síganos en nuestra nueva cuenta y pague allí por transferencia.',
  ])('%s → bank change', (text) => {
    expect(rules(text)).toContain('bank-details-change');
  });
});
