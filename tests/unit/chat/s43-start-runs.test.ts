import { describe, expect, it } from 'vitest';
import { matchStarts, startWordsOf } from '../../../lib/chat/match-starts';
import { normalise } from '../../../lib/chat/normalise';
import { textContext } from '../../../lib/chat/text-context';
import { rules, sameWithoutShortcuts } from './scan-helpers';

/**
 * Issue 14 (scan speed, second pass): a regex whose matches open with a run of a few characters before its words
 * ("[ \t]*" after a line start, a one-letter prefix glued to an Arabic name) is tried where those words occur and in
 * the run just before them, not over the whole message; and the platform-anchor guard leaves out its anchor readings
 * when the message holds none of the anchors' words. Neither may change what is found.
 */

describe('a run of characters before the words a match starts with', () => {
  it('names the words and finds the same matches tried where they are', () => {
    const cases: [RegExp, string][] = [
      [/(?<![^\n])[ \t]*(?:tg|vx)[ \t]*\?+/u, 'tg?\n  vx ??\nsend tg?\n\tTG?'],
      [/[ \t]*kontakt:/u, 'kontakt: a\n   kontakt: b, x kontakt:'],
      [/(?<![\p{L}])[وبل]?(?:ال)?(?:تلغرام|واتس)(?![\p{L}])/u, 'راسلني بالواتس او على تلغرام او والتلغرام'],
    ];
    for (const [re, raw] of cases) {
      const norm = normalise(raw);
      const text = norm.text;
      const ids = startWordsOf(re);
      expect(ids, re.source).not.toBeNull();
      const tc = textContext(norm);
      const sticky = new RegExp(re.source, `${re.flags}y`);
      const placed: number[] = [];
      for (const at of matchStarts(tc, ids!)) {
        sticky.lastIndex = at;
        if (sticky.test(text) && (placed.length === 0 || at > placed[placed.length - 1]!)) placed.push(at);
      }
      const global = [...text.matchAll(new RegExp(re.source, `${re.flags}g`))].map((m) => m.index);
      expect(global.length, re.source).toBeGreaterThan(1);
      for (const at of global) expect(placed, re.source).toContain(at);
    }
  });

  it('still refuses a run it cannot name exactly', () => {
    expect(startWordsOf(/[^\n]*tg\?/u)).toBeNull();
    expect(startWordsOf(/[\w]?tg\?/u)).toBeNull();
  });

  it('flags a nickname asked alone on its line, and not the state after an address', () => {
    expect(rules('ok thanks\n  vx?')).toContain('offplatform-contact');
    expect(rules('can we talk there\ntelega ?')).toContain('offplatform-contact');
    expect(rules('ship to 12 Hay Street\nPerth\nWA?')).not.toContain('offplatform-contact');
    expect(rules('model vx? no, model vx-200')).not.toContain('offplatform-contact');
    for (const text of ['ok thanks\n  vx?', 'ship to 12 Hay Street\nPerth\nWA?', 'write me\n\twts?\nthanks'])
      sameWithoutShortcuts(text);
  });

  it('flags the messenger with a glued Arabic prefix as before', () => {
    expect(rules('تواصل معي بالواتساب من فضلك')).toContain('offplatform-contact');
    sameWithoutShortcuts('تواصل معي بالواتساب من فضلك');
    sameWithoutShortcuts('كلمني على التلغرام');
  });
});

describe('the platform anchor with none of its words in the message', () => {
  it('gives the same verdicts, anchored or not', () => {
    expect(rules('please pay by PayPal to my account')).toContain('offplatform-payment');
    expect(rules('you can pay by PayPal on the Alibaba checkout')).not.toContain('offplatform-payment');
    for (const text of [
      'please pay by PayPal to my account',
      'you can pay by PayPal on the Alibaba checkout',
      'we accept PayPal, you can choose it when you place the order',
      'Visa, Mastercard and also PayPal',
      'send the deposit with Wise, the rest by card',
    ])
      sameWithoutShortcuts(text);
  });
});
