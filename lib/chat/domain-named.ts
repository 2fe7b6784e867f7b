import type { NormalisedText } from './normalise';

/**
 * "Our official e-mail domain is @kaisheng-valves.com", "only mails from @acme-pumps.de are ours", "ending in @x.com":
 * a domain written with its "@" and no one's name, to tell real mail from fake. Normalising joins "domain @x.com" into
 * "domain@x.com" (so that a spaced-out address is read whole), which turned the word before it into a mailbox. The "@"
 * written apart from that word and against the domain, after a word that talks about the domain rather than naming
 * someone, is a domain named, not an address given (stop 41).
 */
const DOMAIN_TALK =
  /^(?:domain|domains|domainname|is|are|was|with|from|at|in|on|under|ending|ends|end|by|use|uses|using|our|the|official|company|only|dominio|dominios|domaine|domain\w*)$/;

/** The address at normalised [start, end) whose "@" is at normalised `at` is only a domain named. */
export function isDomainNamedOnly(n: NormalisedText, start: number, at: number): boolean {
  if (!DOMAIN_TALK.test(n.text.slice(start, at))) return false;
  if (!n.starts || !n.ends || at === 0) return false;
  // Whitespace in the original between the word and the "@": the sign was written against the domain.
  const beforeEnd = n.ends[at - 1]!;
  const atStart = n.starts[at]!;
  return /\s/.test(n.original.slice(beforeEnd, atStart));
}
