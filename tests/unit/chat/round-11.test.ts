import { describeRuleCases } from './rule-cases';

/**
 * Round 11 of issue 13 (tests/fixtures/chat/round-11-cases.jsonl, phrasings written for this test, not taken from
 * the eleventh real-modelled set): a shop on another marketplace mentioned while the purchase is asked for here
 * ("please order here on Alibaba", "bitte hier über Alibaba bestellen", "заказывайте, пожалуйста, здесь") is not a
 * move, unless a "not" refuses it ("don't order here", "ne commandez pas ici"); the buyer's own forwarder or agent
 * paid directly for their own service ("your forwarder", "su agente de carga", "вашего карго", "an agent's fee to
 * the forwarder") is not a payment to the seller, the seller's own forwarder still is; a phone printed on a
 * shipping mark or label is not an invitation; Portuguese "no Alibaba" is "on Alibaba"; "se ricevete un messaggio"
 * opens a warning; buying on the seller's own site for a saving is a payment and a move in every Latin-script
 * language, thanks for a purchase in "our store" or the seller's Alibaba shop is not.
 */
describeRuleCases(
  'round 11: purchases asked for here, the buyer’s own forwarder, label phones, and the seller’s own shop',
  'round-11-cases.jsonl',
);
