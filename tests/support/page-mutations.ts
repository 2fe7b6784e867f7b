/**
 * Ways a saved or live page arrives damaged, shared by the fuzz test (which
 * asserts nothing escapes and damaged facts degrade to unknown) and the
 * scaling benchmark (which times each family at 1×, 2×, 4× and 8× size).
 */
export type Rng = () => number;
export type Mutation = (html: string, rnd: Rng) => string;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pickIndex = (n: number, rnd: Rng) => Math.floor(rnd() * n);
const NOISE = '{}[]",:\\\'<>/&;0-9x \u0000\uffff';

const bodyStart = (html: string, rnd: Rng) =>
  html.indexOf('<body') >= 0 ? html.indexOf('>', html.indexOf('<body')) + 1 : pickIndex(html.length, rnd);
const bodyEnd = (html: string) => (html.indexOf('</body>') >= 0 ? html.indexOf('</body>') : html.length);

export const MUTATIONS: Record<string, Mutation> = {
  truncate: (html, rnd) => html.slice(0, pickIndex(html.length, rnd)),
  stripAttributes: (html, rnd) => {
    const p = 0.3 + rnd() * 0.7;
    return html.replace(/\s[\w:-]+="[^"]*"/g, (attr) => (rnd() < p ? '' : attr));
  },
  flipScriptBytes: (html, rnd) => {
    const chars = html.split('');
    const scripts = [...html.matchAll(/<script[^>]*>/g)].map((m) => (m.index ?? 0) + m[0].length);
    const flips = 1 + pickIndex(40, rnd);
    for (let i = 0; i < flips && scripts.length; i++) {
      const start = scripts[pickIndex(scripts.length, rnd)] as number;
      const at = start + pickIndex(Math.min(200_000, chars.length - start), rnd);
      if (at < chars.length) chars[at] = NOISE[pickIndex(NOISE.length, rnd)] as string;
    }
    return chars.join('');
  },
  giantTextNode: (html, rnd) => giantText(html, rnd, 2_000_000),
  deepNesting: (html, rnd) => deepNesting(html, 2000 + pickIndex(2000, rnd)),
  combined: (html, rnd) =>
    MUTATIONS.truncate!(
      MUTATIONS.flipScriptBytes!(MUTATIONS.stripAttributes!(html, rnd), rnd),
      () => 0.5 + rnd() / 2,
    ),
};

/** A text node of about `size` characters of fact-like words at the start of the body. */
export function giantText(html: string, rnd: Rng, size: number): string {
  const at = bodyStart(html, rnd);
  const word = rnd() < 0.5 ? 'Trade Assurance limit: US $42,000 ' : 'Response rate 94.6% ';
  return `${html.slice(0, at)}<div>${word.repeat(Math.ceil(size / word.length))}</div>${html.slice(at)}`;
}

/** `depth` nested elements around a fact-like line at the end of the body. */
export function deepNesting(html: string, depth: number): string {
  const at = bodyEnd(html);
  return `${html.slice(0, at)}${'<div><span>'.repeat(depth)}Min. order: 5 pieces${'</span></div>'.repeat(depth)}${html.slice(at)}`;
}

/** A script with `count` objects opened and never closed (the embedded-JSON reader's worst case). */
export function unclosedBraces(html: string, count: number): string {
  const at = bodyEnd(html);
  return `${html.slice(0, at)}<script>window.__page__data = ${'{"offerResultData":{"offers":[{'.repeat(count)}</script>${html.slice(at)}`;
}

/**
 * A script repeating an anchor key the readers look for (`globalData`, `pageModuleMap`…), `count` times,
 * each opening an object never closed. `before`: placed ahead of the page's own data (the page's scripts
 * are then read after it); `quoted`: each repetition also opens a string, so an earlier anchor's scan
 * sees the later ones inside strings (the bracket record cannot answer them).
 */
export function repeatedAnchors(
  html: string,
  count: number,
  key = 'globalData',
  opts: { before?: boolean; quoted?: boolean } = {},
): string {
  const unit = opts.quoted ? `,${key}:{'` : `,${key}:{`;
  const script = `<script>var d = {${unit.repeat(count)}</script>`;
  const at = opts.before ? bodyStart(html, () => 0) : bodyEnd(html);
  return `${html.slice(0, at)}${script}${html.slice(at)}`;
}
