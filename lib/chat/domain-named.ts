import type { NormalisedText } from './normalise';

/**
 * "Our official e-mail domain is @kaisheng-valves.com", "only mails from @acme-pumps.de are ours", "ending in @x.com":
 * a domain written with its "@" and no one's name, to tell real mail from fake. Normalising joins "domain @x.com" into
 * "domain@x.com" (so that a spaced-out address is read whole), which turned the word before it into a mailbox. The "@"
 * written apart from that word and against the domain, after a word that talks about the domain rather than naming
 * someone, is a domain named, not an address given (stop 41).
 */
const DOMAIN_WORD = /^(?:domain\w*|dominio\w*|domaine\w*|ending|ends|end)$/;
/**
 * A link word ("is", "from", "in") names a domain only after the domain itself was named just before: "our domain is
 * @x.com", "addresses ending in @x.com". "Write to me privately: official @ x.com" gives an address to write to.
 */
const LINK_WORD = /^(?:is|are|was|with|from|at|in|on|under|by|always|only)$/;
/** "Only mails from @x.com are ours": where mails come from is a domain too. */
const MAILS_BEFORE = /\b(?:e-?)?mails?\s*$|\b(?:e-?mail\s+)?address\w*\s*$/;
const DOMAIN_BEFORE = /\b(?:domain\w*|dominio\w*|domaine\w*|ending|ends|end)\b(?:\s+\S+){0,3}\s*$/;

/** The address at normalised [start, end) whose "@" is at normalised `at` is only a domain named. */
export function isDomainNamedOnly(n: NormalisedText, start: number, at: number): boolean {
  const word = n.text.slice(start, at);
  const before = n.text.slice(0, start);
  const named =
    DOMAIN_WORD.test(word) ||
    (LINK_WORD.test(word) && DOMAIN_BEFORE.test(before)) ||
    (word === 'from' && MAILS_BEFORE.test(before));
  if (!named) return false;
  if (!n.starts || !n.ends || at === 0) return false;
  // Whitespace in the original between the word and the "@": the sign was written against the domain.
  const beforeEnd = n.ends[at - 1]!;
  const atStart = n.starts[at]!;
  return /\s/.test(n.original.slice(beforeEnd, atStart));
}
