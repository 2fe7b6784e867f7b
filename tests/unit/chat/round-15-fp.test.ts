import { describeRuleCases } from './rule-cases';

/**
 * Round 15, false alarms (tests/fixtures/chat/round-15-fp-cases.jsonl, phrasings written for this test after
 * reading terminal makers' feature pages, Brazilian card-machine reviews, RFID-wallet shops, Chinese payment-code
 * stand listings, marketplace scam warnings and Mercado Pago's buyer-protection pages; each case names the page
 * it was modelled on): a listing of payment hardware or an accessory (a terminal, a card machine, a QR stand, an
 * RFID card holder) that names the wallets it takes, holds or prints is a product, not a payee, unless the
 * sentence takes the money or asks; impostors named by the name they borrow ("scammers use our factory name",
 * "pessoas usam o nome da nossa loja") and "anyone asking you to…" / "凡是要求你…的" are a stranger's claim;
 * "никаких / жодних переводов" refuse; Mercado Pago named as the only way to pay, or beside its escrow, is the
 * platform's checkout — sent to an alias, by a link or "por fora" it is still a request.
 */
describeRuleCases(
  'round 15: payment products, sellers’ own warnings, a platform’s own payment service',
  'round-15-fp-cases.jsonl',
);
