import type { MessageKey } from '../i18n/keys';
import type { MsgParam } from '../i18n/msg';
import { english } from '../i18n/translate';
import type { RuleSource } from '../model/finding';
import type { ShippingMethod, TimelineEventType } from '../model/timeline';
import { cite } from '../sources';
import { SHIPPING_BY_KEY } from './text';
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
  /** The rule's words in every language (locales/*.json, deadlines.rule.*); the English strings here are read from them. */
  keys: RuleKeys;
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
  settledBy?: { event: TimelineEventType; beforeDueOnly: boolean };
}

export interface RuleKeys {
  label: MessageKey;
  anchor: MessageKey;
  /** The anchor as a sentence start, for a rule counted from the day itself (0 days). */
  anchorTitle?: MessageKey;
  open: MessageKey;
  passed: MessageKey;
  /** "Met: the supplier shipped on {date}." */
  settled?: MessageKey;
  /** "Shipped late, on {date}: …" */
  late?: MessageKey;
  /** Parameters of `open` other than the date (the on-time delivery cap). */
  openParams?: Record<string, MsgParam>;
}

const R = 'deadlines.rule';
/** The English words of a rule, read from locales/en.json through its keys. */
function words(keys: RuleKeys) {
  const say = (key: MessageKey, params?: Record<string, MsgParam>) => english.render({ key, params });
  return {
    keys,
    label: say(keys.label),
    anchorPhrase: say(keys.anchor),
    whatToDo: { open: say(keys.open, keys.openParams), passed: say(keys.passed) },
  };
}
const k = (rule: string, parts: string[], extra: Partial<RuleKeys> = {}): RuleKeys => {
  const key = (p: string) => `${R}.${rule}.${p}` as MessageKey;
  return {
    label: key('label'),
    anchor: key('anchor'),
    open: key('open'),
    passed: parts.includes('passed') ? key('passed') : (`${R}.claimPassed` as MessageKey),
    ...(parts.includes('settled') ? { settled: key('settled') } : {}),
    ...extra,
  };
};

const SEED_000: RuleSource = cite('taRefundArticle', 'refund and dispute resolution');
const SEED_001: RuleSource = cite('taGuide', '"How to open a dispute"');
const SEED_002: RuleSource = cite('taProtects', '30-day refund eligibility');
const SEED_004: RuleSource = cite('aliexpressProtection', 'step 2 (mediation)');
const HELP_CENTRE: RuleSource = cite('taFaqDispute', 'dispute steps (3-day negotiation, escalation)');

const SEEDS_VERSION = 'seeds-2026-07';
const HELP_CENTRE_VERSION = 'help-centre-2026-07';

const SEEDS_RULES: readonly DeadlineRule[] = [
  {
    id: 'claim-after-confirmation',
    ...words(k('claimAfterConfirmation', [])),
    marketplace: 'alibaba',
    anchor: 'receipt_confirmed',
    occurrence: 'earliest',
    offset: { days: 30 },
    kind: 'deadline',
    source: {
      ...SEED_001,
      label: `${SEED_001.label}; Alibaba FAQ: "in no case … exceed 30 calendar days after the Date of Confirmed Receipt"`,
    },
    version: SEEDS_VERSION,
  },
  {
    id: 'claim-after-delivery',
    ...words(k('claimAfterDelivery', [])),
    marketplace: 'alibaba',
    anchor: 'delivered',
    occurrence: 'earliest',
    offset: { byBuyerTier: { standard: 30, enterprise: 60 } },
    kind: 'deadline',
    source: SEED_002,
    version: SEEDS_VERSION,
  },
  {
    id: 'auto-confirm-claim',
    ...words(k('autoConfirmClaim', ['settled'])),
    marketplace: 'alibaba',
    anchor: 'shipped',
    occurrence: 'earliest',
    offset: { byShippingMethod: { express: 15, air: 30, sea: 60, land: 60, post: 60 } },
    kind: 'deadline',
    source: SEED_001,
    version: SEEDS_VERSION,
    settledBy: {
      event: 'receipt_confirmed',
      beforeDueOnly: false,
    },
  },
  {
    id: 'supplier-response',
    ...words(k('supplierResponse', ['passed', 'settled'])),
    marketplace: 'alibaba',
    anchor: 'dispute_opened',
    occurrence: 'latest',
    offset: { days: 5 },
    kind: 'deadline',
    source: SEED_001,
    version: SEEDS_VERSION,
    settledBy: {
      event: 'supplier_responded',
      beforeDueOnly: true,
    },
  },
  {
    id: 'supplier-fix-after-inspection',
    ...words(k('supplierFixAfterInspection', ['passed'])),
    marketplace: 'alibaba',
    anchor: 'inspection_failed',
    occurrence: 'latest',
    offset: { days: 15 },
    kind: 'deadline',
    source: SEED_000,
    version: SEEDS_VERSION,
  },
  {
    id: 'ship-by',
    ...words(
      k('shipBy', ['passed', 'settled'], {
        anchorTitle: `${R}.shipBy.anchorTitle` as MessageKey,
        late: `${R}.shipBy.late` as MessageKey,
      }),
    ),
    marketplace: 'alibaba',
    anchor: 'ship_by_agreed',
    occurrence: 'latest',
    offset: { days: 0 },
    kind: 'deadline',
    source: SEED_001,
    version: SEEDS_VERSION,
    settledBy: { event: 'shipped', beforeDueOnly: true },
  },
  {
    id: 'on-time-delivery-claim',
    ...words(
      k('onTimeDeliveryClaim', ['passed', 'settled'], {
        openParams: { cap: { minor: 10_000, currency: 'USD' } },
      }),
    ),
    marketplace: 'alibaba',
    anchor: 'delivery_agreed',
    occurrence: 'latest',
    offset: { days: 30 },
    kind: 'deadline',
    source: cite('taProtects', 'On-time Delivery Guarantee'),
    version: SEEDS_VERSION,
    settledBy: {
      event: 'delivered',
      beforeDueOnly: false,
    },
  },
  {
    id: 'aliexpress-mediation-available',
    ...words(k('aliexpressMediationAvailable', ['passed', 'settled'])),
    marketplace: 'aliexpress',
    anchor: 'refund_requested',
    occurrence: 'earliest',
    offset: { days: 10 },
    kind: 'available-from',
    source: SEED_004,
    version: SEEDS_VERSION,
    settledBy: {
      event: 'mediation_requested',
      beforeDueOnly: false,
    },
  },
];

/** The current help-centre variant replaces the seeds' 5-day response with three steps. */
const HELP_CENTRE_DISPUTE_RULES: readonly DeadlineRule[] = [
  {
    ...SEEDS_RULES.find((r) => r.id === 'supplier-response')!,
    offset: { days: 3 },
    ...(() => {
      const base = SEEDS_RULES.find((r) => r.id === 'supplier-response')!;
      const keys = { ...base.keys, label: `${R}.supplierResponse.labelHelpCentre` as MessageKey };
      return { keys, label: english.render({ key: keys.label }) };
    })(),
    source: HELP_CENTRE,
    version: HELP_CENTRE_VERSION,
  },
  {
    id: 'escalation-available',
    ...words(k('escalationAvailable', ['passed', 'settled'])),
    marketplace: 'alibaba',
    anchor: 'dispute_opened',
    occurrence: 'latest',
    offset: { days: 4 },
    kind: 'available-from',
    source: HELP_CENTRE,
    version: HELP_CENTRE_VERSION,
    settledBy: { event: 'escalated', beforeDueOnly: false },
  },
  {
    id: 'escalation-automatic',
    ...words(k('escalationAutomatic', ['passed', 'settled'])),
    marketplace: 'alibaba',
    anchor: 'dispute_opened',
    occurrence: 'latest',
    offset: { days: 7 },
    kind: 'deadline',
    source: HELP_CENTRE,
    version: HELP_CENTRE_VERSION,
    settledBy: {
      event: 'escalated',
      beforeDueOnly: true,
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
): { days: number; why: string; whyKey?: MessageKey } {
  if ('days' in offset) return { days: offset.days, why: '' };
  if ('byBuyerTier' in offset) {
    const tier = ctx.buyerTier;
    return tier === 'enterprise'
      ? { days: offset.byBuyerTier[tier], ...why('deadlines.basis.enterprise') }
      : { days: offset.byBuyerTier[tier], why: '' };
  }
  if (ctx.shippingMethod) {
    return { days: offset.byShippingMethod[ctx.shippingMethod], ...why(SHIPPING_BY_KEY[ctx.shippingMethod]) };
  }
  // Unknown method: the shortest window is the safe side, the buyer claims early rather than too late.
  return { days: offset.byShippingMethod.express, ...why('deadlines.basis.shippingUnknown') };
}

/** " (Enterprise buyer)" in English, and its key for the buyer's language. */
const why = (whyKey: MessageKey) => ({ why: ` (${english.render({ key: whyKey })})`, whyKey });
