import { enteredByYou } from '../corrections/facts';
import type { CorrectableFact } from '../model/correction';
import type { RuleContext } from './types';

/**
 * " (entered by you on 1 Dec 2026)" after a value the buyer entered, so a
 * finding never passes the buyer's own figure off as the page's; "" otherwise.
 */
export function enteredNote(ctx: RuleContext, fact: CorrectableFact): string {
  const source = ctx.corrections?.facts[fact]?.source;
  return source?.kind === 'buyer' ? ` (${enteredByYou(source.enteredAt)})` : '';
}
