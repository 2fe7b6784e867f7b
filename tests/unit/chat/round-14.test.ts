import { describeRuleCases } from './rule-cases';

/**
 * Round 14 of issue 13 (tests/fixtures/chat/round-14-cases.jsonl, phrasings written for this test after reading
 * German, Spanish, French, Italian and Polish scam warnings about Kleinanzeigen, Wallapop, Leboncoin, Vinted,
 * Subito, OLX and Allegro; each case names the page it was modelled on): the platform's cut given as the reason
 * ("die Plattform verlangt zu hohe Gebühren", "la plateforme prend 10 %", "la piattaforma trattiene una
 * commissione") with a payment word is a request to pay elsewhere; "al di fuori di Alibaba" is outside; a warning
 * against whoever asks ("cuidado con quien te pida", "méfiez-vous des vendeurs qui demandent", "uwaga na
 * oszustów, którzy proszą", "hat mich gebeten") is a stranger's claim; PayPal first in a list of methods that
 * the next clause pays on the order page is the platform's checkout; "the old way" ("como siempre", "comme
 * d'habitude", "come sempre", "jak zawsze", "wie immer") beside a payment and an account, settling "between us"
 * ("unter uns", "entre nosotros", "entre nous", "tra di noi") with an IBAN, "an Freunde", "nicht über Alibaba,
 * sondern", "pominąć Allegro", "hors commande" and avoiding the platform's fee ("per evitare le commissioni di
 * Alibaba", "aby uniknąć prowizji Alibaby") are requests to pay elsewhere; "nemmeno" negates.
 */
describeRuleCases(
  "round 14: the platform's cut as the reason, warnings against whoever asks, lists paid on the order page",
  'round-14-cases.jsonl',
);
