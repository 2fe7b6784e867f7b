import { BANK_DETAILS_CHANGE_PATTERNS } from './patterns/bank-details-change';
import { CHANNEL_PATTERNS, MOVE_PATTERNS } from './patterns/offplatform-contact';
import { OFFPLATFORM_PAYMENT_PATTERNS } from './patterns/offplatform-payment';
import { PRESSURE_PATTERNS } from './patterns/pressure';
import { CHANGED_ACCOUNT, DETAILS_TO_PAY } from './rules/offplatform-payment';

/**
 * Every name a chat pattern can give what it saw, once each, in list order: what the locales must translate
 * (`chatPattern.*`). Every list the rules match against is reached from these; a rule's own extra names too.
 * Read by the catalog generator and the completeness test, never by a content script.
 */
export function chatPatternNames(): string[] {
  const lists = [
    OFFPLATFORM_PAYMENT_PATTERNS,
    BANK_DETAILS_CHANGE_PATTERNS,
    CHANNEL_PATTERNS,
    MOVE_PATTERNS,
    PRESSURE_PATTERNS,
  ];
  return [...new Set([...lists.flatMap((l) => l.map((p) => p.what)), CHANGED_ACCOUNT, DETAILS_TO_PAY])];
}
