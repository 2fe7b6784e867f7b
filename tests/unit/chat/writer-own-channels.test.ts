import { describe, expect, it } from 'vitest';
import { runScanChat } from '../../../lib/cli/scan-chat';

function rules(text: string): string[] {
  return runScanChat(JSON.stringify([{ from: 'supplier', text }])).messages.flatMap((m) =>
    m.findings.map((f) => f.rule),
  );
}

describe('the seller telling how it pays or how its staff talk asks nothing of the buyer', () => {
  it.each([
    'We pay by Wave in Senegal',
    'We pay our workers via M-Pesa every Friday',
    'Our QQ group is for our workers',
    '我们的QQ群是员工内部用的',
  ])('does not flag: %s', (text) => expect(rules(text)).toEqual([]));
  it.each([
    ['Please pay by Wave, we pay you back if any problem', 'offplatform-payment'],
    ['Pay via M-Pesa to 0712345678', 'offplatform-payment'],
    ['Add our QQ group 12345678 for faster service', 'offplatform-contact'],
    ['our QQ is for our staff, you can add my QQ 38765432', 'offplatform-contact'],
  ])('flags: %s', (text, rule) => expect(rules(text)).toContain(rule));
});
