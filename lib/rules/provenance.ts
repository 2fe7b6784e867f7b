import type { Msg } from '../i18n/msg';
import { msg } from '../i18n/msg';
import type { CorrectableFact } from '../model/correction';
import type { RuleContext } from './types';

/**
 * " (entered by you on 1 Dec 2026)" after a value the buyer entered, so a
 * finding never passes the buyer's own figure off as the page's; "" otherwise.
 */
export function enteredNote(ctx: RuleContext, fact: CorrectableFact): Msg | '' {
  const source = ctx.corrections?.facts[fact]?.source;
  return source?.kind === 'buyer' ? enteredMsg(source.enteredAt) : '';
}

export function enteredMsg(enteredAt: string): Msg {
  return msg('rules.enteredByYou', { day: { day: enteredAt } });
}

/** "entered by you on 1 Dec 2026", where a sentence names its source in parentheses of its own. */
export function enteredOn(enteredAt: string): Msg {
  return msg('rules.enteredOn', { day: { day: enteredAt } });
}
