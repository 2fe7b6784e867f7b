import { describe, expect, it } from 'vitest';
import { gateSwitch } from '../../../lib/chat/match';
import { type CorpusRow, detector, score } from '../../../scripts/bench/chat-corpus';
import { fixtureLines } from './helpers';

const corpus = fixtureLines<CorpusRow>('corpus.jsonl');

describe('corpus', () => {
  it('is big enough, 40%+ hard negatives, all languages, clean and obfuscated', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(500);
    expect(corpus.filter((r) => r.labels.length === 0).length / corpus.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(corpus.map((r) => r.lang))).toEqual(
      new Set(['en', 'zh', 'zh-Hant', 'es', 'pt', 'fr', 'ru']),
    );
    const obfuscated = corpus.filter((r) => r.variant === 'obfuscated');
    expect(obfuscated.every((r) => corpus.some((c) => c.id === r.of && c.variant === 'clean'))).toBe(true);
  });

  it('meets the goals: P and R ≥ 0.97 on the three payment rules, false alarms on benign ≤ 2%', () => {
    const s = score(corpus, detector);
    for (const rule of ['offplatform-payment', 'bank-details-change', 'payment-details']) {
      const r = s.perRule.find((x) => x.rule === rule)!;
      expect(r.precision, `${rule} precision`).toBeGreaterThanOrEqual(0.97);
      expect(r.recall, `${rule} recall`).toBeGreaterThanOrEqual(0.97);
    }
    expect(s.falseAlarmRate).toBeLessThanOrEqual(0.02);
  });

  it('pattern gates are only shortcuts: the same findings with them switched off', () => {
    const withGates = corpus.map((r) => [...detector(r)].join());
    gateSwitch.enabled = false;
    try {
      expect(corpus.map((r) => [...detector(r)].join())).toEqual(withGates);
    } finally {
      gateSwitch.enabled = true;
    }
  });
});
