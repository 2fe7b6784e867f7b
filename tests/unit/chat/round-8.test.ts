import { describeRuleCases } from './rule-cases';

/**
 * Round 8 of issue 13 (tests/fixtures/chat/round-8-cases.jsonl, phrasings written for this test, not taken from
 * the eighth real-modelled set): a contrast marker beside the platform, the order or the app ("rather than
 * paying through the platform", "statt über die Bestellung", "アプリではなく", "别走订单"), a person named as the
 * payee ("an unseren Buchhalter", "na nazwisko naszego księgowego"), Western Union and MoneyGram abbreviated with
 * a dot or a space, a shop on another marketplace with "buy it there", and — not flagged — contrasts about the
 * product, managers who confirm a price, and devices that show chat-app or wallet notifications.
 */
describeRuleCases(
  'round 8: contrast markers, payees, abbreviations, other marketplaces and device notifications',
  'round-8-cases.jsonl',
);
