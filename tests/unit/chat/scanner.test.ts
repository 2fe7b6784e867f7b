import { describe, expect, it } from 'vitest';
import { createChatScanner, scanMessage } from '../../../lib/chat/scanner';
import type { ChatMessageInput } from '../../../lib/chat/types';
import type { CorpusRow } from '../../../scripts/bench/chat-corpus';
import { fixtureLines } from './helpers';

const corpus = fixtureLines<CorpusRow>('corpus.jsonl').filter((r) => r.split === 'tune');
const asMessages = (rows: CorpusRow[], withIds: boolean): ChatMessageInput[] =>
  rows.map((r) => ({ ...(withIds ? { id: r.id } : {}), from: r.from, text: r.text }));

describe('incremental scanner', () => {
  it('analyses each message once while the conversation grows (ids)', () => {
    const all = asMessages(corpus.slice(0, 120), true);
    const scanner = createChatScanner();
    scanner.scan(all.slice(0, 100));
    expect(scanner.analysedCount()).toBe(100);
    for (let k = 101; k <= 120; k++) scanner.scan(all.slice(0, k));
    expect(scanner.analysedCount()).toBe(120);
    scanner.scan(all);
    scanner.scan(all.map((m) => ({ ...m }))); // same ids, new objects: still not re-analysed
    expect(scanner.analysedCount()).toBe(120);
  });

  it('keys id-less messages by position and hash: unchanged ones are not re-analysed, an edit is', () => {
    const all = asMessages(corpus.slice(0, 50), false);
    const scanner = createChatScanner();
    scanner.scan(all);
    scanner.scan(all.map((m) => ({ ...m })));
    expect(scanner.analysedCount()).toBe(50);
    const edited = all.map((m, i) => (i === 49 ? { ...m, text: 'Please pay to my personal account.' } : m));
    const result = scanner.scan(edited);
    expect(scanner.analysedCount()).toBe(51);
    expect(result[49]!.findings.map((f) => f.rule)).toContain('offplatform-payment');
  });

  it('handles a message inserted in the middle', () => {
    const all = asMessages(corpus.slice(0, 30), true);
    const scanner = createChatScanner();
    scanner.scan(all);
    const inserted = [
      ...all.slice(0, 10),
      { id: 'new', from: 'supplier' as const, text: 'add my WA 13827654410' },
      ...all.slice(10),
    ];
    const result = scanner.scan(inserted);
    expect(scanner.analysedCount()).toBe(31);
    expect(result).toHaveLength(31);
    expect(result[10]!.findings[0]?.rule).toBe('offplatform-contact');
    expect(result[30]!.id).toBe(all[29]!.id);
  });

  it('gives the same findings as scanning each message alone (no pressure nearby)', () => {
    const rows = corpus.filter((r) => !r.labels.includes('pressure')).slice(0, 200);
    const result = createChatScanner().scan(asMessages(rows, true));
    rows.forEach((r, i) => {
      expect(result[i]!.findings.map((f) => f.rule)).toEqual(
        scanMessage({ from: r.from, text: r.text }).map((f) => f.rule),
      );
    });
  });

  it('pressure raises findings in the next supplier messages, not beyond the window', () => {
    const conversation: ChatMessageInput[] = [
      { from: 'supplier', text: 'Container leaves in six hours, please hurry.' },
      { from: 'buyer', text: 'OK, how do I pay?' },
      { from: 'supplier', text: 'Add my WhatsApp 13827654410, I send details.' },
      { from: 'supplier', text: 'Thanks.' },
      { from: 'supplier', text: 'Ok.' },
      { from: 'supplier', text: 'My WeChat: lily_led2020' },
    ];
    const result = createChatScanner().scan(conversation);
    expect(result[0]!.findings.map((f) => f.rule)).toEqual(['pressure']);
    expect(result[2]!.findings[0]).toMatchObject({
      rule: 'offplatform-contact',
      severity: 'critical',
      raisedBy: 'pressure',
    });
    expect(result[5]!.findings[0]).toMatchObject({ rule: 'offplatform-contact', severity: 'warning' });
    expect(result[1]!.findings).toEqual([]);
  });
});
