import { z } from 'zod';
import { MsgSchema } from '../i18n/msg-schema';

export const SeveritySchema = z.enum(['critical', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export { SEVERITY_ORDER, sortFindings } from './finding-order';

/** Where a rule's number or claim comes from: a public article or help page (lib/sources.ts). */
export const RuleSourceSchema = z.object({
  /** Title, publisher and the part meant, e.g. 'How to Use Alibaba Trade Assurance (Jing Sourcing), step 2 "Color"'. */
  label: z.string(),
  /** The document's public address. */
  ref: z.string(),
});
export type RuleSource = z.infer<typeof RuleSourceSchema>;

/**
 * One warning shown to the buyer. Every finding explains itself: what was seen
 * (`quote`), why it matters (`message`), the rule and its source, and what to
 * do (`fix`, e.g. the contract wording to ask for).
 */
export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  /** What was seen and why it matters, in one or two sentences. */
  message: z.string(),
  /** The exact text the finding is about (from the page, chat or contract); "" when about an absence. */
  quote: z.string(),
  /** What to do now: the wording to ask for, the place to look, the step to take. */
  fix: z.string(),
  source: RuleSourceSchema,
  /** Optional character range of `quote` within the text that was checked. */
  span: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  /**
   * The same `message` and `fix` as message keys with their parameters, so each
   * surface shows them in the buyer's language (`message`/`fix` stay English:
   * the command line's contract and what older stored findings carry).
   */
  text: z.object({ message: MsgSchema, fix: MsgSchema }).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** The CLI's public shape of a finding (extra fields may be added, never renamed). */
export function toPublicFinding(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    quote: f.quote,
    fix: f.fix,
    source: f.source.ref,
    // Added fields: the message keys a translation is looked up by (locales/<lang>.json).
    ...(f.text ? { messageKey: f.text.message.key, fixKey: f.text.fix.key } : {}),
  };
}
