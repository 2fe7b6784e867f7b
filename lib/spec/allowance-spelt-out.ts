/**
 * "Order qty 12,000 pcs; supplier may ship +/-3% (11,640-12,360 pcs)": a range of counts that is exactly the order's
 * count moved by the allowance the line states is that allowance written out, not a count left open. The arithmetic
 * must hold (12,000 − 3% and 12,000 + 3%, or 12,000 ∓ 360 pcs): a range that only sits near the count, or beside a
 * band it does not match, is still read as an estimate.
 */

/** "±3%", "+/- 3 %", "+-360": the allowance's figure and whether it is a share. */
const ALLOWANCE = /(?:±|\+\s?\/\s?-|\+-)\s{0,2}(\d{1,6}(?:[.,]\d{1,3})?)\s{0,2}(%)?/gu;
/** A written count: "12,000", "12.000", "12 000", "12000". */
const COUNT = /(?<![\d.,])\d{1,3}(?:[,. \u00a0]\d{3})+(?![\d])|(?<![\d.,])\d{1,9}(?![\d.,]\d)/gu;

/**
 * "bag weight 1000 g ±5%", "Länge 30 cm ±2%": a band written right after a measured value is that measure's own
 * tolerance, not the order's allowance; only a band of the count may be spelt out as counts.
 */
const MEASURE_BEFORE =
  /\d\s{0,2}(?:mg|g|kg|gr|t|lbs?|oz|mm|cm|m|in|ft|ml|l|cl|gsm|g\/m²|g\/m2|°C|V|W|A|mAh|%)\.?\s{0,2}$/iu;

const MEASURE_AFTER = /^\s{0,2}(?:mg|g|kg|gr|t|lbs?|oz|mm|cm|m|in|ft|ml|l|cl|gsm)(?![\p{L}])/iu;

function countValue(written: string): number {
  return Number(written.replace(/[,. \u00a0]/gu, ''));
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1, b * 0.001);
}

/** Whether `range` (the text of "11,640-12,360 pcs") spells out an allowance on a count stated on `line`. */
export function spellsOutAllowance(line: string, range: string): boolean {
  const ends = [...range.matchAll(COUNT)].map((m) => countValue(m[0]));
  if (ends.length !== 2) return false;
  const [low, high] = ends as [number, number];
  if (!(low < high)) return false;
  const bands = [...line.matchAll(ALLOWANCE)]
    .filter((m) => !MEASURE_BEFORE.test(line.slice(Math.max(0, m.index - 24), m.index)))
    .map((m) => ({
      figure: Number(m[1]!.replace(',', '.')),
      share: !!m[2],
    }));
  if (bands.length === 0) return false;
  // "bag 1000 g": a measured value is no count the allowance can move.
  const counts = [...line.matchAll(COUNT)]
    .filter((m) => !MEASURE_AFTER.test(line.slice(m.index + m[0].length, m.index + m[0].length + 8)))
    .map((m) => countValue(m[0]))
    .filter((n) => n > high * 0.5);
  return counts.some((count) =>
    bands.some(({ figure, share }) => {
      const spread = share ? (count * figure) / 100 : figure;
      return near(low, count - spread) && near(high, count + spread);
    }),
  );
}
