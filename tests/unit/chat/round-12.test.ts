import { describeRuleCases } from './rule-cases';

/**
 * Round 12 of issue 13 (tests/fixtures/chat/round-12-cases.jsonl, phrasings written for this test, not taken from
 * the twelfth real-modelled set): Dutch, Ukrainian, Hinglish and Thai requests to pay or talk elsewhere are read
 * ("rechtstreeks op mijn rekening", "на картку нашого директора", "seedha mere account me", "โอนเข้าบัญชีส่วนตัว",
 * "แอดไลน์มา") and their refusals are not ("nooit buiten de bestelling", "нам нічого не переказуйте", "order ke bahar
 * paisa nahi lete", "ไม่ต้องโอนให้ทางร้าน"); the order link anchors a payment in Korean, Japanese and Arabic, and a
 * short clause that only says which methods are accepted ("카드, 페이팔 다 가능해요", "信用卡、PayPal都行", "both are
 * fine") speaks of it, unless it names an account of its own; other sellers' requests told as a warning ("many
 * sellers tell buyers to wire…", "certains vendeurs demandent…", "有些卖家会要求…") and a German report in the
 * subjunctive are not requests, unless a "but" hands the word back; spaced abbreviations with a payee ("por W U no
 * nome do", "via M G op naam van") and the formal "mi aggiunga" are.
 */
describeRuleCases(
  'round 12: four new languages, the order link and accepted methods, warnings about other sellers',
  'round-12-cases.jsonl',
);
