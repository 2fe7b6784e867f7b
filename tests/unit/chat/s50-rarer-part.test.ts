import { describe, expect, it } from 'vitest';
import { NUMBER_IN_PICTURE } from '../../../lib/chat/patterns/number-in-picture';
import { requiredLiteralChoices } from '../../../lib/chat/required-literals';

/**
 * Issue 14 (scan speed, stop 50): a pattern of two parts in either order ("my number … in the photo", "in the photo …
 * my number") needs a word of each part in each order. Its picture part opens on words as common as "in", "on", "na",
 * so the regex ran on every message naming a picture; the other part's words (one per language, about a hundred) were
 * dropped as too many to test, and the six sets an alternative keeps were filled with copies of the picture words that
 * only added a word or two (a set holding all of another's words asks nothing more of a text). Now such a set makes
 * way, larger sets are kept, and sets holding a word of one or two Latin letters ("so", "no": met in most texts) come
 * last. Only a shortcut: s44-literal-choices.test.ts checks every pattern's sets on every chat fixture message.
 */

/** What the shortcut answers: whether `text` holds, for some alternative, a literal of each of its sets. */
function mayMatch(re: RegExp, text: string): boolean {
  const choices = requiredLiteralChoices(re);
  if (choices === null) return true;
  return choices.some((sets) => sets.every((set) => set.some((literal) => text.includes(literal))));
}

describe('a pattern of two parts needs a word of each', () => {
  const re = NUMBER_IN_PICTURE[0]!.re;

  it('still lets through what the pattern reads, in either order', () => {
    for (const text of [
      'meine nummer steht auf dem foto',
      'auf dem foto ist meine nummer',
      'mera number photo mein hai',
      'so dien thoai cua em co trong anh',
      '電話番号は写真に載っています',
      '收款信息在我名片上',
    ]) {
      expect(mayMatch(re, text), text).toBe(true);
      expect(re.test(text), text).toBe(true);
      re.lastIndex = 0;
    }
  });

  it('turns away a picture with no number, contact or account word', () => {
    for (const text of [
      'the colour is as in the photo',
      'auf dem foto sieht man die farbe',
      'see the picture on the card',
      'na fotce je to modre',
    ]) {
      expect(mayMatch(re, text), text).toBe(false);
    }
  });

  it('keeps a set for each part in each order', () => {
    const choices = requiredLiteralChoices(re)!;
    expect(choices).toHaveLength(2);
    for (const sets of choices) {
      expect(sets.some((set) => set.includes('foto') && set.includes('名片'))).toBe(true);
      expect(
        sets.some((set) => set.includes('nummer') && set.includes('收款') && !set.includes('foto')),
      ).toBe(true);
    }
  });
});
