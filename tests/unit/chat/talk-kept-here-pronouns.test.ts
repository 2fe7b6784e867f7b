import { describe, expect, it } from 'vitest';
import { runScanChat } from '../../../lib/cli/scan-chat';

/** "qui" and "tu" are "here" in Italian and Polish, but "who" and "you" in French and Spanish. */
function rules(text: string): string[] {
  return runScanChat(JSON.stringify([{ from: 'supplier', text }])).messages.flatMap((m) =>
    m.findings.map((f) => f.rule),
  );
}

describe('a pronoun is not the "here" that keeps the talk in this chat', () => {
  it.each([
    'Escríbeme tu consulta en el chat en vivo de nuestra web www.lilyhome.com',
    'Écrivez à ceux qui répondent sur le chat en direct de notre site www.lilyhome.com',
    'Escribe tu consulta en el chat en vivo de nuestra web www.casalux.es',
    'Posez votre question à ceux qui répondent sur le chat en direct de notre site www.maison.fr',
  ])('flags the move to the own site: %s', (text) => expect(rules(text)).toContain('offplatform-contact'));
  it.each([
    'Abbiamo un sito www.casalux.it ma scrivimi qui, per favore.',
    'Mamy stronę www.domek.pl, ale piszcie tu.',
    'We have a site www.lily.com but please talk with me here',
  ])('keeps a "here" that ends the clause: %s', (text) =>
    expect(rules(text)).not.toContain('offplatform-contact'),
  );
});
