import type { RuleSentence } from '../../lib/dispute/types';
import type { RuleSource } from '../../lib/model/finding';

/** "Source: title (publisher), part — address", as the findings show it. Text only. */
export function Cite({ source }: { source: RuleSource }) {
  return (
    <span className="tg-dispute__source">
      Source: {source.label} — {source.ref}
    </span>
  );
}

export function Rule({ rule }: { rule: RuleSentence }) {
  return (
    <>
      {rule.text} <Cite source={rule.source} />
    </>
  );
}
