import { describe, expect, it } from 'vitest';
import {
  CORPUS_BALANCED_RULES,
  detectorRules,
  isHoldout,
  loadCorpus,
  score,
} from '../../../scripts/bench/spec-corpus';

const corpus = loadCorpus();

describe('spec corpus (tests/fixtures/spec/corpus.jsonl)', () => {
  it('is big and balanced enough to mean something', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(corpus.filter((l) => l.labels.length === 0).length).toBeGreaterThanOrEqual(100);
    for (const lang of ['en', 'zh', 'es', 'fr', 'de', 'pt'])
      expect(corpus.some((l) => l.lang === lang)).toBe(true);
    for (const s of score(corpus, () => new Set(), CORPUS_BALANCED_RULES))
      expect(s.fn, s.rule).toBeGreaterThanOrEqual(25);
  });

  it('the detector reaches precision and recall ≥ 0.95 for every vague-* rule', () => {
    for (const s of score(corpus, detectorRules)) {
      expect(s.precision, `${s.rule} precision (${s.tp}/${s.fp}/${s.fn})`).toBeGreaterThanOrEqual(0.95);
      expect(s.recall, `${s.rule} recall (${s.tp}/${s.fp}/${s.fn})`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('holds out every 5th line', () => {
    expect(corpus.filter(isHoldout).length).toBe(Math.floor(corpus[corpus.length - 1]!.lineNo / 5));
  });
});
