import { type Msg, msg } from '../i18n/msg';
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
  /** Why, as a message key and parameters (rendered in English for the command line, translated on screen). */
  message: Msg;
  severity?: Severity;
  details?: ChatDetails;
}

/** One rule per file in rules/, registered in rules/index.ts (house style: id, severity, source, fix, detect). */
export interface ChatRule {
  id: ChatRuleId;
  severity: Severity;
  source: RuleSource;
  fix: Msg;
  detect(input: RuleInput): RuleHit | null;
}

export const PAY_ON_PLATFORM_FIX = msg('chat.payOnPlatformFix');

/** Unique, order kept. */
export const uniq = (values: readonly string[]) => [...new Set(values)];
