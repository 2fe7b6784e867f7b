import { describeRuleCases } from './rule-cases';

/**
 * Round 10 of issue 13 (tests/fixtures/chat/round-10-cases.jsonl, phrasings written for this test, not taken from
 * the tenth real-modelled set): "微信转我" / "微信转给我" / "微信转过来" after a sum of money has been named is money
 * sent on WeChat to the seller (a payment outside the order), not an invitation to chat; "微信转给我个人" is that
 * wherever the money was named. Forwarding a drawing, a video or a photo on WeChat ("微信转给我看看", "微信转发")
 * stays a move to WeChat, and a product or a refusal that names WeChat transfers raises nothing.
 */
describeRuleCases(
  'round 10: a WeChat transfer of money is a payment, forwarding on WeChat is still a move to WeChat',
  'round-10-cases.jsonl',
);
