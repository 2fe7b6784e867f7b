import { type GateInfo, gateInfo, gateWordsFound, topLevelAlternatives } from './gate-index';
import { requiredLiterals } from './required-literals';
import type { TextContext } from './text-context';

/**
 * Whether a guard's regex may match some piece of the message: false only when none of the literals every match
 * must hold (required-literals.ts, alternative by alternative) occurs anywhere in the message. The guards run their
 * big alternations (the frames of a stranger's claim, the platform's anchors) on a window or a clause around each
 * hit, several hits a message; most messages hold none of their words, and the gate walk has already looked for
 * them (each literal is a word of one more gate, found anywhere): one look-up then answers for every hit.
 *
 * Sound for any text cut from the message, or cut and blanked, or joined from such pieces with " ~ " between them
 * (text-context.ts): a literal found in such a text lies in one piece, unless it holds a space or "~", and a regex
 * with such a literal is never filtered. Null (always run the regex) when some alternative names no literal.
 */
const JOINS = /[\s~]/;
const gates = new WeakMap<RegExp, GateInfo | null>();

const escapedWord = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function literalGate(re: RegExp): GateInfo | null {
  const flags = re.flags.replace(/[gy]/g, '');
  const literals = new Set<string>();
  for (const alternative of topLevelAlternatives(re.source)) {
    let found: string[] | null = null;
    try {
      found = requiredLiterals(new RegExp(alternative, flags));
    } catch {
      found = null; // an alternative that does not stand alone (a back-reference to another one)
    }
    if (found === null || found.some((literal) => JOINS.test(literal))) return null;
    for (const literal of found) literals.add(literal);
  }
  return literals.size === 0 ? null : gateInfo(new RegExp([...literals].map(escapedWord).join('|')));
}

export function mayMatchInMessage(tc: TextContext, re: RegExp): boolean {
  let gate = gates.get(re);
  if (gate === undefined) {
    gate = literalGate(re);
    gates.set(re, gate);
  }
  return gate === null || gateWordsFound(gate, tc.norm.text, tc);
}
