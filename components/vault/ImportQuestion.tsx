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
  return (
    <section
      className="tg-confirm"
      role="alertdialog"
      aria-label="Where should the pack go?"
      data-testid="import-question"
    >
      <p className="tg-confirm__title">
        {fileName} is for a case you already have: “{caseLabel}”.
      </p>
      <p>
        Add its files to that case, or keep them in a separate case? Only add them if you trust where the pack
        came from; either way each file is marked as imported, with what the pack claims about it.
      </p>
      <div className="tg-confirm__actions">
        <button
          type="button"
          className="tg-button"
          data-testid="import-merge"
          onClick={() => onAnswer('merge')}
        >
          Add to “{caseLabel}”
        </button>
        <button
          type="button"
          className="tg-button tg-button--quiet"
          data-testid="import-separate"
          onClick={() => onAnswer('separate')}
        >
          Keep as a separate case
        </button>
        <button
          type="button"
          className="tg-button tg-button--quiet"
          data-testid="import-cancel"
          onClick={() => onAnswer('cancel')}
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
