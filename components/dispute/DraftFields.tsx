import type { DisputeDraft, DraftField } from '../../lib/dispute/types';
import { CopyButton } from '../ui/CopyButton';

export interface DraftFieldsProps {
  draft: DisputeDraft;
  copied: string | null;
  /** The statement as the buyer typed it (null: the drafted one), shown as typed even when emptied. */
  statementInput: string | null;
  onCopy(id: string, text: string): void;
  /** The buyer edits the statement; null goes back to the drafted text. */
  onStatement(text: string | null): void;
}

function FieldView({
  field,
  copied,
  onCopy,
}: {
  field: DraftField;
  copied: boolean;
  onCopy(text: string): void;
}) {
  return (
    <div className="tg-dispute__field" data-testid={`field-${field.id}`}>
      <div className="tg-dispute__field-head">
        <h4>{field.label}</h4>
        <CopyButton
          text={field.text}
          onCopy={onCopy}
          copied={copied}
          label="Copy"
          testId={`copy-${field.id}`}
        />
      </div>
      <p className="tg-muted tg-vault-small">{field.hint}</p>
      <pre className="tg-dispute__text" data-testid={`field-${field.id}-text`}>
        {field.text || '(nothing to paste yet)'}
      </pre>
    </div>
  );
}

/** The form's fields in the platform's order, each with the exact text to paste and its own copy button. */
export function DraftFields({ draft, copied, statementInput, onCopy, onStatement }: DraftFieldsProps) {
  // A box cleared to start afresh stays empty while the buyer types (the drafted text must not jump back in).
  const blank = statementInput !== null && statementInput.trim() === '';
  return (
    <section className="tg-dispute__fields" aria-label="The dispute form, field by field">
      <h3 className="tg-vault-section-title">The form, field by field</h3>
      <p className="tg-vault-small">
        {draft.platform.name}: {draft.platform.where}.
      </p>
      {draft.fields.map((field) =>
        field.id === 'statement' ? (
          <div className="tg-dispute__field" data-testid="field-statement" key={field.id}>
            <div className="tg-dispute__field-head">
              <h4>{field.label}</h4>
              <CopyButton
                text={field.text}
                onCopy={(text) => onCopy(field.id, text)}
                copied={copied === field.id}
                label="Copy"
                testId="copy-statement"
              />
            </div>
            <p className="tg-muted tg-vault-small">{field.hint}</p>
            <textarea
              className="tg-dispute__statement"
              rows={12}
              value={statementInput ?? field.text}
              onChange={(e) => onStatement(e.target.value)}
              aria-label="Statement (you may edit it)"
              data-testid="statement-editor"
            />
            {blank && (
              <p className="tg-vault-small" data-testid="statement-blank">
                Empty: until you write one, the drafted statement is what is copied and exported.
              </p>
            )}
            {statementInput !== null && (
              <button type="button" className="tg-button tg-button--quiet" onClick={() => onStatement(null)}>
                Use the drafted statement again
              </button>
            )}
          </div>
        ) : (
          <FieldView
            key={field.id}
            field={field}
            copied={copied === field.id}
            onCopy={(text) => onCopy(field.id, text)}
          />
        ),
      )}
    </section>
  );
}
