import { describeRuleCases } from './rule-cases';

/**
 * Round 9 of issue 13 (tests/fixtures/chat/round-9-cases.jsonl, phrasings written for this test, not taken from
 * the ninth real-modelled set): "acc" as suppliers abbreviate an account ("bank acc of our boss", "company acc"),
 * a request to pay elsewhere described and then disowned ("…하라는 연락은 저희가 아닙니다", "isteyen olursa",
 * "ai nhắn bảo chuyển… thì đừng chuyển", "any e-mail asking you to pay…"), the Turkish negative verb
 * "değiştirmiyoruz" (we do not change), a company whose name starts with W.U. or M.G. ("W.U. Logistics is our
 * forwarder"), and a shop elsewhere mentioned while the purchase is kept here ("…but wholesale orders are only
 * here") — with the requests each must not hide.
 */
describeRuleCases(
  'round 9: "acc", disowned requests, company names that start with W.U., shops mentioned but orders kept here',
  'round-9-cases.jsonl',
);
