import { describeRuleCases } from './rule-cases';

/**
 * Round 7 of issue 13 (tests/fixtures/chat/round-7-cases.jsonl, phrasings written for this test, not taken from
 * the seventh real-modelled set): a device that supports or accepts wallets is a product feature while a seller
 * who accepts them is taking the money; warnings whose condition comes after the claim (Turkish, Japanese,
 * Korean) or with words before "anyone" (Arabic); prepaid vouchers, Bizum, "antar teman", the seller's own
 * or other shop, and a payment arranged in the app the talk moved to.
 */
describeRuleCases(
  'round 7: product features, late conditions, vouchers and moved payments',
  'round-7-cases.jsonl',
);
