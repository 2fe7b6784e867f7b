import { describeRuleCases } from './rule-cases';

/**
 * Round 19 (tests/fixtures/chat/round-19-r18-cases.jsonl, phrasings written for this test after the independent probe
 * R18's tuned third was scored): buyers' reports where the writer is the one asked to pay; impostor warnings whose
 * sentence goes on past a comma, in fr, it and pl too; duties paid to the carrier itself, directly or on its own portal;
 * video calls named in a product listing; a live-selling account with a DM there; a number shown in a picture; a purpose
 * with a "not" before a personal account; Hinglish rails into "humare … account mein"; a fee paid by a link sent over
 * another app; a private mailbox; a colleague who will reach the buyer directly; the buyer asked which app to use; and a safety notice told by its shape (a warning word, payment only on the
 * platform, nothing to pay or write to, no "but") whatever its words about the impostors.
 */
describeRuleCases(
  'round 19 (probe R18): reports, impostors, carriers, listings, arranged moves, links sent elsewhere',
  'round-19-r18-cases.jsonl',
);
