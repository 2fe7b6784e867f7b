import { describe, expect, it } from 'vitest';
import { fixtureJson } from './helpers';
import { type RuleCase, rulesOf } from './rule-cases';

/**
 * Stop 28, indirect wordings (tests/fixtures/chat/indirect-stop28.json, written for this test after the independent
 * probe R15 was scored blind): phone numbers spelt one digit a word (en, es, pt, fr) or with look-alike letters in
 * the digit groups; apps left unnamed ("the green app", "the other app", "my number is in the photo", "tele", "mail
 * ID", "name at gmail"); payments steered off the checkout ("pay out side", a wallet called by its colour, an order
 * marked paid by hand, a French refund sent only after a fee); and the warnings, refusals and checkout methods that
 * must stay silent.
 */
interface SourcedCase extends RuleCase {
  source: string;
}

describe('stop 28: disguised numbers, unnamed apps, steered payments and their false alarms', () => {
  const cases = fixtureJson<SourcedCase[]>('indirect-stop28.json');

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

  it('reports the spelt number as the digits it reads', async () => {
    const { scanMessage } = await import('../../../lib/chat/scanner');
    const contact = scanMessage({
      from: 'supplier',
      text: 'Call or text me: nine one seven, four four two, zero eight one three, easier than this chat',
    }).find((f) => f.rule === 'offplatform-contact');
    expect(contact?.details?.phones).toEqual(['9174420813']);
  });
});
