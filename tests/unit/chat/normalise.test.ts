import { describe, expect, it } from 'vitest';
import { normalise, originalRange } from '../../../lib/chat/normalise';
import { scanMessage } from '../../../lib/chat/scanner';
import { fixtureJson } from './helpers';

interface Trick {
  trick: string;
  input: string;
  contains: string;
}

describe('normalise: each obfuscation trick reads as the plain word', () => {
  for (const c of fixtureJson<Trick[]>('normalise-cases.json')) {
    it(c.trick, () => expect(normalise(c.input).text).toContain(c.contains));
  }
});

describe('normalise leaves ordinary text as written', () => {
  for (const c of fixtureJson<{ why: string; input: string; text: string }[]>('keep-as-written.json')) {
    it(c.why, () => expect(normalise(c.input).text).toBe(c.text));
  }
});

describe('the map back to the original', () => {
  it('quotes the supplier’s own disguised wording, not the normalised form', () => {
    const text = 'Friend, please use p a y p a l, f&f, to save fee';
    const [finding] = scanMessage({ from: 'supplier', text }).filter((f) => f.rule === 'offplatform-payment');
    expect(finding?.quote).toContain('p a y p a l');
    expect(text.slice(finding!.span!.start, finding!.span!.end)).toBe(finding!.quote);
  });

  it('maps every normalised character to the original range it came from', () => {
    const n = normalise('ＰａｙＰａｌ\u200b me');
    const at = n.text.indexOf('paypal');
    expect(originalRange(n, at, at + 6)).toEqual({ start: 0, end: 6 });
    expect(n.original.slice(0, 6)).toBe('ＰａｙＰａｌ');
  });

  it('joins digits split by spaces or emoji for number extraction (phone found, original quoted)', () => {
    const text = 'add me 138🔥2765🔥4410 on whats app';
    const [contact] = scanMessage({ from: 'supplier', text });
    expect(contact?.rule).toBe('offplatform-contact');
    expect(contact?.details?.phones).toEqual(['13827654410']);
    expect(contact?.quote).toBe(text);
  });
});
