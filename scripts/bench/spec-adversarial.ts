/**
 * How the specification checker's time grows with hostile input: each family
 * of adversarial line is timed at 1×, 2×, 4× and 8× its base length. The figure
 * that matters is the ratio per doubling (≈2 linear, ≈4 quadratic), which a
 * busy machine does not move the way it moves milliseconds.
 *
 * The families are the two quadratic ones found in review (a digit run before a
 * unit: 8,000 characters took 1.2 s; repeated "[(" in the material lexicon) and
 * the others that the same mechanisms (an unbounded repeat tried from every
 * position, a rest-of-line slice per match, a whole-line check per clause) could
 * reach. tests/unit/spec/adversarial.test.ts checks what they find.
 *
 * Run: npx tsx scripts/bench/spec-adversarial.ts   (or npm run bench -- --only=spec-adversarial)
 */
import { fileURLToPath } from 'node:url';
import { checkSpecLine } from '../../lib/spec/check-spec';

/** `unit` repeated to about `length` characters. */
function repeat(unit: string, length: number): string {
  return unit.repeat(Math.max(1, Math.ceil(length / unit.length)));
}

export interface AdversarialFamily {
  name: string;
  /** A line of about `length` characters. */
  make: (length: number) => string;
}

export const ADVERSARIAL_FAMILIES: AdversarialFamily[] = [
  { name: 'digit run before a unit', make: (n) => `Size: ${'1'.repeat(n)} mm` },
  { name: 'long digit run', make: (n) => '1'.repeat(n) },
  { name: 'French thousands', make: (n) => `Qty: ${repeat('111 ', n)}pcs` },
  { name: 'repeated "[("', make: (n) => `Material: ${repeat('[(', n)}` },
  { name: 'open brackets', make: (n) => `Colour: ${'('.repeat(n)}red` },
  { name: 'long word', make: (n) => `Material: ${'a'.repeat(n)}` },
  { name: 'many units', make: (n) => `Size: ${repeat('1 mm ', n)}` },
  { name: 'dimension chain', make: (n) => repeat('1x', n) },
  { name: 'colour words', make: (n) => repeat('red ', n) },
  { name: 'colour-count pairs', make: (n) => `Quantity: ${repeat('500 pcs red + ', n)}` },
  { name: 'file-name dots', make: (n) => `Logo: ${repeat('a.', n)}ai` },
  { name: 'reference codes', make: (n) => `Artwork: ${repeat('A1-', n)}` },
  { name: 'Pantone words', make: (n) => `Colour: ${repeat('Pantone ', n)}` },
  { name: 'Pantone digits', make: (n) => `Colour: Pantone ${'1'.repeat(n)}` },
  { name: 'material nouns', make: (n) => `304 steel ${repeat('steel ', n)}` },
  { name: 'labelled clauses', make: (n) => repeat('Packing: carton; ', n) },
  { name: 'logo clauses', make: (n) => repeat('Logo: a, size 1 mm, ', n) },
  // Red team of stop 33: each comma piece once re-read the whole stretch under its label (quadratic).
  { name: 'comma pieces under a label', make: (n) => `Assay: ${repeat('9, ', n)} typical value` },
  { name: 'spaces before a unit', make: (n) => `Weight: 1${' '.repeat(n)}kg` },
  { name: 'contents list', make: (n) => `Package: ${repeat('1 x a, ', n)}` },
  { name: 'percent signs', make: (n) => `Fabric: ${repeat('1% ', n)}` },
  { name: 'date-like digits', make: (n) => `Ship date: ${repeat('1/', n)}` },
  { name: 'approximation words', make: (n) => repeat('about ', n) },
  { name: 'Chinese colour words', make: (n) => repeat('红色', n) },
  // Round 2 mechanisms: floors, shipping units, makers' grades, drawing back-references, shade numbers, praise.
  { name: 'plus signs after counts', make: (n) => `Quantity: ${repeat('1+ ', n)}pcs` },
  { name: 'shipping units', make: (n) => `Quantity: ${repeat('1 pallet ', n)}` },
  { name: 'maker names', make: (n) => `Housing: ABS ${repeat('LG ', n)}` },
  { name: 'drawing back-references', make: (n) => `Size: ${repeat('per drawing ', n)}` },
  { name: 'shade numbers', make: (n) => `Thread colour: ${repeat('0015 white ', n)}` },
  { name: 'colour praise', make: (n) => repeat('bright colours ', n) },
  // Red team of stop 35: a claim answered by a figure anywhere in its clause rescanned the clause per claim, and
  // number patterns restarted inside digit runs.
  {
    name: 'claims before a digit run',
    make: (n) => `${repeat('large capacity, ', n / 2)}${'1'.repeat(n / 2)}`,
  },
  { name: 'repeated water claims', make: (n) => repeat('waterproof, ', n) },
  { name: 'claim then digit run', make: (n) => `large capacity ${'1'.repeat(n)}` },
  { name: 'amperes after a charging claim', make: (n) => `Fast charge, ${repeat('2A,', n)}` },
  { name: 'dotted digits after brightness', make: (n) => `Brightness: ${repeat('1.', n)}` },
  { name: 'digit run under a foam label', make: (n) => `Foam: ${'1'.repeat(n)}` },
  // Stop 36: the nested shipping-unit count ("20 pallets of 48 cartons") restarted its digit run after every dot.
  { name: 'comma digits after brightness', make: (n) => `Brightness: ${repeat('1,', n)}` },
  { name: 'dotted count before pallets', make: (n) => `Packing: ${repeat('1.', n)}pallets of 40 cartons` },
];

export interface FamilyTiming {
  family: string;
  ms: number[];
  ratios: number[];
}

/**
 * Sizes are measured in interleaved rounds and the best of each kept, so a
 * burst of load on a shared machine does not land on one size only.
 */
function timeFamily(family: AdversarialFamily, sizes: number[], rounds: number): number[] {
  const lines = sizes.map((n) => family.make(n));
  const best = sizes.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < rounds; round++) {
    lines.forEach((line, i) => {
      const t = performance.now();
      checkSpecLine(line);
      best[i] = Math.min(best[i] as number, performance.now() - t);
    });
  }
  return best;
}

export function main(base = 8000, rounds = 5): FamilyTiming[] {
  const sizes = [1, 2, 4, 8].map((k) => base * k);
  console.log(
    `spec checker time per line by length (best of ${rounds} interleaved rounds); ratio per doubling: 2 = linear, 4 = quadratic`,
  );
  checkSpecLine('Colour: Pantone 186 C; Material: SUS304 0.8 mm'); // compile the lexicons once
  const results: FamilyTiming[] = [];
  for (const family of ADVERSARIAL_FAMILIES) {
    const ms = timeFamily(family, sizes, rounds);
    const ratios = ms.slice(1).map((v, i) => v / Math.max(ms[i] as number, 0.01));
    results.push({ family: family.name, ms, ratios });
    const times = sizes
      .map((n, i) => `${n.toLocaleString('en')}: ${(ms[i] as number).toFixed(1)} ms`)
      .join(' · ');
    console.log(`  ${family.name.padEnd(24)} ${times}`);
    // 1× to 8× as one figure: the cube root of the growth is less at the mercy of one noisy size.
    const overall = ((ms[3] as number) / Math.max(ms[0] as number, 0.01)) ** (1 / 3);
    console.log(
      `  ${''.padEnd(24)} per doubling: ${ratios.map((r) => r.toFixed(2)).join(', ')} · 1×→8× per doubling: ${overall.toFixed(2)}`,
    );
  }
  const overall = results.map((r) => ((r.ms[3] as number) / Math.max(r.ms[0] as number, 0.01)) ** (1 / 3));
  const worst = results[overall.indexOf(Math.max(...overall))]?.family;
  console.log(
    `1×→8× per doubling over all families: mean ${(overall.reduce((a, b) => a + b, 0) / overall.length).toFixed(2)}, worst ${Math.max(...overall).toFixed(2)} (${worst}) (goal ≈ 2; quadratic = 4)`,
  );
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
