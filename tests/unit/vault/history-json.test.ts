import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson } from '../../../lib/vault/history/canonical-json';
import { entryHash, GENESIS, type HistoryEvent, sealEntry } from '../../../lib/vault/history/entry';
import { loadTextHasher } from '../../../lib/vault/history/hasher';

/** RFC 8785's own examples (§3.2.2, §3.2.3) and the reference test data's "weird" property names. */
describe('RFC 8785 canonical JSON', () => {
  it('writes numbers, strings and literals as the RFC example does', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts member names by UTF-16 code units, not by locale', () => {
    const input = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\u000a": "Newline", "1": "One", "\\u0080": "Control\\u007f", "\\ud83d\\ude02": "Smiley", "\\u00f6": "Latin Small Letter O With Diaeresis", "\\ufb33": "Hebrew Letter Dalet With Dagesh", "</script>": "Browser Challenge"}',
    );
    // Read the names off the text: a parsed object would put "1" first (integer-like keys).
    const names = [...canonicalJson(input).matchAll(/"((?:[^"\\]|\\.)*)":/g)].map((m) =>
      JSON.parse(`"${m[1]}"`),
    );
    expect(names).toEqual([
      '\n',
      '\r',
      '1',
      '</script>',
      '\u0080',
      '\u00f6',
      '\u20ac',
      '\ud83d\ude02',
      '\ufb33',
    ]);
    expect(canonicalJson({ peach: 1, péché: 2, pêche: 3, sin: 4 })).toBe(
      '{"peach":1,"péché":2,"pêche":3,"sin":4}',
    );
  });

  it('refuses what is not I-JSON instead of writing bytes another implementation would not', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ a: 'x\ud800' })).toThrow(/lone surrogate/);
    expect(() => canonicalJson([undefined])).toThrow(CanonicalJsonError);
    expect(canonicalJson({ a: undefined, b: -0 })).toBe('{"b":0}');
  });
});

describe('history entries', () => {
  it('hash the canonical JSON of the entry without its hash, so any JCS implementation agrees', async () => {
    const sha256 = await loadTextHasher();
    const event: HistoryEvent = {
      type: 'case-renamed',
      caseId: 'c1',
      data: { title: 'Order “2548” — air fryers' },
    };
    const entry = sealEntry(event, { seq: 7, at: '2026-11-20T09:30:00.000Z', prev: GENESIS }, sha256);
    const { hash, ...body } = entry;
    const independent = createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex');
    expect(hash).toBe(independent);
    expect(entryHash(entry, sha256)).toBe(hash);
    expect(entry).toMatchObject({ seq: 7, casePrev: GENESIS, prev: GENESIS });
    expect(entryHash({ ...entry, data: { title: 'Order 2548' } }, sha256)).not.toBe(hash);
  });
});
