import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../../lib/chat/scanner';
import { fixtureJson } from './helpers';
import { type RuleCase, rulesOf } from './rule-cases';

/**
 * Stop 28, the residual mechanisms (tests/fixtures/chat/residual-stop28.json, phrasings written for this test and
 * modelled on the pages each case names): addresses spelt with spaces or in Russian words (собака, точка) and app
 * names cut in two ("tele gram", "what s app"); the proforma's account set against the platform's ("not the Alibaba
 * account", "the Alibaba account is only for samples"); a customs or release fee paid by a link or with the proof
 * sent back; a discount for paying in advance by transfer; NEFT/IMPS/UPI to an account given in chat — and, silent,
 * payment speakers that name wallets, a buyer's declined card, "我的卡" in the buyer's own words, and warnings.
 */
describe('stop 28: residual mechanisms', () => {
  for (const c of fixtureJson<(RuleCase & { source: string })[]>('residual-stop28.json')) {
    it(c.why, () => {
      expect(rulesOf(c.text).sort()).toEqual([...c.rules].sort());
    });
  }

  it('reads an address spelt with spaces as the address it spells', () => {
    const findings = scanMessage({
      from: 'supplier',
      text: 'For repeat orders drop a line to m a r c o . l e d 2 4 @ y a h o o . c o m',
    });
    const contact = findings.find((f) => f.rule === 'offplatform-contact');
    expect(contact?.details?.emails).toEqual(['marco.led24@yahoo.com']);
  });

  it('reads an address with собака and точка as the address it spells', () => {
    const findings = scanMessage({ from: 'supplier', text: 'прайс на почту: opt собака svetdiod точка ru' });
    const contact = findings.find((f) => f.rule === 'offplatform-contact');
    expect(contact?.details?.emails).toEqual(['opt@svetdiod.ru']);
  });
});
