/**
 * The popup's "Before you pay" checklist for one order: automatic items
 * judged from the page and memory, manual items the buyer ticks (persisted
 * per order), an overall verdict and the contract clauses to ask for.
 */
import type { Msg, MsgParam } from '../i18n/msg';
import type { FactLine } from '../present/fact-line';
import type { ClauseKey } from './clauses';

export type CheckStatus = 'ok' | 'blocker' | 'warning' | 'unknown';

/** The automatic items, in the order the popup shows them. Page rules name theirs (Rule.checklist). */
export const CHECKLIST_ITEM_IDS = [
  'ta-supplier',
  'ta-limit',
  'coverage',
  'method',
  'designated-account',
  'spec-color',
  'spec-size',
  'spec-material',
  'spec-weight',
  'spec-quantity',
  'spec-packaging',
  'spec-customization',
  'spec-performance',
  'ship-date',
  'inspection',
  'supplier-record',
  'on-platform',
  'sample',
  /** Critical and warning findings of rules no other item names (a rule added without a home, a stored finding). */
  'other',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

export interface AutoCheck {
  id: ChecklistItemId;
  label: string;
  status: CheckStatus;
  /** Why: the figures or quote behind the status ("Order US$48,600 > limit US$42,000"). */
  detail: string;
  /** Rule ids whose findings decided this item. */
  rules: string[];
  /** The facts the item rests on that the buyer may enter or correct (value, source, form). */
  facts?: FactLine[];
  /** `label` and `detail` as messages, for the buyer's language (detail: sentences joined by a space). */
  text: { label: Msg; detail: MsgParam[] };
}

export interface ManualCheck {
  id: string;
  label: string;
  /** Why a careful importer does this. */
  hint: string;
  ticked: boolean;
  text?: { label: Msg; hint: Msg };
}

export interface Checklist {
  orderId: string | null;
  auto: AutoCheck[];
  manual: ManualCheck[];
  verdict: { blockers: number; warnings: number; unknown: number; text: string; ready: boolean };
  /** Contract clauses to ask the supplier to add, ready to copy (English). */
  clauses: string[];
  /** The same clauses by key, to show them in the buyer's language beside the English. */
  clauseKeys: ClauseKey[];
}
