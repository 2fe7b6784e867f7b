import type { Msg } from '../i18n/msg';
import type { RuleSource } from '../model/finding';
import type { Money } from '../model/money';
import type { EvidenceKind } from '../vault/schema/rows';
import type { DisputeProblem } from './answers';

/**
 * A dispute draft: what to write in each field of the platform's dispute
 * form, in the form's order, and why. Every sentence that states a rule
 * carries its source; every quote is the order's own text.
 */

/** A sentence stating a rule, with the public document it rests on. */
export interface RuleSentence {
  text: string;
  source: RuleSource;
  /** The same sentence as a message, for the buyer's language (`text` is its English). */
  textMsg?: Msg;
}

/** The order's own words: a spec line, the ship-by date, the inspection clause. */
export interface OrderQuote {
  /** Where in the order it is written ("Remarks", "Product line 1 options", "Shipment details"). */
  where: string;
  text: string;
}

export type ProtectionId =
  | 'on-time-shipment'
  | 'product-quality'
  | 'on-time-delivery'
  | 'payment-protection'
  | 'aliexpress-buyer-protection';

/** 'claim': it applies, claim it; 'not-yet': it will once a date passes; 'weak': it applies but the order's words are vague. */
export type ProtectionStatus = 'claim' | 'not-yet' | 'weak';

export interface ProtectionClaim {
  id: ProtectionId;
  name: string;
  status: ProtectionStatus;
  problems: DisputeProblem[];
  /** What the supplier failed to do, in factual sentences (no rule in them). */
  facts: string[];
  /** `name` and `facts` as messages, for the buyer's language. */
  nameMsg?: Msg;
  factMsgs?: Msg[];
  quotes: OrderQuote[];
  rules: RuleSentence[];
  /** Why the claim is weaker than it looks (vague wording), each with its source. */
  cautions: RuleSentence[];
}

/** Something that does not apply, said plainly with the rule and its source. */
export interface Refusal {
  what: string;
  whatMsg?: Msg;
  rule: RuleSentence;
  quote?: OrderQuote;
}

export interface AmountLine {
  label: string;
  amount: Money | null;
  /** How the figure was reached ("2,700 × US$18.00", "as the order states"). */
  basis: string;
  source?: RuleSource;
  /** False when this line caps the amount but could not be compared (another currency, no rate). */
  counted: boolean;
  labelMsg?: Msg;
  basisMsg?: Msg;
}

export interface DraftAmount {
  /** What to ask for, in the order's currency; null when a figure it needs is unknown. */
  requested: Money | null;
  lines: AmountLine[];
  /** "Amount to ask for = the smallest of … = US$14,580.00", or what is missing. */
  conclusion: string;
  /** A platform credit claimable on top (On-time Delivery Guarantee). */
  extra: RuleSentence | null;
  warnings: string[];
  conclusionMsg?: Msg;
  warningMsgs?: Msg[];
}

export interface EvidenceEntry {
  itemId: string;
  kind: EvidenceKind;
  kindLabel: string;
  fileName: string;
  capturedAt: string;
  sha256: string;
}

export type EvidenceNeed = 'needed' | 'helps' | 'not-needed';

export interface EvidenceKindStatus {
  kind: Exclude<EvidenceKind, 'other'>;
  label: string;
  need: EvidenceNeed;
  count: number;
  /** Why this document matters for these problems. */
  why: RuleSentence;
  /** When missing: how to get it, and by when. */
  toGet: string | null;
  toGetMsg?: Msg;
}

export interface DraftDeadline {
  /** The binding claim window, or null when none is dated yet. */
  label: string | null;
  dueAt: string | null;
  basis: string;
  /** What to do now and what happens if it passes. */
  now: string;
  ifMissed: string;
  /** The basis's source (the deadline rule or the order page). */
  source: RuleSource | null;
  /** The source of the rule `ifMissed` states, when it states one. */
  ifMissedSource: RuleSource | null;
  status: 'open' | 'passed' | 'pending';
  /** Other dates that matter for this dispute (mediation from…, supplier's response…). */
  others: { label: string; dueAt: string; whatToDo: string; labelMsg?: Msg; whatToDoMsg?: Msg }[];
  /** AliExpress: the day mediation may be asked for (refund request + 10 days), once a refund was requested. */
  mediationFrom: string | null;
  /** label, basis, now and ifMissed as messages, for the buyer's language. */
  labelMsg?: Msg;
  basisMsg?: Msg;
  nowMsg?: Msg;
  ifMissedMsg?: Msg;
}

/** One field of the platform's form, with the exact text to paste. */
export interface DraftField {
  id: 'claim' | 'amount' | 'statement' | 'evidence' | 'mediation';
  /** The form's own name for it. */
  label: string;
  text: string;
  /** Shown beside it: where the field is, what to choose in a list. */
  hint: string;
  hintMsg?: Msg;
  /** The text's paragraphs as messages, for the buyer to read in their language (null: the buyer's own words). */
  textMsgs?: (Msg | null)[];
}

export interface DisputeDraft {
  marketplace: 'alibaba' | 'aliexpress';
  orderId: string | null;
  platform: { name: string; where: string; steps: RuleSentence[] };
  problems: DisputeProblem[];
  claims: ProtectionClaim[];
  refusals: Refusal[];
  amount: DraftAmount;
  statement: { paragraphs: string[]; edited: boolean; paragraphMsgs?: (Msg | null)[] };
  evidence: { items: EvidenceEntry[]; kinds: EvidenceKindStatus[]; other: number };
  deadline: DraftDeadline;
  fields: DraftField[];
  /** Things the buyer must fix before the draft is complete ("no problem chosen", "amount paid unknown"). */
  gaps: string[];
  gapMsgs?: Msg[];
  generatedAt: string;
}
