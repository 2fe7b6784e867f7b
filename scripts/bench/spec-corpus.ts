/**
 * Scores the specification checker on tests/fixtures/spec/corpus.jsonl against
 * a naive keyword baseline, per vague-* rule.
 *
 * Hold-out: every 5th corpus line (1-based line numbers 5, 10, 15, …) is never
 * used while tuning the detector; its figures are printed separately. Pass
 * `--errors` to list misses on the development slice only.
 *
 *   npx tsx scripts/bench/spec-corpus.ts [--errors]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { checkSpecLine } from '../../lib/spec/check-spec';

const VAGUE_RULES = [
  'vague-color',
  'vague-size',
  'vague-material',
  'vague-weight',
  'vague-quantity',
  'vague-packaging',
  'vague-ship-date',
  'vague-customization',
] as const;

const CorpusLineSchema = z.object({
  text: z.string().min(1),
  lang: z.enum(['en', 'zh', 'es', 'fr', 'de', 'pt']),
  labels: z.array(z.enum(VAGUE_RULES)),
});
export type CorpusLine = z.infer<typeof CorpusLineSchema> & { lineNo: number };

export const CORPUS_PATH = fileURLToPath(new URL('../../tests/fixtures/spec/corpus.jsonl', import.meta.url));

export function loadCorpus(path = CORPUS_PATH): CorpusLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((raw, i) => ({ raw, lineNo: i + 1 }))
    .filter(({ raw }) => raw.trim().length > 0)
    .map(({ raw, lineNo }) => ({ ...CorpusLineSchema.parse(JSON.parse(raw)), lineNo }));
}

/** Every 5th line is held out from tuning. */
export const isHoldout = (line: CorpusLine) => line.lineNo % 5 === 0;

/** The naive baseline: a keyword per attribute, no structure, no library code. */
const BASELINE: Record<(typeof VAGUE_RULES)[number], RegExp> = {
  'vague-color': /\b(red|blue|green|black|white|grey|gray|gold|silver|pink|navy|beige|colou?r)\b|色/iu,
  'vague-size': /\b(size|standard size|medium|dimensions?)\b|尺寸/iu,
  'vague-material': /\b(stainless steel|metal|plastic|quality|material)\b|材质|不锈钢|质量/iu,
  'vague-weight': /\b(light|weight|heavy)\b|重量|轻/iu,
  'vague-quantity': /\b(about|approx\.?|around|roughly)\b|大约|约/iu,
  'vague-packaging': /\b(standard|neutral|normal) (export )?packing\b|包装/iu,
  'vague-ship-date': /\b(asap|soon|ship in|within \d+ days)\b|尽快/iu,
  'vague-customization': /\b(logo|oem|customi[sz]ed)\b|定制/iu,
};

export function baselineRules(text: string): Set<string> {
  return new Set(VAGUE_RULES.filter((rule) => BASELINE[rule].test(text)));
}

export function detectorRules(text: string): Set<string> {
  return new Set(checkSpecLine(text).map((f) => f.rule));
}

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function score(lines: CorpusLine[], predict: (text: string) => Set<string>): RuleScore[] {
  const predictions = lines.map((l) => predict(l.text));
  return VAGUE_RULES.map((rule) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    lines.forEach((l, i) => {
      const expected = (l.labels as string[]).includes(rule);
      const got = predictions[i]!.has(rule);
      if (expected && got) tp++;
      else if (got) fp++;
      else if (expected) fn++;
    });
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    return { rule, tp, fp, fn, precision, recall };
  });
}

function table(title: string, lines: CorpusLine[]): string {
  const base = score(lines, baselineRules);
  const real = score(lines, detectorRules);
  const f = (n: number) => n.toFixed(2);
  const rows = real.map((r, i) => {
    const b = base[i]!;
    return `${r.rule.padEnd(20)} | ${`${b.tp}/${b.fp}/${b.fn}`.padEnd(9)} ${f(b.precision)}  ${f(b.recall)} | ${`${r.tp}/${r.fp}/${r.fn}`.padEnd(9)} ${f(r.precision)}  ${f(r.recall)}`;
  });
  return [
    `\n${title} (${lines.length} lines, ${lines.filter((l) => l.labels.length === 0).length} clear)`,
    `${'rule'.padEnd(20)} | baseline TP/FP/FN  P     R    | detector TP/FP/FN  P     R`,
    ...rows,
  ].join('\n');
}

export function main(argv: string[] = process.argv.slice(2)): void {
  const corpus = loadCorpus();
  const dev = corpus.filter((l) => !isHoldout(l));
  const holdout = corpus.filter(isHoldout);
  console.log(`spec corpus: ${corpus.length} lines; hold-out = every 5th line`);
  console.log(table('Development slice', dev));
  console.log(table('Hold-out slice (not used for tuning)', holdout));
  console.log(table('Whole corpus', corpus));
  if (argv.includes('--errors')) {
    console.log('\nDevelopment-slice errors:');
    for (const l of dev) {
      const got = detectorRules(l.text);
      const missed = l.labels.filter((r) => !got.has(r));
      const extra = [...got].filter((r) => !(l.labels as string[]).includes(r));
      if (missed.length || extra.length) {
        console.log(`  #${l.lineNo} ${JSON.stringify(l.text)} missed=[${missed}] extra=[${extra}]`);
      }
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
