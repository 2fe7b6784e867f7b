import { limitLeftOf } from '../limits/of-context';
import { remainingSentence } from '../limits/words';
import type { CorrectableFact } from '../model/correction';
import type { Finding } from '../model/finding';
import { formatMoney } from '../model/money';
import { correctableLines } from '../present/correctable';
import type { FactLine } from '../present/fact-line';
import { remainingLines } from '../present/limit-lines';
import { comparableFields } from '../rules/account-compare';
import { classifyPaymentMethod } from '../rules/payment-methods';
import { enteredNote } from '../rules/provenance';
import { PAGE_RULES } from '../rules/registry';
import type { Rule, RuleContext } from '../rules/types';
import { CLAUSES, type ClauseKey } from './clauses';
import { MANUAL_CHECKS } from './manual';
import type { AutoCheck, Checklist, ChecklistItemId, CheckStatus } from './types';

/** Each rule says which item its findings decide and which clause they call for. */
const RULE_BY_ID = new Map<string, Rule>(PAGE_RULES.map((r) => [r.id, r]));

/** What TradeGuard knows of the buyer's chat with this order's supplier. */
export interface ChatRisk {
  scanned: boolean;
  findings: Finding[];
}

/**
 * Builds the "Before you pay" checklist from the rules' findings. Each item
 * names the rules that decided it; an item nothing could decide is
 * "unknown", never "ok". A critical or warning finding whose rule names no
 * item (or no rule TradeGuard knows) still counts, under "other".
 */
export function buildChecklist(
  ctx: RuleContext,
  findings: readonly Finding[],
  ticks: ReadonlySet<string>,
  chat: ChatRisk | null,
  /** Rules that threw: their items can at best be "could not check", never "ok". */
  failed: readonly string[] = [],
): Checklist {
  const homeOf = (f: Finding): ChecklistItemId => RULE_BY_ID.get(f.rule)?.checklist ?? 'other';
  const by = (item: ChecklistItemId) => findings.filter((f) => homeOf(f) === item);
  const order = ctx.order;
  const auto: AutoCheck[] = [
    taSupplier(ctx, by('ta-supplier')),
    withFacts(
      ctx,
      limit(ctx, by('ta-limit')),
      ['taLimit', 'orderTotal', 'paymentAmount'],
      remainingLines(ctx, false),
    ),
    coverage(ctx, by('coverage')),
    withFacts(ctx, method(ctx, by('method')), ['paymentMethod', 'paymentAmount']),
    account(ctx, by('designated-account')),
    ...specItems(by, ctx.specLines.length > 0),
    withFacts(
      ctx,
      fromFindings(
        'ship-date',
        'Exact shipment date in the order',
        by('ship-date'),
        order?.shipBy ? `Ship by ${order.shipBy}${enteredNote(ctx, 'shipBy')}.` : null,
      ),
      ['shipBy', 'shippingMethod'],
    ),
    fromFindings(
      'inspection',
      'Inspection or quality standard agreed',
      by('inspection'),
      'The order names an inspection or quality standard.',
    ),
    supplierRecord(ctx, by('supplier-record')),
    onPlatform(chat),
    fromFindings('sample', 'Sample caveat understood', by('sample'), 'Not a sample order.'),
    ...otherFindings(by('other')),
  ];
  for (const rule of failed) markUnchecked(auto, RULE_BY_ID.get(rule)?.checklist ?? 'other', rule);
  const blockers = auto.filter((a) => a.status === 'blocker').length;
  const warnings = auto.filter((a) => a.status === 'warning').length;
  const unknown = auto.filter((a) => a.status === 'unknown').length;
  const ready = blockers === 0 && warnings === 0;
  const parts = [plural(blockers, 'blocker'), plural(warnings, 'warning')].filter(Boolean);
  const text = ready
    ? unknown
      ? `Ready to pay? ${plural(unknown, 'check')} could not be made`
      : 'Ready to pay'
    : parts.join(', ');
  const clauseKeys = [
    ...new Set(findings.map((f) => RULE_BY_ID.get(f.rule)?.clause).filter((k): k is ClauseKey => Boolean(k))),
  ];
  return {
    orderId: order?.id ?? null,
    auto,
    manual: MANUAL_CHECKS.map((m) => ({ ...m, ticked: ticks.has(m.id) })),
    verdict: { blockers, warnings, unknown, text, ready },
    clauses: clauseKeys.map((k) => CLAUSES[k]),
  };
}

/** Puts the facts an item rests on beside it, so the buyer can enter or correct them there. */
function withFacts(
  ctx: RuleContext,
  check: AutoCheck,
  facts: readonly CorrectableFact[],
  /** Read-only lines beside them (the limit's: what is left, the buyer's open orders). */
  more: readonly FactLine[] = [],
): AutoCheck {
  const lines = [...correctableLines(ctx, facts), ...more];
  return lines.length ? { ...check, facts: lines } : check;
}

const plural = (n: number, word: string) => (n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`);

function statusOf(findings: readonly Finding[]): CheckStatus {
  if (findings.some((f) => f.severity === 'critical')) return 'blocker';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length ? 'warning' : 'ok';
}

function fromFindings(
  id: ChecklistItemId,
  label: string,
  findings: Finding[],
  okDetail: string | null,
): AutoCheck {
  if (findings.length === 0 && okDetail === null)
    return { id, label, status: 'unknown', detail: 'Not shown on this page.', rules: [] };
  return {
    id,
    label,
    status: findings.length ? statusOf(findings) : 'ok',
    detail: findings.length ? findings.map((f) => f.message).join(' ') : (okDetail ?? ''),
    rules: findings.map((f) => f.rule),
  };
}

function taSupplier(ctx: RuleContext, found: Finding[]): AutoCheck {
  const isTaOrder = ctx.snapshot.kind === 'alibaba:order' || ctx.snapshot.kind === 'alibaba:payment';
  const ok = ctx.supplier?.taOffered === true || (isTaOrder && ctx.order !== null);
  return fromFindings(
    'ta-supplier',
    'Trade Assurance supplier',
    found,
    ok ? 'This is a Trade Assurance order.' : null,
  );
}

/**
 * One line for the limit, with both facts: the whole limit (ta-limit-below-order) and what remains of
 * it after the buyer's open orders (ta-limit-remaining-below-order) — never two warnings for one limit.
 */
function limit(ctx: RuleContext, found: Finding[]): AutoCheck {
  const remaining = remainingSentence(limitLeftOf(ctx), ctx.at);
  const ok =
    ctx.knownLimit && ctx.order?.total
      ? `Limit ${formatMoney(ctx.knownLimit.limit)}${enteredNote(ctx, 'taLimit')} covers the total ${formatMoney(ctx.order.total)}${enteredNote(ctx, 'orderTotal')}.${remaining ? ` ${remaining}` : ''}`
      : null;
  const check = fromFindings('ta-limit', 'Trade Assurance limit covers the amount', found, ok);
  // "limit unknown" is a warning finding, but the buyer should read it as "could not check".
  if (found.length && found.every((f) => f.rule === 'ta-limit-unknown')) check.status = 'unknown';
  // The whole-limit finding alone does not tell what the open orders already hold: add it.
  if (remaining && found.length && !found.some((f) => f.rule === 'ta-limit-remaining-below-order'))
    check.detail = `${check.detail} ${remaining}`;
  return check;
}

function coverage(ctx: RuleContext, found: Finding[]): AutoCheck {
  const ok =
    ctx.order?.coverage === 'post-delivery'
      ? 'Post-delivery coverage: the full amount up to the limit.'
      : null;
  return fromFindings('coverage', 'Coverage protects the full amount', found, ok);
}

function method(ctx: RuleContext, found: Finding[]): AutoCheck {
  const text = ctx.snapshot.payment?.method ?? ctx.order?.paymentMethod ?? null;
  // "Within its limit" only for a method TradeGuard recognised (the limit rule then ran and found nothing).
  const recognised = classifyPaymentMethod(text) !== null;
  return fromFindings(
    'method',
    'Payment method and its limit',
    found,
    recognised ? `${text}${enteredNote(ctx, 'paymentMethod')}: within its limit.` : null,
  );
}

function account(ctx: RuleContext, found: Finding[]): AutoCheck {
  const shown = ctx.snapshot.payment?.beneficiary;
  const compared = ctx.designatedAccount && shown && comparableFields(ctx.designatedAccount, shown) > 0;
  const ok = compared ? 'The account on this page matches the one Alibaba designated for this order.' : null;
  const check = fromFindings('designated-account', 'Paying to the account Alibaba designated', found, ok);
  if (check.status === 'unknown')
    check.detail = ctx.designatedAccount
      ? 'TradeGuard remembers the account Alibaba designated for this order and compares it on the payment page: check there before you pay.'
      : 'Open the Alibaba payment page for this order once: TradeGuard remembers the designated account and compares every later one.';
  return check;
}

const SPEC_ITEMS: [ChecklistItemId, string][] = [
  ['spec-color', 'Colour specified measurably'],
  ['spec-size', 'Size specified with unit and tolerance'],
  ['spec-material', 'Material and grade specified'],
  ['spec-weight', 'Weight specified'],
  ['spec-quantity', 'Exact quantity per SKU'],
  ['spec-packaging', 'Packaging specified'],
  ['spec-customization', 'Custom design backed by files'],
];

/** Without any specification text read, nothing can be called clear: those items stay "unknown". */
function specItems(by: (item: ChecklistItemId) => Finding[], read: boolean): AutoCheck[] {
  return SPEC_ITEMS.map(([id, label]) =>
    fromFindings(id, label, by(id), read ? 'Nothing vague found.' : null),
  );
}

/**
 * Years on the platform, on-time delivery, response rate, Verified. Warnings
 * decide the item; the info-level signals (not Verified, slow replies) are
 * told in its detail without turning it into a warning.
 */
function supplierRecord(ctx: RuleContext, found: Finding[]): AutoCheck {
  const s = ctx.supplier;
  const read =
    s !== null &&
    [s.yearsOnPlatform, s.onTimeDeliveryRate, s.responseRate, s.verified].some((v) => v !== null);
  const serious = found.filter((f) => f.severity !== 'info');
  const check = fromFindings(
    'supplier-record',
    "Supplier's track record",
    serious,
    read ? 'No warning sign in what TradeGuard read of the supplier.' : null,
  );
  const notes = found.filter((f) => f.severity === 'info');
  if (notes.length === 0) return check;
  const detail = notes.map((f) => f.message).join(' ');
  return {
    ...check,
    status: check.status === 'unknown' ? 'ok' : check.status,
    detail: serious.length ? `${check.detail} ${detail}` : detail,
    rules: [...check.rules, ...notes.map((f) => f.rule)],
  };
}

/** A rule that failed leaves its item undecided: "could not check", with the rule named. */
function markUnchecked(auto: AutoCheck[], home: ChecklistItemId, rule: string): void {
  let item = auto.find((a) => a.id === home);
  if (!item) {
    item = { id: home, label: 'Other checks on this page', status: 'unknown', detail: '', rules: [] };
    auto.push(item);
  }
  if (item.status === 'ok') item.status = 'unknown';
  item.detail =
    `${item.detail} TradeGuard could not check this (rule ${rule} failed): check it yourself before you pay.`.trim();
  if (!item.rules.includes(rule)) item.rules.push(rule);
}

/** Findings no item groups: never dropped from the verdict. */
function otherFindings(found: Finding[]): AutoCheck[] {
  const counted = found.filter((f) => f.severity !== 'info');
  if (counted.length === 0) return [];
  return [fromFindings('other', 'Other findings on this page', counted, null)];
}

function onPlatform(chat: ChatRisk | null): AutoCheck {
  const label = 'All communication on the platform';
  if (!chat?.scanned)
    return {
      id: 'on-platform',
      label,
      status: 'unknown',
      detail: 'TradeGuard has not read your chat with this supplier yet: open it in Message Center.',
      rules: [],
    };
  // Every critical or warning chat finding counts (payment details sent in chat too); info (pressure) alone does not.
  const risky = chat.findings.filter((f) => f.severity !== 'info');
  return fromFindings(
    'on-platform',
    label,
    risky,
    'No request to pay or talk outside Alibaba.com in the chat.',
  );
}
