import { scanMessage } from '../../lib/chat/scanner';
import { ADVERSARIAL_FAMILIES, adversarialText } from './chat-adversarial-families';

/**
 * Time to scan one hostile message at 1×, 2×, 4× and 8× a base length, per adversarial family, with the
 * ratio per doubling: near 2 means the work grows linearly with the message; 4 would mean quadratic.
 * Measured as this process's CPU time (process.cpuUsage), not wall time: on a shared machine wall time
 * also counts the time other processes held the CPU. Each size is scanned repeatedly until at least
 * MIN_CPU_MS of CPU time has accumulated, and the best of ROUNDS such averages is kept. With
 * `npx tsx --expose-gc …` a garbage collection runs before each round.
 * Run: npx tsx --expose-gc scripts/bench/chat-adversarial.ts [base length, default 2500]
 */
const ROUNDS = 3;
const MIN_CPU_MS = 30;
const collect = (globalThis as { gc?: () => void }).gc;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU milliseconds per scan of `text`. */
function scanCpuMs(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < ROUNDS; r++) {
    collect?.();
    const start = cpuMs();
    let runs = 0;
    let spent = 0;
    do {
      scanMessage({ from: 'supplier', text });
      runs++;
      spent = cpuMs() - start;
    } while (spent < MIN_CPU_MS);
    best = Math.min(best, spent / runs);
  }
  return best;
}

export interface FamilyTiming {
  name: string;
  ms: number[];
  /** ms[i + 1] / ms[i]; the worst one is what matters. */
  ratios: number[];
}

export function runAdversarial(base = 2500): FamilyTiming[] {
  const sizes = [1, 2, 4, 8].map((k) => k * base);
  // Warm the JIT on every family once, so the 1× column is not a cold start.
  for (const f of ADVERSARIAL_FAMILIES) scanCpuMs(adversarialText(f, base));
  return ADVERSARIAL_FAMILIES.map((f) => {
    const ms = sizes.map((n) => scanCpuMs(adversarialText(f, n)));
    const ratios = ms.slice(1).map((t, i) => t / ms[i]!);
    return { name: f.name, ms, ratios };
  });
}

export function main(args: readonly string[] = process.argv.slice(2)): FamilyTiming[] {
  const base = Number(args[0] ?? 2500);
  const rows = runAdversarial(base);
  const lines = [
    `chat scanner on hostile messages (Node ${process.version}): CPU ms per scan, best of ${ROUNDS} rounds of ≥ ${MIN_CPU_MS} ms; ratio per doubling should stay near 2`,
    `  ${'family'.padEnd(20)} ${[1, 2, 4, 8].map((k) => `${k * base} ch`.padStart(10)).join('')}   ratios per doubling`,
  ];
  for (const r of rows) {
    lines.push(
      `  ${r.name.padEnd(20)} ${r.ms.map((t) => `${t.toFixed(2)} ms`.padStart(10)).join('')}   ${r.ratios.map((x) => x.toFixed(2)).join(' / ')}`,
    );
  }
  const worst = rows.flatMap((r) => r.ratios.map((x) => ({ x, name: r.name }))).sort((a, b) => b.x - a.x)[0];
  if (worst) lines.push(`  worst ratio: ${worst.x.toFixed(2)} (${worst.name})`);
  console.log(lines.join('\n'));
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
