import { describe, expect, it } from 'vitest';
import { normalise } from '../../../lib/chat/normalise';
import { textContext } from '../../../lib/chat/text-context';
import { execInWindow, searchedInWindows } from '../../../lib/chat/window-exec';
import { allFixtureTexts } from './helpers';
import { EVERY_RULE_PATTERN } from './scan-helpers';

/**
 * The guards search the window before a hit for a stranger's claim (reported-claim.ts) only where the words of the
 * frames start (window-exec.ts), not at every position: a shortcut only if it finds the same match as `re.exec` on
 * the window. Checked on small regexes of the shapes the words are read through, and on a sample of the rules'
 * patterns (big alternations of every language) over windows of every chat fixture message, cut at word starts and
 * in the middle of words.
 */
const same = (a: RegExpExecArray | null, b: RegExpExecArray | null) =>
  a === null || b === null ? a === b : a.index === b.index && a[0] === b[0];

function checkWindows(re: RegExp, texts: readonly string[], step = 1): number {
  searchedInWindows(re);
  let compared = 0;
  for (const raw of texts) {
    const tc = textContext(normalise(raw));
    const text = tc.norm.text;
    for (let start = 1; start <= text.length; start += step) {
      for (const from of [Math.max(0, start - 120), Math.max(0, start - 17), start - 1]) {
        const window = text.slice(from, start);
        const want = re.exec(window);
        const got = execInWindow(tc, re, window, from);
        if (!same(want, got)) throw new Error(`${re.source.slice(0, 60)} on ${JSON.stringify(window)}`);
        compared++;
      }
    }
  }
  return compared;
}

describe('execInWindow', () => {
  it('finds what exec on the window finds, for the shapes the walk reads words from', () => {
    const texts = [
      'If anyone says our account changed, ask me here. Someone claiming to be us may write.',
      'company details: anyone? pay to account 123, se alguem pedir, si alguien le dice',
      'мне писали, что счет изменился; если кто-то скажет — не платите',
      '如果有人说我们换了账户，请联系我们。有人冒充我司',
      "wa: +86 138; [ \twa] l'account, vx 123, x1y",
    ];
    for (const re of [
      /\bif\s+(?:any|some)\s?(?:one|body)\b|\bsomeone\s+claiming\b/u,
      /(?<![\p{L}])(?:мне|нам)\s+(?:\p{L}+\s+){0,2}?писали(?![\p{L}])|如果有人|冒充/u,
      /\b(?:se|si)\s+(?:alguem|alguien)\b|\bpay\s+to\b/u,
      /[ \t]*wa\b|\d{3}/u,
    ])
      expect(checkWindows(re, texts)).toBeGreaterThan(0);
  });

  it('finds what exec on the window finds, for the rules’ patterns over the chat fixtures', () => {
    const texts = allFixtureTexts().filter((_, i) => i % 7 === 0);
    const regexes = EVERY_RULE_PATTERN.filter((_, i) => i % 97 === 0).map(
      (p) => new RegExp(p.re.source, p.re.flags.replace(/[gy]/g, '')),
    );
    let compared = 0;
    for (const re of regexes) compared += checkWindows(re, texts, 11);
    expect(compared).toBeGreaterThan(1000);
  });
});
