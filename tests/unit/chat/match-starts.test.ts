import { describe, expect, it } from 'vitest';
import { gateInfo, gateWordsFound } from '../../../lib/chat/gate-index';
import { matchStarts, startWordsOf } from '../../../lib/chat/match-starts';
import { type NormalisedText, normalise } from '../../../lib/chat/normalise';
import { textContext } from '../../../lib/chat/text-context';
import { allFixtureTexts } from './helpers';
import { EVERY_RULE_PATTERN } from './scan-helpers';

/**
 * match.ts tries a pattern's regex sticky only where the words its matches start with occur (match-starts.ts),
 * instead of over the whole message. That is only a shortcut if every match starts at one of those places, and
 * if trying them in order finds the same matches in the same order as the global search: checked on small
 * regexes of the shapes the words are read through, and on every pattern the rules run against every chat
 * fixture message.
 */

/** Every match of `re` over the whole text, as matchAll finds them: [start, matched text]. */
function globalMatches(re: RegExp, text: string): [number, string][] {
  const g = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
  return [...text.matchAll(g)].map((m) => [m.index, m[0]]);
}

/** The same, trying `re` sticky at the start places only, in order, as matchOne does. */
function placedMatches(re: RegExp, norm: NormalisedText): [number, string][] | null {
  const ids = startWordsOf(re);
  if (ids === null) return null;
  const tc = textContext(norm);
  const text = norm.text;
  const places = [...matchStarts(tc, ids)];
  const sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
  const out: [number, string][] = [];
  let from = 0;
  for (const at of places) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m === null) continue;
    out.push([m.index, m[0]]);
    from = m[0] === '' ? m.index + 1 : m.index + m[0].length;
  }
  return out;
}

describe('where a pattern can start matching', () => {
  it('is named through a leading \\b, a look-behind and a group that may be skipped', () => {
    const cases: [RegExp, string][] = [
      [
        /\b(?:el\s+)?(?:titular|nombre)\s+es\s+mi\s+jefe\b/u,
        'ok, el titular es mi jefe y el nombre es mi jefe',
      ],
      [/(?:ال)?جمارك/u, 'ادفع الجمارك ثم جمارك اخرى'],
      [/(?<![\p{L}])(?:ב|ל)?(?:ביט)(?![\p{L}])/u, 'שלם לביט או ביט'],
      [/\b(?<!\bmy\s)receiver\s+is\b/u, 'the receiver is me, your receiver is him, my receiver is not'],
      [/\b(?:from\s+)?(?:next|future)\s+orders?\b/u, 'from next order on, future orders too'],
      [/\b(?:very\s+){0,2}urgent\b/u, 'very very urgent, urgent'],
    ];
    for (const [re, raw] of cases) {
      const norm = normalise(raw);
      const text = norm.text;
      expect(startWordsOf(re), re.source).not.toBeNull();
      expect(placedMatches(re, norm), re.source).toEqual(globalMatches(re, text));
      expect(globalMatches(re, text).length, re.source).toBeGreaterThan(1);
    }
  });

  it('is not named when a match may start anywhere, or a flag changes what the words mean', () => {
    expect(startWordsOf(/(?:https?:\/\/)?[a-z]+\.shop/u)).toBeNull(); // the optional part is followed by a class
    expect(startWordsOf(/\w*zahlung/u)).toBeNull(); // the match starts before the word
    expect(startWordsOf(/\bpaypal\b/iu)).toBeNull(); // "PayPal" would not be found by its lower-case word
    expect(startWordsOf(/[a-z]*wa\?/u)).toBeNull(); // a range opens it: the run before the word is not named
  });

  it('opens a gate that starts with a group that may be skipped only when one of its words occurs', () => {
    // The words are "la" (the group) and "nostra" (what follows it when the group is skipped).
    const info = gateInfo(/\b(?:la\s+)?(?:nostra)\s+fabbrica-di-prova\b/u);
    expect(info.id).toBeGreaterThanOrEqual(0);
    const open = textContext(normalise('pagate la nostra fabbrica-di-prova'));
    const shut = textContext(normalise('pagate una fabbrica-di-prova'));
    expect(gateWordsFound(info, open.norm.text, open)).toBe(true);
    expect(gateWordsFound(info, shut.norm.text, shut)).toBe(false);
  });
});

describe('start places of the rules’ patterns', () => {
  const texts = allFixtureTexts();
  const normalised = texts.map(normalise);
  const patterns = EVERY_RULE_PATTERN;

  it('are named for most patterns (else the shortcut does nothing)', () => {
    const named = patterns.filter((p) => startWordsOf(p.re) !== null).length;
    expect(named).toBeGreaterThan((patterns.length * 3) / 4);
  });

  it('give every match of every pattern on every chat fixture message, in the same order', () => {
    const differing: string[] = [];
    let matches = 0;
    for (const p of patterns) {
      if (startWordsOf(p.re) === null) continue;
      for (const norm of normalised) {
        const whole = globalMatches(p.re, norm.text);
        matches += whole.length;
        const placed = placedMatches(p.re, norm);
        if (JSON.stringify(placed) !== JSON.stringify(whole))
          differing.push(`/${p.re.source.slice(0, 60)}…/ on "${norm.text.slice(0, 80)}"`);
      }
    }
    expect(matches).toBeGreaterThan(1000);
    expect(differing).toEqual([]);
  }, 600_000);
});
