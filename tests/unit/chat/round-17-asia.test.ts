import { describeRuleCases } from './rule-cases';

/**
 * Round 17, Asia and device features (tests/fixtures/chat/round-17-asia-cases.jsonl, phrasings written for this test
 * after the independent probe R11 was scored blind): products that show chat apps' notifications or take wallets'
 * QR payments (a band, a watch, a till, a QR stand) are descriptions; a refusal that points to the order page is
 * not a request; payments asked beside a move (a "safe payment" link, DANA, card-to-card, Bit, an account of the boss
 * or the seller); channels in Persian and Hebrew letters, DingTalk, meeting rooms, an Instagram DM, an e-mail asked
 * for; and a Hindi sentence ended by its danda.
 */
describeRuleCases(
  'round 17 (Asia): features, payments beside a move, and more channels',
  'round-17-asia-cases.jsonl',
);
