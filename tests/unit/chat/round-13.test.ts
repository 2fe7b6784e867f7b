import { describeRuleCases } from './rule-cases';

/**
 * Round 13 of issue 13 (tests/fixtures/chat/round-13-cases.jsonl, phrasings written for this test, not taken from
 * the thirteenth real-modelled set): impostors told as a warning ("scammers posing as our sales team", "有人假冒我司",
 * "사칭", "mạo danh", "なりすまし", "se hacen pasar por", "от имени нашей компании", "ينتحلون") are a stranger's
 * claim unless a "but" hands the word back; the words that say which methods are accepted after the order page
 * ("でもOKです", "đều được") and the Arabic name of Trade Assurance ("ضمان التجارة") keep the methods on the platform; a
 * wallet brand that names a terminal's make ("PayPal Zettle reader", "Alipay POS"), a "card reader" and a version
 * number in a device's sentence are features; an invoice sent with the supplier's own bank details ("Rechnung mit
 * unseren Bankdaten", "factura con nuestros datos bancarios"), "don't place the order on Alibaba, I make you a PI"
 * and the Polish "bezpośrednio na konto" are requests to pay elsewhere.
 */
describeRuleCases(
  'round 13: impostor warnings, accepted methods, device makes, invoices with our bank, skipping the order',
  'round-13-cases.jsonl',
);
