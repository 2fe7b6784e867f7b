import type { RuleSource } from '../model/finding';
import type { ShippingMethod, TimelineEventType } from '../model/timeline';
import { cite } from '../sources';
import type { BuyerTier, DeadlineKind, Marketplace, PolicyPreset } from './types';

/**
 * Claim windows as data. Sources disagree (the Jing Sourcing TA guide vs 002 vs the current
 * help centre), so every number lives here with its source and a version,
 * and the buyer sees the basis of every date computed from it.
 */

export type RuleOffset =
  | { days: number }
  | { byShippingMethod: Record<ShippingMethod, number> }
  | { byBuyerTier: Record<BuyerTier, number> };

export interface DeadlineRule {
  /** Stable public id (CLI output, calendar UIDs, alarm names). */
  id: string;
  label: string;
  marketplace: Marketplace;
  /** The event the count starts from. */
  anchor: TimelineEventType;
  /** Which occurrence counts if the event happened more than once. */
  occurrence: 'earliest' | 'latest';
  offset: RuleOffset;
  kind: DeadlineKind;
  /** Completes "N days after you …" in the basis sentence. */
  anchorPhrase: string;
  source: RuleSource;
  version: string;
  whatToDo: { open: string; passed: string };
  /**
   * An event that makes the rule moot: receipt confirmed ends the auto-confirm
   * window, shipping on time meets the ship-by date. `beforeDueOnly`: only when
   * it happened by the due date (a late shipment still matters).
   */
  settledBy?: { event: TimelineEventType; beforeDueOnly: boolean; note: string };
}

const SEED_000: RuleSource = cite('taRefundArticle', 'refund and dispute resolution');
const SEED_001: RuleSource = cite('taGuide', '"How to open a dispute"');
const SEED_002: RuleSource = cite('taProtects', '30-day refund eligibility');
const SEED_004: RuleSource = cite('aliexpressProtection', 'step 2 (mediation)');
const HELP_CENTRE: RuleSource = cite('taFaqDispute', 'dispute steps (3-day negotiation, escalation)');

const SEEDS_VERSION = 'seeds-2026-07';
const HELP_CENTRE_VERSION = 'help-centre-2026-07';

const CLAIM_PASSED =
  'The claim window has closed. Write to Alibaba.com Trade Assurance support anyway with your order number and evidence: late claims are rarely accepted, but ask in writing.';

const SEEDS_RULES: readonly DeadlineRule[] = [
  {
    id: 'claim-after-confirmation',
    label: 'Claim deadline after you confirmed receipt',
    marketplace: 'alibaba',
    anchor: 'receipt_confirmed',
    occurrence: 'earliest',
    offset: { days: 30 },
    kind: 'deadline',
    anchorPhrase: 'you confirmed receipt',
    source: {
      ...SEED_001,
      label: `${SEED_001.label}; Alibaba FAQ: "in no case … exceed 30 calendar days after the Date of Confirmed Receipt"`,
    },
    version: SEEDS_VERSION,
    whatToDo: {
      open: 'Inspect the goods now. If anything differs from the order, open a dispute ("Open a dispute" / "Apply for refund" on the order page) with photos, the inspection report and chat records before this date.',
      passed: CLAIM_PASSED,
    },
  },
  {
    id: 'claim-after-delivery',
    label: 'Refund claim deadline after delivery',
    marketplace: 'alibaba',
    anchor: 'delivered',
    occurrence: 'earliest',
    offset: { byBuyerTier: { standard: 30, enterprise: 60 } },
    kind: 'deadline',
    anchorPhrase: 'the goods were delivered',
    source: SEED_002,
    version: SEEDS_VERSION,
    whatToDo: {
      open: 'Check quantity and quality against the order terms now; if they breach them, apply for a refund on the order page with your evidence before this date.',
      passed: CLAIM_PASSED,
    },
  },
  {
    id: 'auto-confirm-claim',
    label: 'Claim deadline before Alibaba confirms receipt for you',
    marketplace: 'alibaba',
    anchor: 'shipped',
    occurrence: 'earliest',
    offset: { byShippingMethod: { express: 15, air: 30, sea: 60, land: 60, post: 60 } },
    kind: 'deadline',
    anchorPhrase:
      'the supplier shipped (counting from shipment is our assumption: the Jing Sourcing TA guide gives the days, not the start)',
    source: SEED_001,
    version: SEEDS_VERSION,
    whatToDo: {
      open: 'Alibaba confirms receipt automatically after this period even if you do not. Inspect the goods as soon as they arrive and open a dispute before this date if they differ from the order.',
      passed: CLAIM_PASSED,
    },
    settledBy: {
      event: 'receipt_confirmed',
      beforeDueOnly: false,
      note: 'You confirmed receipt on {date}: the claim window now counts from your confirmation (claim-after-confirmation).',
    },
  },
  {
    id: 'supplier-response',
    label: 'Supplier must respond to your dispute',
    marketplace: 'alibaba',
    anchor: 'dispute_opened',
    occurrence: 'latest',
    offset: { days: 5 },
    kind: 'deadline',
    anchorPhrase: 'you opened the dispute',
    source: SEED_001,
    version: SEEDS_VERSION,
    whatToDo: {
      open: 'Wait for the supplier’s proposal and keep all talk in the dispute page. If there is no answer by this date, escalate the dispute to the Alibaba dispute team.',
      passed:
        'The supplier’s response time is over: escalate the dispute to the Alibaba dispute team now ("Escalate" on the dispute page) and upload your evidence.',
    },
    settledBy: {
      event: 'supplier_responded',
      beforeDueOnly: true,
      note: 'The supplier responded on {date}.',
    },
  },
  {
    id: 'supplier-fix-after-inspection',
    label: 'Supplier must fix the batch that failed inspection',
    marketplace: 'alibaba',
    anchor: 'inspection_failed',
    occurrence: 'latest',
    offset: { days: 15 },
    kind: 'deadline',
    anchorPhrase: 'the inspection failed',
    source: SEED_000,
    version: SEEDS_VERSION,
    whatToDo: {
      open: 'Send the inspection report to the supplier in the order chat and ask in writing for the fix and a re-inspection date before this date. Do not pay the balance until the batch passes.',
      passed:
        'The supplier’s 15 days are over: open a dispute with the inspection report so Alibaba intervenes; do not pay the balance.',
    },
  },
  {
    id: 'ship-by',
    label: 'Agreed shipment date',
    marketplace: 'alibaba',
    anchor: 'ship_by_agreed',
    occurrence: 'latest',
    offset: { days: 0 },
    kind: 'deadline',
    anchorPhrase: 'the shipment date agreed in the Trade Assurance order',
    source: SEED_001,
    version: SEEDS_VERSION,
    whatToDo: {
      open: 'If the supplier asks for more time, agree only by changing the date in the Trade Assurance order itself (not in chat). If nothing ships by this date, you can open a dispute for late shipment.',
      passed:
        'The agreed shipment date has passed without a shipment on record: open a dispute for late shipment, unless you confirmed a new date in the Trade Assurance order.',
    },
    settledBy: { event: 'shipped', beforeDueOnly: true, note: 'Met: the supplier shipped on {date}.' },
  },
  {
    id: 'on-time-delivery-claim',
    label: 'On-time delivery guarantee claim deadline',
    marketplace: 'alibaba',
    anchor: 'delivery_agreed',
    occurrence: 'latest',
    offset: { days: 30 },
    kind: 'deadline',
    anchorPhrase: 'the delivery date specified in the order',
    source: cite('taProtects', 'On-time Delivery Guarantee'),
    version: SEEDS_VERSION,
    whatToDo: {
      open: 'If the goods arrive after the specified delivery date, claim the late-delivery compensation (platform credit, up to US$100, once per order) on the order page before this date.',
      passed: 'The late-delivery claim window has closed.',
    },
    settledBy: {
      event: 'delivered',
      beforeDueOnly: false,
      note: 'Not needed if delivery on {date} was on time; claim only if it came after the specified delivery date.',
    },
  },
  {
    id: 'aliexpress-mediation-available',
    label: 'You may ask AliExpress to mediate',
    marketplace: 'aliexpress',
    anchor: 'refund_requested',
    occurrence: 'earliest',
    offset: { days: 10 },
    kind: 'available-from',
    anchorPhrase: 'you made the refund request',
    source: SEED_004,
    version: SEEDS_VERSION,
    whatToDo: {
      open: 'Keep negotiating with the seller in the order chat and save every message. If you have not agreed by this date, apply for AliExpress mediation.',
      passed:
        'If you and the seller have not agreed, apply for mediation on the refund page now and upload photos, videos and the chat.',
    },
    settledBy: {
      event: 'mediation_requested',
      beforeDueOnly: false,
      note: 'You asked for mediation on {date}.',
    },
  },
];

/** The current help-centre variant replaces the seeds' 5-day response with three steps. */
const HELP_CENTRE_DISPUTE_RULES: readonly DeadlineRule[] = [
  {
    ...SEEDS_RULES.find((r) => r.id === 'supplier-response')!,
    offset: { days: 3 },
    label: 'Negotiation with the supplier ends (3 days)',
    source: HELP_CENTRE,
    version: HELP_CENTRE_VERSION,
  },
  {
    id: 'escalation-available',
    label: 'You may escalate the dispute to Alibaba (from day 4)',
    marketplace: 'alibaba',
    anchor: 'dispute_opened',
    occurrence: 'latest',
    offset: { days: 4 },
    kind: 'available-from',
    anchorPhrase: 'you opened the dispute',
    source: HELP_CENTRE,
    version: HELP_CENTRE_VERSION,
    whatToDo: {
      open: 'Negotiate on the dispute page until then; from this date you can escalate to Alibaba if you have no agreement.',
      passed: 'No agreement yet? Escalate the dispute to Alibaba now from the dispute page.',
    },
    settledBy: { event: 'escalated', beforeDueOnly: false, note: 'You escalated on {date}.' },
  },
  {
    id: 'escalation-automatic',
    label: 'Alibaba escalates the dispute automatically (day 7)',
    marketplace: 'alibaba',
    anchor: 'dispute_opened',
    occurrence: 'latest',
    offset: { days: 7 },
    kind: 'deadline',
    anchorPhrase: 'you opened the dispute',
    source: HELP_CENTRE,
    version: HELP_CENTRE_VERSION,
    whatToDo: {
      open: 'Upload all evidence to the dispute before this date: Alibaba’s team decides on what is in the dispute when it escalates.',
      passed: 'The dispute is with the Alibaba team: answer its requests for evidence promptly.',
    },
    settledBy: {
      event: 'escalated',
      beforeDueOnly: true,
      note: 'You escalated on {date}, before the automatic escalation.',
    },
  },
];

export const POLICY_PRESETS: Record<PolicyPreset, readonly DeadlineRule[]> = {
  seeds: SEEDS_RULES,
  'help-centre': [...SEEDS_RULES.filter((r) => r.id !== 'supplier-response'), ...HELP_CENTRE_DISPUTE_RULES],
};

export function rulesFor(preset: PolicyPreset, marketplace: Marketplace): DeadlineRule[] {
  return POLICY_PRESETS[preset].filter((rule) => rule.marketplace === marketplace);
}

/** The day count that applies, and a phrase explaining the choice (tier, shipping method, fallback). */
export function offsetDays(
  offset: RuleOffset,
  ctx: { buyerTier: BuyerTier; shippingMethod?: ShippingMethod },
): { days: number; why: string } {
  if ('days' in offset) return { days: offset.days, why: '' };
  if ('byBuyerTier' in offset) {
    const tier = ctx.buyerTier;
    return { days: offset.byBuyerTier[tier], why: tier === 'enterprise' ? ' (Enterprise buyer)' : '' };
  }
  if (ctx.shippingMethod) {
    return { days: offset.byShippingMethod[ctx.shippingMethod], why: ` (shipping by ${ctx.shippingMethod})` };
  }
  // Unknown method: the shortest window is the safe side, the buyer claims early rather than too late.
  return {
    days: offset.byShippingMethod.express,
    why: ' (shipping method unknown: using the shortest window, express, to be safe)',
  };
}
