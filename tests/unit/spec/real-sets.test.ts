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
  loadRealCorpus8,
  loadRealCorpus9,
  loadRealCorpus10,
  loadRealCorpus11,
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

type RealLine = ReturnType<typeof loadRealCorpus4>[number];

/** A new set is what its README says: a source for every line, its languages, every third held out, about half precise. */
function expectNewSetShape(set: readonly RealLine[], atLeast: number, languages: readonly string[]) {
  expect(set.length).toBeGreaterThanOrEqual(atLeast);
  expect(set.every((l) => /\(.+\)$/u.test(l.origin))).toBe(true);
  expect(new Set(set.map((l) => l.lang))).toEqual(new Set(languages));
  expect(set.filter((l) => l.holdout).length).toBe(Math.floor(set.length / 3));
  // About half precise: a set of vague lines only could not show false alarms.
  expect(set.filter((l) => l.labels.length === 0).length).toBeGreaterThan(set.length * 0.4);
}

/** The real-source sets in the order they were written: a new set may share no page with any before it. */
const SETS_IN_ORDER = [
  loadRealCorpus,
  loadRealCorpus3,
  loadRealCorpus4,
  loadRealCorpus5,
  loadRealCorpus6,
  loadRealCorpus7,
  loadRealCorpus8,
  loadRealCorpus9,
  loadRealCorpus10,
  loadRealCorpus11,
];
/** Every line of the sets written before the one `load` reads. */
function setsBefore(load: (typeof SETS_IN_ORDER)[number]): RealLine[] {
  return SETS_IN_ORDER.slice(0, SETS_IN_ORDER.indexOf(load)).flatMap((older) => [...older()]);
}

/** No page a new set was modelled on was a source of an older set. */
function expectNoSharedSource(set: readonly RealLine[], older: readonly RealLine[]) {
  const page = (origin: string) => /\((\S+)/u.exec(origin)?.[1];
  const olderPages = new Set(older.map((l) => page(l.origin)));
  expect(set.filter((l) => olderPages.has(page(l.origin))).map((l) => l.origin)).toEqual([]);
}

const pooled = (scores: ReturnType<typeof score>) => ({
  tp: scores.reduce((n, s) => n + s.tp, 0),
  fp: scores.reduce((n, s) => n + s.fp, 0),
  fn: scores.reduce((n, s) => n + s.fn, 0),
});

/** Every vague-* rule at ≥ `atLeast`, alone. */
function expectEachRule(dev: readonly RealLine[], atLeast: number) {
  for (const s of score(dev, detectorRules)) {
    expect(s.precision, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(atLeast);
    expect(s.recall, `${s.rule} ${s.tp}/${s.fp}/${s.fn}`).toBeGreaterThanOrEqual(atLeast);
  }
}

/** Every language pooled over the rules at ≥ 0.97; a language with no vague line scores 0/0, which counts as 1. */
function expectEachLanguage(dev: readonly RealLine[]) {
  for (const lang of new Set(dev.map((l) => l.lang))) {
    const { tp, fp, fn } = pooled(
      score(
        dev.filter((l) => l.lang === lang),
        detectorRules,
      ),
    );
    expect(tp + fp === 0 ? 1 : tp / (tp + fp), `${lang} precision ${tp}/${fp}/${fn}`).toBeGreaterThanOrEqual(
      0.97,
    );
    expect(tp + fn === 0 ? 1 : tp / (tp + fn), `${lang} recall ${tp}/${fp}/${fn}`).toBeGreaterThanOrEqual(
      0.97,
    );
  }
}

describe('real-source set 4 (PO, quotation, QC and tech-pack pages none of the older sets used)', () => {
  const fourth = loadRealCorpus4();

  it('names a source for every line, reads seven languages and holds out every third', () => {
    expectNewSetShape(fourth, 150, ['en', 'de', 'zh', 'es', 'fr', 'pt', 'it']);
  });

  it('the development two-thirds stays at precision and recall ≥ 0.97 for every vague-* rule and in every language', () => {
    const dev = fourth.filter((l) => !l.holdout);
    expectEachRule(dev, 0.97);
    expectEachLanguage(dev);
  });

  it('shares no source page with the older real-source sets', () => {
    expectNoSharedSource(fourth, setsBefore(loadRealCorpus4));
  });
});

describe('real-source set 5 (RFQs, steel and certificate pages, QC and package tests, disputes, listings, ten languages)', () => {
  const fifth = loadRealCorpus5();

  it('names a source for every line, reads ten languages and holds out every third', () => {
    expectNewSetShape(fifth, 150, ['en', 'de', 'zh', 'es', 'fr', 'pt', 'it', 'pl', 'ru', 'ja']);
  });

  it('the development two-thirds stays at precision and recall ≥ 0.97 for every vague-* rule and in every language', () => {
    const dev = fifth.filter((l) => !l.holdout);
    expectEachRule(dev, 0.97);
    expectEachLanguage(dev);
  });

  it('shares no source page with the older real-source sets', () => {
    expectNoSharedSource(fifth, setsBefore(loadRealCorpus5));
  });
});

describe("real-source set 6 (supplier terms, listing spec tables, PO and PI lines, printers' order conditions, twelve languages)", () => {
  const sixth = loadRealCorpus6();

  it('names a source for every line, reads twelve languages and holds out every third', () => {
    expectNewSetShape(sixth, 150, ['en', 'de', 'zh', 'es', 'fr', 'pt', 'it', 'pl', 'ru', 'ja', 'tr', 'vi']);
  });

  it('the development two-thirds stays at pooled precision and recall ≥ 0.97, and no rule or language below 0.9', () => {
    const dev = sixth.filter((l) => !l.holdout);
    const { tp, fp, fn } = pooled(score(dev, detectorRules));
    expect(tp / (tp + fp), `pooled ${tp}/${fp}/${fn}`).toBeGreaterThanOrEqual(0.97);
    expect(tp / (tp + fn), `pooled ${tp}/${fp}/${fn}`).toBeGreaterThanOrEqual(0.97);
    // One development line is left as a miss (a lead time written in a colour field, README "Left alone").
    expectEachRule(dev, 0.9);
  });

  it('shares no source page with the older real-source sets', () => {
    expectNoSharedSource(sixth, setsBefore(loadRealCorpus6));
  });
});

/** Pooled precision and recall of a set's development two-thirds (the part tuned on) stay at their floors. */
function expectDevelopmentFloor(set: readonly RealLine[], precision: number, recall: number) {
  const { tp, fp, fn } = pooled(
    score(
      set.filter((l) => !l.holdout),
      detectorRules,
    ),
  );
  expect(tp / (tp + fp), `pooled ${tp}/${fp}/${fn}`).toBeGreaterThanOrEqual(precision);
  expect(tp / (tp + fn), `pooled ${tp}/${fp}/${fn}`).toBeGreaterThanOrEqual(recall);
}

/**
 * Sets 7–11, one row each: the shape (a source per line, its languages, every third held aside), a floor on
 * the development two-thirds where one is kept (below 0.97 on purpose: the remaining errors are
 * label-versus-rule questions, each set's README "Left alone"), and no source page shared with an older set.
 */
const NEWER_SETS = [
  {
    title:
      'real-source set 7 (TA spec boxes and RFQs: furniture, cosmetics packaging, cables, auto parts, food contact, toys, trims, labels, machinery)',
    load: loadRealCorpus7,
    minLines: 100,
    languages: ['en', 'zh', 'es', 'pt', 'fr', 'de', 'it', 'ja'],
  },
  {
    title:
      'real-source set 8 (PO and RFQ lines: electronics with voltages and plugs, textiles by GSM, cartons and pallets, furniture, auto parts, cosmetics packaging, machinery; ten languages)',
    load: loadRealCorpus8,
    minLines: 120,
    languages: ['en', 'zh', 'es', 'de', 'tr', 'fr', 'ko', 'pt', 'it', 'ja'],
    floor: { precision: 0.9, recall: 0.9, firstRun: '0.66 / 0.60' },
  },
  {
    title:
      'real-source set 9 (food, cosmetics, toys, shoes and bags, furniture and lighting, gloves and masks, promotional imprints; eight languages)',
    load: loadRealCorpus9,
    minLines: 75,
    languages: ['en', 'de', 'es', 'ja', 'zh', 'it', 'pt', 'fr'],
    floor: { precision: 0.9, recall: 0.8, firstRun: '0.81 / 0.75' },
  },
  {
    title:
      'real-source set 10 (performance claims and their measures: power banks, vacuums, bags, headlamps, speakers; part praise, plug choices, fill levels, age grades; five languages)',
    load: loadRealCorpus10,
    minLines: 120,
    languages: ['en', 'zh', 'es', 'pt', 'fr'],
    floor: { precision: 0.95, recall: 0.9, firstRun: '0.91 / 0.70' },
  },
  {
    title:
      'real-source set 11 (PO, spec-sheet, inspection and artwork lines: finishes, certificates, plugs, odour, accessories, shipping marks, tolerances, samples and pictures; precise lines that look vague; three languages)',
    load: loadRealCorpus11,
    minLines: 120,
    languages: ['en', 'es', 'zh'],
    floor: { precision: 0.9, recall: 0.85, firstRun: '0.72 / 0.49' },
  },
];

for (const { title, load, minLines, languages, floor } of NEWER_SETS) {
  describe(title, () => {
    const set = load();

    it(`names a source for every line, reads ${languages.length} languages and holds out every third`, () => {
      expectNewSetShape(set, minLines, languages);
    });

    if (floor)
      it(`the development two-thirds stays at pooled precision ≥ ${floor.precision} and recall ≥ ${floor.recall} (first run ${floor.firstRun})`, () => {
        expectDevelopmentFloor(set, floor.precision, floor.recall);
      });

    it('shares no source page with the older real-source sets', () => {
      expectNoSharedSource(set, setsBefore(load));
    });
  });
}
