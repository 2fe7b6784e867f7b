import { type Msg, msg } from '../i18n/msg';
import type { CorrectableFact, CorrectionEntry, Statement } from '../model/correction';
import type { EventSource } from '../model/timeline';
import { entryKey, supersedes } from './book';
import { enteredByYou, FACT_LABEL, type FactValue, formatDay, hostOf, ruleValueOf, shownOf } from './facts';
import { FACT_LABEL_KEY } from './labels';

/**
 * Entered vs page-stated, for one fact: the buyer's entry wins until a page
 * read after it states the fact differently from what the buyer corrected
 * away; then the page's value counts again and the buyer is told.
 */
export interface Stated {
  value: FactValue;
  statement: Statement;
}

export interface ResolvedFact {
  fact: CorrectableFact;
  /** The value every rule uses: the active entry's, else the page's; null when neither says. */
  value: FactValue | null;
  shown: string | null;
  source: EventSource | null;
  /** What the pages state (latest), whether or not it counts. */
  stated: Statement | null;
  /** The buyer's entry when it is the value in use. */
  entry: CorrectionEntry | null;
  /** An entry a later page replaced: the buyer is told until they dismiss it. */
  replaced: CorrectionEntry | null;
}

export function resolveFact(
  fact: CorrectableFact,
  stated: Stated | null,
  entry: CorrectionEntry | null,
): ResolvedFact {
  let current = entry;
  // The page in view may be the later statement: judge it as the memory will record it (CorrectionBook.observe).
  if (current && stated && supersedes(current, stated.statement)) {
    current =
      stated.statement.key === entryKey(current) ? null : { ...current, supersededBy: stated.statement };
  }
  const statement = stated?.statement ?? null;
  if (current && !current.supersededBy) {
    const value = ruleValueOf(current.correction);
    return {
      fact,
      value,
      shown: shownOf(fact, value),
      source: current.source,
      stated: statement,
      entry: current,
      replaced: null,
    };
  }
  return {
    fact,
    value: stated?.value ?? null,
    shown: stated ? shownOf(fact, stated.value) : null,
    source: statement ? { kind: 'page', url: statement.url, readAt: statement.at } : null,
    stated: statement,
    entry: null,
    replaced: current?.supersededBy ? current : null,
  };
}

/**
 * Where a value came from, when the buyer should know: "entered by you on 1 Dec 2026" (and what the
 * page shows instead), "seen on <host> on <day>" for a value remembered from another page.
 */
export function describeSource(resolved: ResolvedFact, pageUrl: string): string | undefined {
  const { source, stated, entry } = resolved;
  if (!source) return undefined;
  if (source.kind === 'buyer') {
    const differs = stated && entry && stated.key !== entryKey(entry);
    return `${enteredByYou(source.enteredAt)}${differs ? ` (the page shows ${stated.shown})` : ''}`;
  }
  return source.url && source.url !== pageUrl
    ? `seen on ${hostOf(source.url)} on ${formatDay(source.readAt)}`
    : undefined;
}

/** The same, as a message for the buyer's language ("introducido por usted el 1 dic 2026"). */
export function describeSourceMsg(resolved: ResolvedFact, pageUrl: string): Msg | undefined {
  const { source, stated, entry } = resolved;
  if (!source) return undefined;
  if (source.kind === 'buyer') {
    const day = { day: source.enteredAt };
    return stated && entry && stated.key !== entryKey(entry)
      ? msg('corrections.enteredByYouDiffers', { day, shown: stated.shown })
      : msg('corrections.enteredByYou', { day });
  }
  return source.url && source.url !== pageUrl
    ? msg('corrections.seenOn', { host: hostOf(source.url), day: { day: source.readAt } })
    : undefined;
}

/** The replaced-entry notice as a message (the page's value and the buyer's, as each was written). */
export function replacedNoticeMsg(resolved: ResolvedFact): Msg | null {
  const entry = resolved.replaced;
  const by = entry?.supersededBy;
  if (!entry || !by) return null;
  return msg('corrections.replaced', {
    fact: { key: FACT_LABEL_KEY[resolved.fact] },
    shown: by.shown,
    host: hostOf(by.url),
    day: { day: by.at },
    mine: shownOf(resolved.fact, ruleValueOf(entry.correction)),
    entered: { day: entry.source.enteredAt },
  });
}

/** "Trade Assurance limit: the page now shows US$45,000 (…, 3 Dec 2026); your entry US$42,000 from 1 Dec 2026 is replaced." */
export function replacedNotice(resolved: ResolvedFact): string | null {
  const entry = resolved.replaced;
  const by = entry?.supersededBy;
  if (!entry || !by) return null;
  const mine = shownOf(resolved.fact, ruleValueOf(entry.correction));
  return `${FACT_LABEL[resolved.fact]}: the page now shows ${by.shown} (${hostOf(by.url)}, ${formatDay(by.at)}); your entry ${mine} from ${formatDay(entry.source.enteredAt)} is replaced.`;
}
