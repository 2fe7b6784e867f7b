import { describeRuleCases } from './rule-cases';

/**
 * Round 17, European languages (tests/fixtures/chat/round-17-euro-cases.jsonl, phrasings written for this test after
 * the independent probe R10 was scored blind): the buyer's mailbox asked for as the first step of an invoice with bank
 * details, in es, it, pt, fr, de, nl and pl; an address spelt in words ("(at)", "[dot]", "arroba", "punto", "chez");
 * T.T, W.U and M.G with one dot, approved or with a receiver; a related company's account (consociata, subsidiaria,
 * coligada); and a fee paid through a link before a refund.
 */
describeRuleCases(
  'round 17 (European languages): mailboxes, spelt addresses, abbreviations, related companies, refund fees',
  'round-17-euro-cases.jsonl',
);
