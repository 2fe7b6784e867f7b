import type { MessageKey } from '../i18n/keys';
import { type Msg, type MsgParam, msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import { limitLeftOf } from '../limits/of-context';
import { remainingSentenceMsg } from '../limits/words-msg';
import type { CorrectableFact } from '../model/correction';
import type { Finding } from '../model/finding';
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
  /** Messages the chat guard read but could not (fully) check: the chat is then never called clean. */
  unchecked?: number;
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
        msg('checklist.label.shipDate'),
        by('ship-date'),
        order?.shipBy
          ? msg('checklist.detail.shipBy', { date: order.shipBy, entered: enteredNote(ctx, 'shipBy') })
          : null,
      ),
      ['shipBy', 'shippingMethod'],
    ),
    fromFindings(
      'inspection',
      msg('checklist.label.inspection'),
      by('inspection'),
      msg('checklist.detail.inspectionOk'),
    ),
    supplierRecord(ctx, by('supplier-record')),
    onPlatform(chat),
    fromFindings('sample', msg('checklist.label.sample'), by('sample'), msg('checklist.detail.notSample')),
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
    clauseKeys,
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

/** An item with its words both in English (`label`, `detail`) and as messages (`text`). */
function item(
  id: ChecklistItemId,
  label: Msg,
  status: CheckStatus,
  detail: MsgParam[],
  rules: string[],
): AutoCheck {
  return {
    id,
    label: english.render(label),
    status,
    detail: englishOf(detail),
    rules,
    text: { label, detail },
  };
}

const englishOf = (detail: MsgParam[]) => detail.map(english.param).join(' ');

/** A finding's message as a message when it has one (older stored findings carry only English). */
const said = (f: Finding): MsgParam => f.text?.message ?? f.message;

function setDetail(check: AutoCheck, detail: MsgParam[]): void {
  check.text.detail = detail;
  check.detail = englishOf(detail);
}

function fromFindings(id: ChecklistItemId, label: Msg, findings: Finding[], okDetail: Msg | null): AutoCheck {
  if (findings.length === 0 && okDetail === null)
    return item(id, label, 'unknown', [msg('checklist.detail.notShown')], []);
  return item(
    id,
    label,
    findings.length ? statusOf(findings) : 'ok',
    findings.length ? findings.map(said) : okDetail ? [okDetail] : [],
    findings.map((f) => f.rule),
  );
}

function taSupplier(ctx: RuleContext, found: Finding[]): AutoCheck {
  const isTaOrder = ctx.snapshot.kind === 'alibaba:order' || ctx.snapshot.kind === 'alibaba:payment';
  const ok = ctx.supplier?.taOffered === true || (isTaOrder && ctx.order !== null);
  return fromFindings(
    'ta-supplier',
    msg('checklist.label.taSupplier'),
    found,
    ok ? msg('checklist.detail.taOrder') : null,
  );
}

/**
 * One line for the limit, with both facts: the whole limit (ta-limit-below-order) and what remains of
 * it after the buyer's open orders (ta-limit-remaining-below-order) — never two warnings for one limit.
 */
function limit(ctx: RuleContext, found: Finding[]): AutoCheck {
  const remaining = remainingSentenceMsg(limitLeftOf(ctx), ctx.at);
  const ok =
    ctx.knownLimit && ctx.order?.total
      ? msg('checklist.detail.limitCovers', {
          limit: ctx.knownLimit.limit,
          limitEntered: enteredNote(ctx, 'taLimit'),
          total: ctx.order.total,
          totalEntered: enteredNote(ctx, 'orderTotal'),
        })
      : null;
  const check = fromFindings('ta-limit', msg('checklist.label.taLimit'), found, ok);
  if (ok && remaining && found.length === 0) setDetail(check, [...check.text.detail, remaining]);
  // "limit unknown" is a warning finding, but the buyer should read it as "could not check".
  if (found.length && found.every((f) => f.rule === 'ta-limit-unknown')) check.status = 'unknown';
  // The whole-limit finding alone does not tell what the open orders already hold: add it.
  if (remaining && found.length && !found.some((f) => f.rule === 'ta-limit-remaining-below-order'))
    setDetail(check, [...check.text.detail, remaining]);
  return check;
}

function coverage(ctx: RuleContext, found: Finding[]): AutoCheck {
  const ok = ctx.order?.coverage === 'post-delivery' ? msg('checklist.detail.postDelivery') : null;
  return fromFindings('coverage', msg('checklist.label.coverage'), found, ok);
}

function method(ctx: RuleContext, found: Finding[]): AutoCheck {
  const text = ctx.snapshot.payment?.method ?? ctx.order?.paymentMethod ?? null;
  // "Within its limit" only for a method TradeGuard recognised (the limit rule then ran and found nothing).
  const recognised = classifyPaymentMethod(text) !== null;
  return fromFindings(
    'method',
    msg('checklist.label.method'),
    found,
    recognised
      ? msg('checklist.detail.methodOk', { method: text ?? '', entered: enteredNote(ctx, 'paymentMethod') })
      : null,
  );
}

function account(ctx: RuleContext, found: Finding[]): AutoCheck {
  const shown = ctx.snapshot.payment?.beneficiary;
  const compared = ctx.designatedAccount && shown && comparableFields(ctx.designatedAccount, shown) > 0;
  const ok = compared ? msg('checklist.detail.accountMatches') : null;
  const check = fromFindings('designated-account', msg('checklist.label.designatedAccount'), found, ok);
  if (check.status === 'unknown')
    setDetail(check, [
      ctx.designatedAccount
        ? msg('checklist.detail.accountRemembered')
        : msg('checklist.detail.accountOpenPayment'),
    ]);
  return check;
}

const SPEC_ITEMS: [ChecklistItemId, MessageKey][] = [
  ['spec-color', 'checklist.label.specColor'],
  ['spec-size', 'checklist.label.specSize'],
  ['spec-material', 'checklist.label.specMaterial'],
  ['spec-weight', 'checklist.label.specWeight'],
  ['spec-quantity', 'checklist.label.specQuantity'],
  ['spec-packaging', 'checklist.label.specPackaging'],
  ['spec-customization', 'checklist.label.specCustomization'],
  ['spec-performance', 'checklist.label.specPerformance'],
];

/** Without any specification text read, nothing can be called clear: those items stay "unknown". */
function specItems(by: (item: ChecklistItemId) => Finding[], read: boolean): AutoCheck[] {
  return SPEC_ITEMS.map(([id, label]) =>
    fromFindings(id, { key: label }, by(id), read ? msg('checklist.detail.nothingVague') : null),
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
    msg('checklist.label.supplierRecord'),
    serious,
    read ? msg('checklist.detail.supplierOk') : null,
  );
  const notes = found.filter((f) => f.severity === 'info');
  if (notes.length === 0) return check;
  const detail = [...(serious.length ? check.text.detail : []), ...notes.map(said)];
  return {
    ...item('supplier-record', check.text.label, check.status === 'unknown' ? 'ok' : check.status, detail, [
      ...check.rules,
      ...notes.map((f) => f.rule),
    ]),
    ...(check.facts ? { facts: check.facts } : {}),
  };
}

/** A rule that failed leaves its item undecided: "could not check", with the rule named. */
function markUnchecked(auto: AutoCheck[], home: ChecklistItemId, rule: string): void {
  let found = auto.find((a) => a.id === home);
  if (!found) {
    found = item(home, msg('checklist.label.otherChecks'), 'unknown', [], []);
    auto.push(found);
  }
  if (found.status === 'ok') found.status = 'unknown';
  setDetail(found, [...found.text.detail, msg('checklist.detail.couldNotCheck', { rule })]);
  if (!found.rules.includes(rule)) found.rules.push(rule);
}

/** Findings no item groups: never dropped from the verdict. */
function otherFindings(found: Finding[]): AutoCheck[] {
  const counted = found.filter((f) => f.severity !== 'info');
  if (counted.length === 0) return [];
  return [fromFindings('other', msg('checklist.label.other'), counted, null)];
}

function onPlatform(chat: ChatRisk | null): AutoCheck {
  const label = msg('checklist.label.onPlatform');
  const notChecked = (chat?.unchecked ?? 0) > 0 ? msg('checklist.detail.chatNotChecked') : null;
  if (!chat?.scanned)
    return item('on-platform', label, 'unknown', [notChecked ?? msg('checklist.detail.chatNotRead')], []);
  // Every critical or warning chat finding counts (payment details sent in chat too); info (pressure) alone does not.
  const risky = chat.findings.filter((f) => f.severity !== 'info');
  // Messages it could not check may hold what it would have flagged: "clean" only when it read them all.
  if (notChecked && risky.length === 0) return item('on-platform', label, 'unknown', [notChecked], []);
  const check = fromFindings('on-platform', label, risky, msg('checklist.detail.chatClean'));
  if (notChecked) setDetail(check, [...check.text.detail, notChecked]);
  return check;
}
