import { useT } from '../i18n/I18n';

export type ImportChoice = 'merge' | 'separate' | 'cancel';

export interface ImportQuestionProps {
  fileName: string;
  /** How the buyer knows their case ("Order #2188…"). */
  caseLabel: string;
  onAnswer: (choice: ImportChoice) => void;
}

/**
 * Asked before a pack joins a case the buyer already has: a pack is a file
 * anyone can write, and its files would sit beside the buyer's own evidence.
 * Either way every imported file is marked "Imported from a pack".
 */
export function ImportQuestion({ fileName, caseLabel, onAnswer }: ImportQuestionProps) {
  const t = useT();
  return (
    <section
      className="tg-confirm"
      role="alertdialog"
      aria-label={t.t('vault.importQuestion.label')}
      data-testid="import-question"
    >
      <p className="tg-confirm__title">
        {t.t('vault.importQuestion.title', { file: fileName, case: caseLabel })}
      </p>
      <p>{t.t('vault.importQuestion.body')}</p>
      <div className="tg-confirm__actions">
        <button
          type="button"
          className="tg-button"
          data-testid="import-merge"
          onClick={() => onAnswer('merge')}
        >
          {t.t('vault.importQuestion.merge', { case: caseLabel })}
        </button>
        <button
          type="button"
          className="tg-button tg-button--quiet"
          data-testid="import-separate"
          onClick={() => onAnswer('separate')}
        >
          {t.t('vault.importQuestion.separate')}
        </button>
        <button
          type="button"
          className="tg-button tg-button--quiet"
          data-testid="import-cancel"
          onClick={() => onAnswer('cancel')}
        >
          {t.t('vault.cancel')}
        </button>
      </div>
    </section>
  );
}
