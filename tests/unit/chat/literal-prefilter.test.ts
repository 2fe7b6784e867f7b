import { describe, expect, it } from 'vitest';
import { analyseMessage } from '../../../lib/chat/analyse';
import { mayMatchInMessage } from '../../../lib/chat/literal-prefilter';
import { normalise } from '../../../lib/chat/normalise';
import { textContext } from '../../../lib/chat/text-context';

const tcOf = (text: string) => textContext(normalise(text));
const rules = (text: string) => analyseMessage({ from: 'supplier', text }, {}).map((f) => f.rule);

describe('literal prefilter of the guards', () => {
  it('rules a regex out only when none of its literals is anywhere in the message', () => {
    const re = /\bsuppose\s+(?:somebody|a\s+stranger)\s+writes|\bwhoever\s+texts/u;
    expect(mayMatchInMessage(tcOf('the cartons leave on friday'), re)).toBe(false);
    // The literal may sit in another clause than the one the guard reads: the answer is for the message.
    expect(mayMatchInMessage(tcOf('somebody called. the cartons leave on friday'), re)).toBe(true);
    expect(mayMatchInMessage(tcOf('whoever texts you, ignore it'), re)).toBe(true);
  });

  it('never rules out a regex one of whose alternatives names no literal, or whose literal holds a space', () => {
    expect(mayMatchInMessage(tcOf('the cartons leave on friday'), /\bwhoever\s+texts|\d{5}/u)).toBe(true);
    expect(mayMatchInMessage(tcOf('the cartons leave on friday'), /whoever texts/u)).toBe(true);
  });

  it('keeps the guards as they were: a stranger’s claim is still a warning, a plain request still a finding', () => {
    expect(
      rules('If anyone tells you our bank account has changed, please ask me here first.'),
    ).not.toContain('bank-details-change');
    expect(rules('Our bank account has changed, please send the balance to the new one.')).toContain(
      'bank-details-change',
    );
    // The platform's checkout anchors the method; without any anchor word the same method is a payment elsewhere.
    expect(rules('You can pay with PayPal at the Alibaba checkout.')).not.toContain('offplatform-payment');
    expect(rules('Please pay with PayPal to my email, it is faster.')).toContain('offplatform-payment');
    // A wallet named as the name on a card statement describes a charge; named as the way to pay, it is a request.
    expect(rules('The refund may appear on your card statement as Alipay Singapore.')).toEqual([]);
    expect(rules('Please pay the deposit by Alipay to my account.')).toContain('offplatform-payment');
  });
});
