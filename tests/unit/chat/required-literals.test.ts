import { describe, expect, it } from 'vitest';
import { normalise } from '../../../lib/chat/normalise';
import { requiredLiterals } from '../../../lib/chat/required-literals';
import { allFixtureTexts } from './helpers';
import { EVERY_RULE_PATTERN } from './scan-helpers';

/**
 * match.ts skips a pattern's regex when none of its required literals is in the message. That is only a
 * shortcut if every match really holds one of them: checked here on small regexes whose answer is known, and on
 * every pattern the rules run against every chat fixture message (each match found must contain a literal).
 */
describe('requiredLiterals', () => {
  it('names the words every match must hold, through groups, alternation and optional parts', () => {
    expect(['pay', 'pal']).toContain(requiredLiterals(/\bpay\s?pal\b/u)?.join());
    expect(requiredLiterals(/(?:wechat|wx)\s?pay/u)).toEqual(['pay']);
    expect(requiredLiterals(/\bour\s+account\b/u)).toEqual(['account']);
    expect(requiredLiterals(/\bwestern\s?union\b|西联|西聯/u)?.sort()).toEqual(['western', '西联', '西聯']);
    expect(requiredLiterals(/(?<![\p{L}])(?:не|нет)(?![\p{L}])/u)).toEqual(['не']);
    expect(requiredLiterals(/t\/?t/u)?.sort()).toEqual(['t/t', 'tt']);
    expect(requiredLiterals(/[ושכ]?לא/u)).toEqual(['לא']);
    expect(requiredLiterals(/(?:pay)?\s+now?/u)).toEqual(['no']);
    expect(requiredLiterals(/[a-z]+pay/u)).toEqual(['pay']);
    expect(requiredLiterals(/pay|\w+@/u)?.sort()).toEqual(['@', 'pay']);
  });

  it('names nothing when a match may hold no fixed text, or the regex is beyond what it reads', () => {
    expect(requiredLiterals(/\d{5,}/u)).toBeNull();
    expect(requiredLiterals(/[^a]x?/u)).toBeNull();
    expect(requiredLiterals(/pay|\d+/u)).toBeNull(); // one branch needs no fixed text at all
    expect(requiredLiterals(/paypal/iu)).toBeNull(); // case-insensitive: "PayPal" holds no "paypal"
    expect(requiredLiterals(/(a)\1/u)).toBeNull();
  });
});

describe('required literals of the rules’ patterns', () => {
  const texts = allFixtureTexts();
  const normalised = texts.map((t) => normalise(t).text);
  const patterns = EVERY_RULE_PATTERN;

  it('are named for most patterns (else the shortcut does nothing)', () => {
    const named = patterns.filter((p) => requiredLiterals(p.re) !== null).length;
    expect(named).toBeGreaterThan(patterns.length / 2);
  });

  it('are held by every match of every pattern on every chat fixture message', () => {
    const missing: string[] = [];
    let matches = 0;
    for (const p of patterns) {
      const literals = requiredLiterals(p.re);
      if (!literals) continue;
      const re = new RegExp(p.re.source, `${p.re.flags.replace('g', '')}g`);
      for (const text of normalised)
        for (const m of text.matchAll(re)) {
          matches++;
          // The literal must lie inside the match itself, not merely somewhere in the message.
          if (!literals.some((l) => m[0].includes(l)))
            missing.push(`/${p.re.source.slice(0, 60)}…/ on "${m[0]}" lacks ${JSON.stringify(literals)}`);
          if (m[0] === '') re.lastIndex++;
        }
    }
    expect(matches).toBeGreaterThan(1000);
    expect(missing).toEqual([]);
  }, 600_000);
});
