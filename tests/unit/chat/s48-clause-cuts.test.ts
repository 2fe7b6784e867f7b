import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../lib/chat/normalise';
import { CLAUSE_END_SOURCE, textContext } from '../../../lib/chat/text-context';

/**
 * Issue 14 (scan speed, stop 48): the clause cuts' look-behinds are tried only where what their alternative consumes
 * follows (a look-ahead of that very text). Look-arounds at one position hold or not in any order, so the cuts must
 * be the ones the regex makes without those look-aheads, on every chat fixture and on the cases each alternative is for.
 */
const LOOK_AHEADS = /\(\?=(\(\?:\[\\uD83C[\s\S]*?\\u200D\)\+|、\+|\\s\(\?:so\|then\)\\s)\)/g;
const WITHOUT = new RegExp(CLAUSE_END_SOURCE.replace(LOOK_AHEADS, ''), 'g');

function cutsWithout(text: string): number[] {
  const cuts = [0];
  WITHOUT.lastIndex = 0;
  for (let m = WITHOUT.exec(text); m !== null; m = WITHOUT.exec(text)) cuts.push(m.index + m[0].length);
  cuts.push(text.length);
  return cuts;
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'chat');

function fixtureTexts(): string[] {
  const texts = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string') texts.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.jsonl'))
        for (const line of readFileSync(path, 'utf8').split('\n'))
          if (line.trim()) visit(JSON.parse(line));
          else if (entry.name.endsWith('.json')) visit(JSON.parse(readFileSync(path, 'utf8')));
    }
  };
  walk(FIXTURES);
  return [...texts];
}

describe('clause cuts with their look-behinds tried where they can hold', () => {
  it('adds exactly the three look-aheads', () => {
    expect(CLAUSE_END_SOURCE.match(LOOK_AHEADS)).toHaveLength(3);
  });

  it('cuts as without the look-aheads: the alternatives each serves', () => {
    const cases = [
      'no me llegan 😅 mejor escribime por aqui',
      'we do not accept 🙅 PayPal, only the order',
      'nous n’acceptons pas ❌ PayPal',
      'не принимаем 🚫 PayPal, только заказ',
      'ok 👍👍 see you ✌️ tomorrow',
      'お送りすることは、ありません、よろしく',
      '価格は、10ドルです',
      'we cannot put it in the order so please just send it by wise',
      'it is not possible then just pay me',
      'the account name is Mrs Zhou so please pay',
      'paypal,western union or wechat,i will send the link',
    ];
    for (const text of cases) {
      const norm = normalise(text);
      expect(textContext(norm).clauseCuts, text).toEqual(cutsWithout(norm.text));
    }
  });

  it('cuts every chat fixture text as without the look-aheads', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(1000);
    const differ = texts.filter((text) => {
      const norm = normalise(text);
      return textContext(norm).clauseCuts.join(',') !== cutsWithout(norm.text).join(',');
    });
    expect(differ).toEqual([]);
  });
});
