import { describe, expect, it } from 'vitest';
import { formatScanChat, runScanChat } from '../../../lib/cli/scan-chat';
import { fixtureText } from './helpers';

describe('scan-chat CLI core', () => {
  it('plain text: speakers, continuation lines, "Name (time):" and "[time] Seller:"', () => {
    const { messages } = runScanChat(fixtureText('transcript.txt'));
    expect(messages.map((m) => m.from)).toEqual([
      'supplier',
      'buyer',
      'unknown',
      'supplier',
      'buyer',
      'supplier',
    ]);
    expect(messages[0]!.findings).toEqual([]);
    expect(messages[2]).toMatchObject({ at: '10:32', findings: [] });
    expect(messages[3]).toMatchObject({ at: '2026-05-01 10:40' });
    expect(messages[3]!.findings[0]).toMatchObject({ rule: 'offplatform-payment', severity: 'critical' });
    expect(messages[5]!.findings[0]).toMatchObject({ rule: 'offplatform-contact', severity: 'warning' });
  });

  it('output shape: every message, findings with rule/severity/message/quote/fix/source', () => {
    const result = runScanChat(fixtureText('transcript.jsonl'));
    expect(result.messages).toHaveLength(3);
    expect(result.messages[1]).toEqual({ index: 1, from: 'buyer', findings: [] });
    const f = result.messages[0]!.findings[0]!;
    expect(Object.keys(f).slice(0, 6)).toEqual(['rule', 'severity', 'message', 'quote', 'fix', 'source']);
    expect(f.source).toBe('https://jingsourcing.com/b-how-to-use-alibaba-trade-assurance/');
    expect(result.messages[2]!.findings.map((x) => x.rule)).toEqual(['pressure']);
  });

  it('JSON array with ids', () => {
    const { messages } = runScanChat(fixtureText('transcript.json'));
    expect(messages[0]).toEqual({ index: 0, id: 'a1', from: 'supplier', findings: [] });
    expect(messages[1]!.findings[0]).toMatchObject({
      rule: 'payment-details',
      details: { ibans: ['DE89370400440532013000'] },
    });
  });

  it('a photo or sticker with no text does not stop the rest of the chat being scanned', () => {
    const chat = [
      { from: 'supplier', type: 'image', url: 'photo.jpg' },
      { from: 'supplier', text: 12345 },
      { from: 'supplier', text: ['Pay to my personal account', 'by Western Union please'] },
      null,
    ];
    const { messages } = runScanChat(JSON.stringify(chat));
    expect(messages.map((m) => m.index)).toEqual([0, 1, 2, 3]);
    expect(messages[0]!.findings).toEqual([]);
    expect(messages[2]!.findings.map((f) => f.rule)).toContain('offplatform-payment');
    const jsonl = '{"from":"supplier","text":"Pay by Western Union to my own account"}\n{"from":"buyer"}';
    expect(runScanChat(jsonl).messages[0]!.findings.length).toBeGreaterThan(0);
  });

  it('bad input throws one clear line', () => {
    for (const [input, pattern] of [
      ['', /^empty chat/],
      ['[{"from":"supplier"}]', /^JSON array: not a chat of \{"from","text"\} messages: no message has text/],
      ['{"messages":null}', /^JSON: not a chat .*no message has text/],
      ['{"from":"supplier","text":"x"}\n{"from":', /^invalid JSONL on line 2/],
      ['[1,2', /^invalid JSON array/],
      ['[[]]', /^JSON array: not a chat .*no message has text/],
    ] as const) {
      expect(() => runScanChat(input)).toThrowError(pattern);
      try {
        runScanChat(input);
      } catch (e) {
        expect((e as Error).message).not.toContain('\n');
      }
    }
  });

  it('readable summary names the rule, the quote and what to do', () => {
    const text = formatScanChat(runScanChat(fixtureText('transcript.txt')));
    expect(text).toMatch(/^6 messages scanned, 2 with findings\./);
    expect(text).toContain(
      'CRITICAL offplatform-payment: “But if you pay directly to our company account we give 5% discount.”',
    );
    expect(text).toContain('seen: WhatsApp, +8613827654410');
  });
});
