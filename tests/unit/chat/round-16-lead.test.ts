import { describeRuleCases } from './rule-cases';

/**
 * The lead's round of stop 26 (tests/fixtures/chat/round-16-lead-cases.jsonl, phrasings written for this test after
 * the independent probes R6 and R9 were scored blind): a fee asked to release the buyer's own refund (unlock,
 * release, verification; taxa de desbloqueio, tasa de desbloqueo), a link to pay in the Latin-script languages
 * read ("un lien pour payer", "un enlace para pagar", "Link zum Bezahlen"), a reminder that still asks to add, and a
 * deposit sent to a card in Ukrainian or Russian.
 */
describeRuleCases(
  'round 16 (lead): refund fees, links to pay, reminders and deposits to a card',
  'round-16-lead-cases.jsonl',
);
