import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applicableTricks, obfuscate } from './obfuscate';

/**
 * Builds tests/fixtures/chat/corpus.jsonl from the hand-labelled clean messages in tests/fixtures/chat/clean/:
 * every clean message, plus one seeded obfuscated variant of every positive, plus one of every hard negative
 * that mentions a disguisable word (so precision is measured on disguised negations too).
 * Run: npx tsx scripts/chat-corpus/build.ts   (same seed → same file)
 */
const ROOT = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'chat');
const SEED = 20260522;

interface CleanRow {
  id: string;
  from: string;
  lang: string;
  labels: string[];
  text: string;
}

export function buildCorpus(cleanDir = join(ROOT, 'clean')): string[] {
  const lines: string[] = [];
  const files = readdirSync(cleanDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  let n = 0;
  for (const file of files) {
    const split = file.startsWith('holdout') ? 'holdout' : 'tune';
    for (const line of readFileSync(join(cleanDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as CleanRow;
      const base = { id: row.id, from: row.from, text: row.text, lang: row.lang, labels: row.labels };
      lines.push(JSON.stringify({ ...base, variant: 'clean', split }));
      const wanted =
        row.labels.length > 0 ||
        (row.from === 'supplier' && applicableTricks(row.text).some((t) => t !== 'emoji-digits'));
      if (!wanted) continue;
      const { text, tricks } = obfuscate(row.text, SEED + n++);
      if (tricks.length === 0 || text === row.text) continue;
      lines.push(
        JSON.stringify({
          ...base,
          id: `${row.id}~o`,
          text,
          variant: 'obfuscated',
          of: row.id,
          tricks,
          split,
        }),
      );
    }
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lines = buildCorpus();
  writeFileSync(join(ROOT, 'corpus.jsonl'), `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length} messages to tests/fixtures/chat/corpus.jsonl`);
}
