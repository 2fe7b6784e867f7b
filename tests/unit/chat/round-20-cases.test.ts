import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { fixtureJson } from './helpers';
import { type RuleCase, rulesOf } from './rule-cases';

/**
 * Stop 30, probe R20 (tests/fixtures/chat/round-20-cases.json, written for this test after the tuned third of the
 * independent probe R20 was scored blind, and after the stop 29 red team's chat items): a refund or a resend held back
 * for a payment to the seller's side, by a link or a QR; the rest of an order "the limit cannot take" paid by plain
 * transfer; the receiving side moved to another account; the talk moved to a mailbox ("answer us there"), to "any way
 * to reach you directly", to a contact promised in the next message, to an office line or an unnamed messenger; and
 * what must stay silent: a carrier's own duty page, customs paid to the courier at the door, a number for the driver,
 * buyers' reports inside a platform-only notice and an account-never-changes notice.
 */
interface SourcedCase extends RuleCase {
  source: string;
}

describe('stop 30 (R20): conditional payments, handed-on contacts and their false alarms', () => {
  const cases = fixtureJson<SourcedCase[]>('round-20-cases.json');

  it('holds positives and must-not-flag cases, each with the page it was modelled on', () => {
    expect(cases.filter((c) => c.rules.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.rules.length === 0).length).toBeGreaterThanOrEqual(10);
    for (const c of cases) expect(c.source).toMatch(/^https?:\/\//);
  });

  for (const c of cases) {
    it(c.why, () => {
      expect(rulesOf(c.text).sort()).toEqual([...c.rules].sort());
    });
  }

  it('names the refund held back for a fee as what it saw, and quotes the paying sentence', () => {
    const text =
      'Your claim is approved. Please transfer 12 usd handling to our finance colleague, then the refund is sent today.';
    const payment = scanMessage({ from: 'supplier', text }).find((f) => f.rule === 'offplatform-payment');
    expect(payment?.severity).toBe('critical');
    expect(payment?.quote).toContain('transfer 12 usd handling to our finance');
  });

  it('keeps a carrier link that only borrows the carrier name in another domain', () => {
    const own = rulesOf(
      'UPS will e-mail you a link to pay the import VAT on ups.com/pay, please pay it there.',
    );
    const borrowed = rulesOf(
      'UPS will e-mail you a link to pay the import VAT on ups.com.vat-fees.shop, please pay it there.',
    );
    expect(own).not.toContain('offplatform-payment');
    expect(borrowed).toContain('offplatform-payment');
  });
});
