import type { DisputeAnswers } from '../../lib/dispute/answers';
import type { SpecLine } from '../../lib/dispute/order-terms';
import type { DisputeDraft } from '../../lib/dispute/types';
import { useT } from '../i18n/I18n';
import { CopyButton } from '../ui/CopyButton';
import { DraftEvidence } from './DraftEvidence';
import { DraftFields } from './DraftFields';
import { DraftReasons } from './DraftReasons';
import { ProblemForm } from './ProblemForm';
import { Yours } from './Yours';
import './dispute.css';

export interface DisputeDraftPanelProps {
  draft: DisputeDraft;
  answers: DisputeAnswers;
  specLines: readonly SpecLine[];
  currency: string | null;
  /** The whole draft as dispute.md, for "Copy the whole draft". */
  markdown: string;
  /** Which field was last copied ('all' for the whole draft). */
  copied: string | null;
  onAnswers(next: DisputeAnswers): void;
  onCopy(id: string, text: string): void;
}

/**
 * A case's dispute draft: what went wrong (the buyer's answers), then every
 * field of the platform's form to paste, and why — protections claimed and
 * refused with their sources, the arithmetic, the evidence and the deadline.
 */
export function DisputeDraftPanel(props: DisputeDraftPanelProps) {
  const t = useT();
  const { draft, copied, onCopy } = props;
  return (
    <details className="tg-dispute" data-testid="dispute-draft" open>
      <summary className="tg-vault-section-title">
        {t.t('dispute.title', { platform: draft.platform.name })}
      </summary>
      <ProblemForm
        answers={props.answers}
        specLines={props.specLines}
        currency={props.currency}
        onAnswers={props.onAnswers}
      />
      {draft.gaps.length > 0 && (
        <ul className="tg-dispute__gaps" data-testid="draft-gaps">
          {draft.gaps.map((g, i) => (
            <li key={g}>
              <Yours english={g} m={draft.gapMsgs?.[i]} />
            </li>
          ))}
        </ul>
      )}
      {t.language !== 'en' && (
        <p className="tg-dispute__english-note" data-testid="draft-english-note">
          {t.t('dispute.englishNote')}
        </p>
      )}
      <p>
        <CopyButton
          text={props.markdown}
          onCopy={(text) => onCopy('all', text)}
          copied={copied === 'all'}
          label={t.language === 'en' ? t.t('dispute.copyAll') : t.t('dispute.copyAllEnglish')}
          doneText={t.t('dispute.copied')}
          testId="copy-all"
        />
      </p>
      <DraftFields
        draft={draft}
        copied={copied}
        statementInput={props.answers.statement}
        onCopy={onCopy}
        onStatement={(statement) => props.onAnswers({ ...props.answers, statement })}
      />
      <DraftReasons draft={draft} />
      <DraftEvidence draft={draft} />
    </details>
  );
}
