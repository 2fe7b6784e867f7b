import { describe, expect, it } from 'vitest';
import { rules } from './chat-lines';

/**
 * Spanish and Portuguese share "mande" and "manda", but only in Spanish is "no" a refusal; in Portuguese it is "in
 * the" ("mande no Pix"). A Spanish warning against paying elsewhere was read as a Portuguese request.
 */
describe('"no" before a shared verb', () => {
  it.each([
    'No mande a otra cuenta.',
    'Por favor no pague fuera de Alibaba, no mande el dinero a otra cuenta.',
    'Dentro del pedido de Alibaba elija T/T y use la cuenta que le muestra el sistema. No mande a ninguna otra cuenta.',
  ])('a Spanish refusal stays quiet: %s', (text) => expect(rules(text)).not.toContain('offplatform-payment'));
  it.each([
    'Mande el anticipo a otra cuenta, no la de Alibaba.',
    'Mande no PayPal amigos e família.',
    'Oi, mande o sinal no Pix da minha esposa, obrigado.',
  ])('a request stays flagged: %s', (text) => expect(rules(text)).toContain('offplatform-payment'));
});
