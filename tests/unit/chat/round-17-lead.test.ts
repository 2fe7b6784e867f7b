import { describeRuleCases } from './rule-cases';

/**
 * The lead's round of stop 27 (tests/fixtures/chat/round-17-lead-cases.jsonl, phrasings written for this test after
 * the independent probe R13 was scored blind): a wearable's notification list read name by name from the list's
 * head ("message reminder for WhatsApp / WeChat / Telegram"), and a wearable's spec sheet (a screen in inches, an IP
 * rating, heart rate) as a listing — while an id or "contact me" in the same message still moves the talk; and the
 * buyer's own report of an earlier request ("another seller asked me to…", "someone … wrote to me asking…", "мне
 * продавец писал…") as a warning, not a request.
 */
describeRuleCases(
  "round 17 (lead): notification lists on wearables, buyers' reports",
  'round-17-lead-cases.jsonl',
);
