import { describe, expect, it } from 'vitest';
import { runScanChat } from '../../../lib/cli/scan-chat';

function rules(text: string): string[] {
  return runScanChat(JSON.stringify([{ from: 'supplier', text }])).messages.flatMap((m) =>
    m.findings.map((f) => f.rule),
  );
}

describe('a correction needs an account or bank word, not bare "details"', () => {
  it.each([
    'I sent the wrong details, the correct details below: 500 pcs, blue',
    'the right details for your payment are below: Trade Assurance order link https://www.alibaba.com/xxx',
    'Ignore the previous details, our size chart changed: M is 52 cm',
  ])('does not flag: %s', (text) => expect(rules(text)).toEqual([]));
  it.each([
    'I sent the wrong bank details, the correct bank details are below, please transfer today',
    'Please disregard the previous account details, pay to the new one below',
  ])('flags: %s', (text) => expect(rules(text)).toContain('bank-details-change'));
});
