import type { RuleSentence } from '../../lib/dispute/types';
import type { RuleSource } from '../../lib/model/finding';
import { useT } from '../i18n/I18n';
import { Yours } from './Yours';

/** "Source: title (publisher), part — address", as the findings show it. Text only. */
export function Cite({ source }: { source: RuleSource }) {
  const t = useT();
  return (
    <span className="tg-dispute__source">
      {t.t('dispute.source', { source: `${source.label} — ${source.ref}` })}
    </span>
  );
}

export function Rule({ rule }: { rule: RuleSentence }) {
  return (
    <>
      <Yours english={rule.text} m={rule.textMsg} /> <Cite source={rule.source} />
    </>
  );
}
