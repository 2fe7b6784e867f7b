import { describeRuleCases } from './rule-cases';

/**
 * Round 15, European languages (tests/fixtures/chat/round-15-euro-cases.jsonl, phrasings written for this test
 * after reading Wallapop, Kleinanzeigen, Leboncoin, Subito, Marktplaats, OLX and Allegro scam warnings and
 * supplier bank-fraud notices; each case names the page it was modelled on): the buyer's e-mail asked for
 * outside plain English ("necesito tu email", "quel est ton e-mail", "mi serve la tua email", "wie lautet Ihre
 * E-Mail", "proszę o adres e-mail", "qual é o seu e-mail", "whats your email") is a move, unless the mailbox
 * only carries an invoice; a payment link e-mailed "same as Alibaba" is a payment; the deal finished elsewhere
 * with no service named ("lo cerramos por fuera", "on finalise ailleurs", "buiten de app om regelen", "załatwmy
 * to poza Allegro") is a payment, the talk alone ("seguimos hablando en privado", "verder appen") a
 * move, and "por otro lado" (on the other hand) or work done in another factory nothing; Leboncoin, Wallapop and
 * Marktplaats as places to buy "là-bas / allí / daar", and the seller's own web shop named before "order
 * there"; a comparison with the platform ("más rápido que por la plataforma", "same as Alibaba") and a kind of
 * order ("para pedidos pequeños") anchor nothing; PayPal Friends and Family written out in six languages; an
 * IBAN sent "l'IBAN" in private; the account "of our partner company" with no new-account words.
 */
describeRuleCases(
  'round 15 (European languages): e-mail asks, deals finished elsewhere, other marketplaces, F&F written out',
  'round-15-euro-cases.jsonl',
);
