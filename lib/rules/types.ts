import type { PageCorrections } from '../analysis/corrections';
import type { ClauseKey } from '../checklist/clauses';
import type { ChecklistItemId } from '../checklist/types';
import type { OpenOrder, StatedRemaining } from '../limits/types';
import type { Finding, RuleSource, Severity } from '../model/finding';
import type { Money } from '../model/money';
import type { OrderFacts } from '../model/order';
import type { PageKind } from '../model/page-kind';
import type { Beneficiary } from '../model/payment';
import type { PageSnapshot } from '../model/snapshot';
import type { SupplierFacts } from '../model/supplier';
import type { Settings } from '../settings/schema';
import type { PageRuleId } from './ids';

/** A Trade Assurance limit TradeGuard saw, with where and when (so a finding can say so). */
export interface SeenLimit {
  limit: Money;
  seenAt: string;
  url: string;
  /** Set when the buyer entered this limit (then `url` is empty): findings say "entered by you on …". */
  enteredAt?: string;
}

/** A line of specification text and where it came from on the page. */
export interface SpecLine {
  text: string;
  /** e.g. "Order remarks", "Product attribute", "Line item 1". */
  origin: string;
}

/** Everything a rule may look at: the page's facts plus what TradeGuard remembers. Plain data. */
export interface RuleContext {
  snapshot: PageSnapshot;
  /** The order in view: the page's own, or on a payment page the remembered order it pays for. */
  order: OrderFacts | null;
  /** The supplier's facts: from the page, else the latest remembered for the order's supplier. */
  supplier: SupplierFacts | null;
  /** Has this supplier ever been seen (on any page) — to tell "never looked" from "not shown". */
  supplierKnown: boolean;
  /** The latest Trade Assurance limit seen for this supplier (page or memory). */
  knownLimit: SeenLimit | null;
  /** The account remembered from the Alibaba payment page for this order. */
  designatedAccount: Beneficiary | null;
  /** When TradeGuard first read that account (ISO), to tell a buyer since when it stood. */
  designatedAccountSeenAt?: string | null;
  settings: Settings;
  /** Specification lines of the order or product in view. */
  specLines: SpecLine[];
  /** The correctable facts in use, each with its source (entered by the buyer or read); absent in hand-built contexts. */
  corrections?: PageCorrections;
  /** The buyer's other open Trade Assurance orders with this supplier TradeGuard has seen (issue 17). */
  openOrders?: OpenOrder[];
  /** What a page last stated remains of the supplier's limit, dated (issue 17). */
  statedRemaining?: StatedRemaining | null;
  /** When the page is judged (ISO): the age of remembered figures is told from it. */
  at?: string;
}

export interface Rule {
  id: PageRuleId;
  severity: Severity;
  /** One line for the README's rule table. */
  title: string;
  appliesTo: readonly PageKind[];
  source: RuleSource;
  /** The default advice; findings may make it concrete. */
  fix: string;
  /** The "Before you pay" item its findings decide (a rule cannot be left out of the verdict). */
  checklist: ChecklistItemId;
  /** The contract clause its findings call for, if any. */
  clause?: ClauseKey;
  check(ctx: RuleContext): Finding[];
}
