import type { RuleSource, Severity } from '../model/finding';
import type { NormalisedText } from './normalise';
import type { TextContext } from './text-context';
import type { ChatDetails, ChatRuleId, ChatScanContext } from './types';

/** What every chat rule receives: the normalised message, its clause/sentence map and the scan context. */
export interface RuleInput {
  norm: NormalisedText;
  tc: TextContext;
  ctx: ChatScanContext;
}

/** A rule's verdict on one message: where (normalised range), why, and what it extracted. */
export interface RuleHit {
  start: number;
  end: number;
  message: string;
  severity?: Severity;
  details?: ChatDetails;
}

/** One rule per file in rules/, registered in rules/index.ts (house style: id, severity, source, fix, detect). */
export interface ChatRule {
  id: ChatRuleId;
  severity: Severity;
  source: RuleSource;
  fix: string;
  detect(input: RuleInput): RuleHit | null;
}

export const PAY_ON_PLATFORM_FIX =
  'Pay only through the order on Alibaba.com (or the AliExpress checkout), to the account shown on the order page; never to an account, link, app or wallet given in chat. Save this message and report the request to Alibaba.com (Report / Complaint on the supplier or the order).';

/** Unique, order kept. */
export const uniq = (values: readonly string[]) => [...new Set(values)];
