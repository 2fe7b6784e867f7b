import type { CorrectableFact } from '../model/correction';
import type { Finding } from '../model/finding';
import { formatMoney } from '../model/money';
import { correctableLines } from '../present/correctable';
import { comparableFields } from '../rules/account-compare';
import { classifyPaymentMethod } from '../rules/payment-methods';
import { enteredNote } from '../rules/provenance';
import type { RuleContext } from '../rules/types';
import { CLAUSE_FOR_RULE, CLAUSES } from './clauses';
import { MANUAL_CHECKS } from './manual';
import type { AutoCheck, Checklist, CheckStatus } from './types';

/** What TradeGuard knows of the buyer's chat with this order's supplier. */
export interface ChatRisk {
  scanned: boolean;
  findings: Finding[];
}

/**
 * Builds the "Before you pay" checklist from the rules' findings. Each item
 * names the rules that decided it; an item nothing could decide is
 * "unknown", never "ok".
 */
export function buildChecklist(
  ctx: RuleContext,
  findings: readonly Finding[],
  ticks: ReadonlySet<string>,
  chat: ChatRisk | null,
): Checklist {
  const by = (...rules: string[]) => findings.filter((f) => rules.includes(f.rule));
  const order = ctx.order;
  const auto: AutoCheck[] = [
    taSupplier(ctx, by('ta-not-offered')),
    withFacts(ctx, limit(ctx, by('ta-limit-below-order', 'ta-limit-unknown')), [
      'taLimit',
      'orderTotal',
      'paymentAmount',
    ]),
    coverage(ctx, by('ta-covered-amount-short', 'ta-coverage-pre-shipment', 'ta-order-below-minimum')),
    withFacts(ctx, method(ctx, by('payment-method-limit', 'payment-method-not-covered')), [
      'paymentMethod',
      'paymentAmount',
    ]),
    account(ctx, by('payment-not-designated-account')),
    ...specItems(by, ctx.specLines.length > 0),
    withFacts(
      ctx,
      fromFindings(
        'ship-date',
        'Exact shipment date in the order',
        by('vague-ship-date', 'missing-ship-date'),
        order?.shipBy ? `Ship by ${order.shipBy}${enteredNote(ctx, 'shipBy')}.` : null,
      ),
      ['shipBy', 'shippingMethod'],
    ),
    fromFindings(
      'inspection',
      'Inspection or quality standard agreed',
      by('missing-inspection'),
      'The order names an inspection or quality standard.',
    ),
    onPlatform(chat),
    fromFindings(
      'sample',
      'Sample caveat understood',
      by('sample-order-quality-not-covered'),
      'Not a sample order.',
    ),
  ];
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
    ...new Set(findings.map((f) => CLAUSE_FOR_RULE[f.rule]).filter((k): k is string => Boolean(k))),
  ];
  return {
    orderId: order?.id ?? null,
    auto,
    manual: MANUAL_CHECKS.map((m) => ({ ...m, ticked: ticks.has(m.id) })),
    verdict: { blockers, warnings, unknown, text, ready },
    clauses: clauseKeys.map((k) => CLAUSES[k]!),
  };
}

/** Puts the facts an item rests on beside it, so the buyer can enter or correct them there. */
function withFacts(ctx: RuleContext, check: AutoCheck, facts: readonly CorrectableFact[]): AutoCheck {
  const lines = correctableLines(ctx, facts);
  return lines.length ? { ...check, facts: lines } : check;
}

const plural = (n: number, word: string) => (n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`);

function statusOf(findings: readonly Finding[]): CheckStatus {
  if (findings.some((f) => f.severity === 'critical')) return 'blocker';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length ? 'warning' : 'ok';
}

function fromFindings(id: string, label: string, findings: Finding[], okDetail: string | null): AutoCheck {
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

function limit(ctx: RuleContext, found: Finding[]): AutoCheck {
  const ok =
    ctx.knownLimit && ctx.order?.total
      ? `Limit ${formatMoney(ctx.knownLimit.limit)}${enteredNote(ctx, 'taLimit')} covers the total ${formatMoney(ctx.order.total)}${enteredNote(ctx, 'orderTotal')}.`
      : null;
  const check = fromFindings('ta-limit', 'Trade Assurance limit covers the amount', found, ok);
  // "limit unknown" is a warning finding, but the buyer should read it as "could not check".
  if (found.length && found.every((f) => f.rule === 'ta-limit-unknown')) check.status = 'unknown';
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

const SPEC_ATTRIBUTES: [string, string, string[]][] = [
  ['color', 'Colour specified measurably', ['vague-color', 'missing-color']],
  ['size', 'Size specified with unit and tolerance', ['vague-size', 'missing-size']],
  ['material', 'Material and grade specified', ['vague-material', 'missing-material']],
  ['weight', 'Weight specified', ['vague-weight']],
  ['quantity', 'Exact quantity per SKU', ['vague-quantity']],
  ['packaging', 'Packaging specified', ['vague-packaging', 'missing-packaging']],
  ['customization', 'Custom design backed by files', ['vague-customization']],
];

/** Without any specification text read, nothing can be called clear: those items stay "unknown". */
function specItems(by: (...rules: string[]) => Finding[], read: boolean): AutoCheck[] {
  return SPEC_ATTRIBUTES.map(([id, label, rules]) =>
    fromFindings(`spec-${id}`, label, by(...rules), read ? 'Nothing vague found.' : null),
  );
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
  const risky = chat.findings.filter(
    (f) => f.rule.startsWith('offplatform') || f.rule === 'bank-details-change',
  );
  return fromFindings(
    'on-platform',
    label,
    risky,
    'No request to pay or talk outside Alibaba.com in the chat.',
  );
}
