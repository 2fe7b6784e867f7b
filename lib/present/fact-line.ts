import type { Msg, MsgParam } from '../i18n/msg';
import type { CorrectableFact } from '../model/correction';

/** One labelled fact shown on the in-page card, in the popup and in the CLI's readable output. */
export interface FactLine {
  label: string;
  value: string;
  /** Marks a fact the buyer should look at (e.g. "limit not shown"). */
  tone?: 'good' | 'bad' | 'neutral';
  /** Said under the value: "the page shows two values: …" when two places on the page disagree. */
  note?: string;
  /** Where the value came from, when the buyer should know: "entered by you on 1 Dec 2026". */
  source?: string;
  /** The buyer may enter (unknown) or correct (known) this fact, on the card and in the popup. */
  correct?: FactCorrection;
  /** `label`, `value` (and `source`, `note`) as messages, for the buyer's language. */
  text?: { label: Msg; value: MsgParam; source?: Msg; note?: Msg };
  /** Pages the fact rests on, each opened from the line (e.g. the buyer's open orders with the supplier). */
  links?: FactLink[];
}

/** A link under a fact: text shown as text, and an https address on the marketplace. */
export interface FactLink {
  text: string;
  /** `text` as a message, for the buyer's language. */
  message?: Msg;
  href: string;
}

export interface FactCorrection {
  fact: CorrectableFact;
  /** A value is in use ("Correct it") or none is ("Enter it"). */
  known: boolean;
  /** The value in use as the form starts with it: "US$42,000", a method id, "2026-12-20"; "" when unknown. */
  draft: string;
  /** The value in use is the buyer's own entry (it can be taken back). */
  entered: boolean;
  /** For amounts typed without a currency. */
  currency: string;
}

/** A buyer's entry that a later page replaced: told on the card and in the popup until dismissed. */
export interface CorrectionNotice {
  fact: CorrectableFact;
  text: string;
  /** `text` as a message, for the buyer's language. */
  message?: Msg;
}
