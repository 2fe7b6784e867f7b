import { describe, expect, it } from 'vitest';
import { detectorRules, score } from '../../../scripts/bench/spec-corpus';
import {
  loadAttributeLabels,
  loadAttributeSet,
  loadRealCorpus,
  loadRealCorpus3,
  loadRealCorpus4,
  loadRealCorpus5,
  loadRealCorpus6,
  loadRealCorpus7,
  readAttributeRows,
} from '../../../scripts/bench/spec-real-set';
import { describeWithShared, realPath } from '../../support/fixtures';

/** The one row left out on purpose: the rendered page glues its whole table into one "Key attributes" string. */
const NOT_LABELLED = new Set(['Key attributes']);

describeWithShared('real attribute tables (labels kept by page and attribute)', () => {
  it('every row the pages show is labelled, and every label finds its row', () => {
    for (const page of loadAttributeLabels().pages) {
      const rows = readAttributeRows(realPath(page.file), page.reader, page.url);
      const labelled = page.rows.map((r) => `${r.attribute}#${r.occurrence ?? 1}`);
      const seen = new Map<string, number>();
      const onPage = rows
        .filter((r) => !NOT_LABELLED.has(r.name))
        .map((r) => {
          const n = (seen.get(r.name) ?? 0) + 1;
          seen.set(r.name, n);
          return `${r.name}#${n}`;
        });
      expect(labelled.sort(), page.file).toEqual(onPage.sort());
    }
  });

  it('the development part (two thirds) stays at precision and recall ≥ 0.97 for every vague-* rule', () => {
    const dev = (loadAttributeSet() ?? []).filter((l) => !l.holdout);
    expect(dev.length).toBeGreaterThan(150);
    for (const s of score(dev, detectorRules)) {
      expect(s.precision, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(0.97);
      expect(s.recall, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(0.97);
    }
  });
});

describe('real-source corpus (lines written from public sources)', () => {
  const corpus = loadRealCorpus();

  it('names a source for every line and holds out every third', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(240);
    expect(corpus.every((l) => /\(.+\)$/u.test(l.origin))).toBe(true);
    expect(corpus.filter((l) => l.holdout).length).toBe(Math.floor(corpus.length / 3));
  });

  it('the development part stays at precision and recall ≥ 0.97 for every vague-* rule', () => {
    for (const s of score(
      corpus.filter((l) => !l.holdout),
      detectorRules,
    )) {
      expect(s.precision, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(0.97);
      expect(s.recall, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(0.97);
    }
  });
});

describe('real-source set 3 (written from guides none of the older sets used)', () => {
  const third = loadRealCorpus3();
  const tuning = third.filter((l) => !l.holdout);

  it('names a source for every line, reads seven languages and holds out every third', () => {
    expect(third.length).toBeGreaterThanOrEqual(180);
    expect(third.every((l) => /\(.+\)$/u.test(l.origin))).toBe(true);
    expect(new Set(third.map((l) => l.lang))).toEqual(new Set(['en', 'de', 'zh', 'es', 'fr', 'pt', 'it']));
    expect(third.filter((l) => l.holdout).length).toBe(Math.floor(third.length / 3));
    // About half precise: a set of vague lines only could not show false alarms.
    expect(third.filter((l) => l.labels.length === 0).length).toBeGreaterThan(third.length * 0.4);
  });

  it('the tuning two-thirds stays at precision and recall ≥ 0.97 for every vague-* rule', () => {
    for (const s of score(tuning, detectorRules)) {
      expect(s.precision, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(0.97);
      expect(s.recall, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('the tuning two-thirds stays at pooled precision and recall ≥ 0.95 in every language', () => {
    for (const lang of new Set(tuning.map((l) => l.lang))) {
      const scores = score(
        tuning.filter((l) => l.lang === lang),
        detectorRules,
      );
      const tp = scores.reduce((n, s) => n + s.tp, 0);
      const fp = scores.reduce((n, s) => n + s.fp, 0);
      const fn = scores.reduce((n, s) => n + s.fn, 0);
      expect(tp / (tp + fp), `${lang} precision ${tp}/${fp}/${fn}`).toBeGreaterThanOrEqual(0.95);
      expect(tp / (tp + fn), `${lang} recall ${tp}/${fp}/${fn}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe('real-source set 4 (PO, quotation, QC and tech-pack pages none of the older sets used)', () => {
  const fourth = loadRealCorpus4();

  it('names a source for every line, reads seven languages and holds out every third', () => {
    expect(fourth.length).toBeGreaterThanOrEqual(150);
    expect(fourth.every((l) => /\(.+\)$/u.test(l.origin))).toBe(true);
    expect(new Set(fourth.map((l) => l.lang))).toEqual(new Set(['en', 'de', 'zh', 'es', 'fr', 'pt', 'it']));
    expect(fourth.filter((l) => l.holdout).length).toBe(Math.floor(fourth.length / 3));
    // About half precise: a set of vague lines only could not show false alarms.
    expect(fourth.filter((l) => l.labels.length === 0).length).toBeGreaterThan(fourth.length * 0.4);
  });

  it('the development two-thirds stays at precision and recall ≥ 0.97 for every vague-* rule and in every language', () => {
    const dev = fourth.filter((l) => !l.holdout);
    for (const s of score(dev, detectorRules)) {
      expect(s.precision, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(0.97);
      expect(s.recall, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(0.97);
    }
    for (const lang of new Set(dev.map((l) => l.lang))) {
      const scores = score(
        dev.filter((l) => l.lang === lang),
        detectorRules,
      );
      const tp = scores.reduce((n, s) => n + s.tp, 0);
      const fp = scores.reduce((n, s) => n + s.fp, 0);
      const fn = scores.reduce((n, s) => n + s.fn, 0);
      expect(tp / (tp + fp), `${lang} precision ${tp}/${fp}/${fn}`).toBeGreaterThanOrEqual(0.97);
      expect(tp / (tp + fn), `${lang} recall ${tp}/${fp}/${fn}`).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('shares no source page with the older real-source sets', () => {
    const page = (origin: string) => /\((\S+)/u.exec(origin)?.[1];
    const older = new Set([...loadRealCorpus(), ...loadRealCorpus3()].map((l) => page(l.origin)));
    expect(fourth.filter((l) => older.has(page(l.origin))).map((l) => l.origin)).toEqual([]);
  });
});

describe('real-source set 5 (RFQs, steel and certificate pages, QC and package tests, disputes, listings, ten languages)', () => {
  const fifth = loadRealCorpus5();

  it('names a source for every line, reads ten languages and holds out every third', () => {
    expect(fifth.length).toBeGreaterThanOrEqual(150);
    expect(fifth.every((l) => /\(.+\)$/u.test(l.origin))).toBe(true);
    expect(new Set(fifth.map((l) => l.lang))).toEqual(
      new Set(['en', 'de', 'zh', 'es', 'fr', 'pt', 'it', 'pl', 'ru', 'ja']),
    );
    expect(fifth.filter((l) => l.holdout).length).toBe(Math.floor(fifth.length / 3));
    // About half precise: a set of vague lines only could not show false alarms.
    expect(fifth.filter((l) => l.labels.length === 0).length).toBeGreaterThan(fifth.length * 0.4);
  });

  it('the development two-thirds stays at precision and recall ≥ 0.97 for every vague-* rule and in every language', () => {
    const dev = fifth.filter((l) => !l.holdout);
    for (const s of score(dev, detectorRules)) {
      expect(s.precision, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(0.97);
      expect(s.recall, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(0.97);
    }
    for (const lang of new Set(dev.map((l) => l.lang))) {
      const scores = score(
        dev.filter((l) => l.lang === lang),
        detectorRules,
      );
      const tp = scores.reduce((n, s) => n + s.tp, 0);
      const fp = scores.reduce((n, s) => n + s.fp, 0);
      const fn = scores.reduce((n, s) => n + s.fn, 0);
      // A language with no vague line in the development part scores 0/0: precision and recall are then 1.
      expect(
        tp + fp === 0 ? 1 : tp / (tp + fp),
        `${lang} precision ${tp}/${fp}/${fn}`,
      ).toBeGreaterThanOrEqual(0.97);
      expect(tp + fn === 0 ? 1 : tp / (tp + fn), `${lang} recall ${tp}/${fp}/${fn}`).toBeGreaterThanOrEqual(
        0.97,
      );
    }
  });

  it('shares no source page with the older real-source sets', () => {
    const page = (origin: string) => /\((\S+)/u.exec(origin)?.[1];
    const older = new Set(
      [...loadRealCorpus(), ...loadRealCorpus3(), ...loadRealCorpus4()].map((l) => page(l.origin)),
    );
    expect(fifth.filter((l) => older.has(page(l.origin))).map((l) => l.origin)).toEqual([]);
  });
});

describe("real-source set 6 (supplier terms, listing spec tables, PO and PI lines, printers' order conditions, twelve languages)", () => {
  const sixth = loadRealCorpus6();

  it('names a source for every line, reads twelve languages and holds out every third', () => {
    expect(sixth.length).toBeGreaterThanOrEqual(150);
    expect(sixth.every((l) => /\(.+\)$/u.test(l.origin))).toBe(true);
    expect(new Set(sixth.map((l) => l.lang))).toEqual(
      new Set(['en', 'de', 'zh', 'es', 'fr', 'pt', 'it', 'pl', 'ru', 'ja', 'tr', 'vi']),
    );
    expect(sixth.filter((l) => l.holdout).length).toBe(Math.floor(sixth.length / 3));
    // About half precise: a set of vague lines only could not show false alarms.
    expect(sixth.filter((l) => l.labels.length === 0).length).toBeGreaterThan(sixth.length * 0.4);
  });

  it('the development two-thirds stays at pooled precision and recall ≥ 0.97, and no rule or language below 0.9', () => {
    const dev = sixth.filter((l) => !l.holdout);
    const scores = score(dev, detectorRules);
    const tp = scores.reduce((n, s) => n + s.tp, 0);
    const fp = scores.reduce((n, s) => n + s.fp, 0);
    const fn = scores.reduce((n, s) => n + s.fn, 0);
    expect(tp / (tp + fp), `pooled ${tp}/${fp}/${fn}`).toBeGreaterThanOrEqual(0.97);
    expect(tp / (tp + fn), `pooled ${tp}/${fp}/${fn}`).toBeGreaterThanOrEqual(0.97);
    // One development line is left as a miss (a lead time written in a colour field, README "Left alone").
    for (const s of scores) {
      expect(s.precision, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(0.9);
      expect(s.recall, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('shares no source page with the older real-source sets', () => {
    const page = (origin: string) => /\((\S+)/u.exec(origin)?.[1];
    const older = new Set(
      [...loadRealCorpus(), ...loadRealCorpus3(), ...loadRealCorpus4(), ...loadRealCorpus5()].map((l) =>
        page(l.origin),
      ),
    );
    expect(sixth.filter((l) => older.has(page(l.origin))).map((l) => l.origin)).toEqual([]);
  });
});

describe('real-source set 7 (TA spec boxes and RFQs: furniture, cosmetics packaging, cables, auto parts, food contact, toys, trims, labels, machinery)', () => {
  const seventh = loadRealCorpus7();

  it('names a source for every line, reads eight languages and holds out every third', () => {
    expect(seventh.length).toBeGreaterThanOrEqual(100);
    expect(seventh.every((l) => /\(.+\)$/u.test(l.origin))).toBe(true);
    expect(new Set(seventh.map((l) => l.lang))).toEqual(
      new Set(['en', 'zh', 'es', 'pt', 'fr', 'de', 'it', 'ja']),
    );
    expect(seventh.filter((l) => l.holdout).length).toBe(Math.floor(seventh.length / 3));
    // About half precise: a set of vague lines only could not show false alarms.
    expect(seventh.filter((l) => l.labels.length === 0).length).toBeGreaterThan(seventh.length * 0.4);
  });

  it('shares no source page with the older real-source sets', () => {
    const page = (origin: string) => /\((\S+)/u.exec(origin)?.[1];
    const older = new Set(
      [
        ...loadRealCorpus(),
        ...loadRealCorpus3(),
        ...loadRealCorpus4(),
        ...loadRealCorpus5(),
        ...loadRealCorpus6(),
      ].map((l) => page(l.origin)),
    );
    expect(seventh.filter((l) => older.has(page(l.origin))).map((l) => l.origin)).toEqual([]);
  });
});
