import { gateInfo } from './gate-index';
import type { ChatPattern } from './match';
import { requiredLiteralChoices } from './required-literals';

/**
 * What a pattern's hits need of the message, as literals (required-literals.ts), laid out for one loop over the gate
 * walk's marks (gate-index.ts, conditionsMet): conditions that must all hold (its regex, its need), each met when,
 * for one of its choices (a top-level alternative), every set of literals has one in the message. Each literal is a
 * gate of its own whose one word the walk finds anywhere in the message, so a literal costs one look-up; copies share
 * one gate (gate-index.ts keys gates by source), so "pay" or "account" is one word however many patterns need it.
 *
 * Every set of an alternative, not only its best one: the costly patterns open on a common word ("pay", "not", "we")
 * and need a second, rarer one further on ("pay … link", "not … the platform"); with one set they ran on every
 * message holding the common word. The need is a condition too: a hit is kept only where the need matches (match.ts,
 * guardsLetThrough), in the clause or the whole message, both cut from the message, so the need's literals are in it.
 *
 * Layout: [conditions, then each condition: [length of the rest, choices, then each choice: [length of the rest,
 * sets, then each set: [literals, their gate ids…]]]]. Null when no condition can be named.
 */
export function literalConditionsOf(p: ChatPattern): Int32Array | null {
  const out: number[] = [0];
  for (const re of p.needs ? [p.re, p.needs] : [p.re]) {
    const choices = requiredLiteralChoices(re);
    if (choices === null) continue;
    const condition: number[] = [choices.length];
    let always = false;
    for (const sets of choices) {
      const ids = sets.map((set) => set.map((literal) => gateInfo(new RegExp(escapeLiteral(literal))).id));
      // A literal the walk cannot look for (no gate id) may be there: its set is no condition.
      const known = ids.filter((set) => set.every((id) => id >= 0));
      if (known.length === 0) always = true;
      const choice = [known.length, ...known.flatMap((set) => [set.length, ...set])];
      condition.push(choice.length, ...choice);
    }
    if (always) continue; // a choice that asks for nothing: the condition always holds
    out.push(condition.length, ...condition);
    out[0]!++;
  }
  return out[0] === 0 ? null : Int32Array.from(out);
}

const escapeLiteral = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
