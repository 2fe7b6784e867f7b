import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAT_RULES } from '../../../lib/chat/rules';
import { scanMessage } from '../../../lib/chat/scanner';
import { CHAT_RULE_IDS, type ChatMessageInput } from '../../../lib/chat/types';
import { english } from '../../../lib/i18n/translate';
import type { CorpusRow } from '../../../scripts/bench/chat-corpus';
import { fixtureLines } from './helpers';

const corpus = fixtureLines<CorpusRow>('corpus.jsonl');
const LANGS = ['en', 'zh', 'zh-Hant', 'es', 'pt', 'fr', 'ru'];
const rulesOf = (m: Pick<ChatMessageInput, 'from' | 'text'>) =>
  scanMessage({ from: m.from, text: m.text }).map((f) => f.rule);

describe('every rule, in every language (clean corpus messages)', () => {
  for (const rule of CHAT_RULE_IDS) {
    for (const lang of LANGS) {
      const examples = corpus.filter(
        (r) => r.variant === 'clean' && r.lang === lang && r.labels.includes(rule),
      );
      if (lang === 'zh-Hant' && examples.length === 0) continue; // traditional Chinese: covered where written
      it(`${rule} / ${lang}: ${examples.length} examples all found`, () => {
        expect(examples.length).toBeGreaterThan(0);
        const missed = examples.filter((r) => !rulesOf(r).includes(rule)).map((r) => r.id);
        // The holdout slice is reported by the benchmark, not required here (it was never tuned on).
        expect(missed.filter((id) => !id.startsWith('ho-'))).toEqual([]);
      });
    }
  }
});

describe('negations and the platform’s own instructions are not flagged', () => {
  for (const m of fixtureLines<ChatMessageInput>('must-not-flag.jsonl')) {
    it(`${m.from}: ${m.text}`, () => expect(rulesOf(m)).toEqual([]));
  }
});

describe('buyers are never flagged as a supplier risk', () => {
  it('every supplier positive of the corpus, said by the buyer, gives no finding', () => {
    const positives = corpus.filter((r) => r.labels.length > 0);
    expect(positives.length).toBeGreaterThan(200);
    const flagged = positives
      .filter((r) => scanMessage({ from: 'buyer', text: r.text }).length > 0)
      .map((r) => r.id);
    expect(flagged).toEqual([]);
  });
});

describe('findings explain themselves', () => {
  it('critical off-platform request: rule, severity, message, original quote, fix and source document', () => {
    const [f] = scanMessage({
      from: 'supplier',
      text: 'Trade assurance is not needed, pay to my boss account.',
    });
    expect(f).toMatchObject({ rule: 'offplatform-payment', severity: 'critical' });
    expect(f!.quote).toBe('Trade assurance is not needed, pay to my boss account.');
    expect(f!.fix).toMatch(/^Pay only through the order on Alibaba\.com/);
    expect(f!.source.ref).toBe('https://jingsourcing.com/b-how-to-use-alibaba-trade-assurance/');
  });

  it('extracts contact ids and numbers', () => {
    const [f] = scanMessage({
      from: 'supplier',
      text: 'my wechat id: lily_led2020, or whatsapp +86 138 2765 4410',
    });
    expect(f?.details).toMatchObject({
      channels: ['WhatsApp', 'WeChat'],
      ids: ['lily_led2020'],
      phones: ['+8613827654410'],
    });
  });

  it('pressure raises the other findings of the same and the next supplier messages', () => {
    const [contact] = scanMessage({
      from: 'supplier',
      text: 'Price goes up tomorrow, pay today. Add my whatsapp +8613827654410',
    }).filter((f) => f.rule === 'offplatform-contact');
    expect(contact).toMatchObject({ severity: 'critical', raisedBy: 'pressure' });
  });
});

describe('rule registry', () => {
  it('registers every rule file, each with a source and a fix', () => {
    const files = readdirSync(join(import.meta.dirname, '..', '..', '..', 'lib', 'chat', 'rules'))
      .filter((f) => f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(CHAT_RULES.map((r) => r.id).sort()).toEqual([...files].sort());
    expect(CHAT_RULES.map((r) => r.id).sort()).toEqual([...CHAT_RULE_IDS].sort());
    for (const r of CHAT_RULES) {
      expect(r.source.ref).toMatch(/^https?:\/\//);
      expect(english.render(r.fix).length).toBeGreaterThan(40);
    }
  });
});
