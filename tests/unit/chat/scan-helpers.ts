import { expect } from 'vitest';
import { analyseMessage } from '../../../lib/chat/analyse';
import { gateSwitch } from '../../../lib/chat/match';
import { BANK_DETAILS_CHANGE_PATTERNS } from '../../../lib/chat/patterns/bank-details-change';
import { CHANNEL_PATTERNS, MOVE_PATTERNS } from '../../../lib/chat/patterns/offplatform-contact';
import { OFFPLATFORM_PAYMENT_PATTERNS } from '../../../lib/chat/patterns/offplatform-payment';
import { PRESSURE_PATTERNS } from '../../../lib/chat/patterns/pressure';

/**
 * Shared by the scan-speed tests (issue 14): each shortcut of the scanner must find exactly what the plain scan
 * finds, so they compare a supplier message's findings with the shortcuts on and off, over every rule's patterns.
 */

/** A supplier message's findings, in full, as one comparable string. */
export const findings = (text: string) => JSON.stringify(analyseMessage({ from: 'supplier', text }, {}));

/** The rules a supplier message raises, in order. */
export const rules = (text: string) => analyseMessage({ from: 'supplier', text }, {}).map((f) => f.rule);

/** The same findings with the gate walk off: every pattern opened and its regex run over the whole message. */
export function sameWithoutShortcuts(text: string): void {
  const fast = findings(text);
  gateSwitch.enabled = false;
  try {
    expect(fast, text).toBe(findings(text));
  } finally {
    gateSwitch.enabled = true;
  }
}

/** Every pattern of every chat rule whose regexes the shortcuts read (payment, bank details, contact, pressure). */
export const EVERY_RULE_PATTERN = [
  ...OFFPLATFORM_PAYMENT_PATTERNS,
  ...BANK_DETAILS_CHANGE_PATTERNS,
  ...CHANNEL_PATTERNS,
  ...MOVE_PATTERNS,
  ...PRESSURE_PATTERNS,
];
