import { fieldHint, fieldLabel, fieldParagraphs } from '../../lib/dispute/field-words';
import type { DisputeDraft, DraftField } from '../../lib/dispute/types';
import type { Translator } from '../../lib/i18n/translate';
import { useT } from '../i18n/I18n';
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

/**
 * The field's English text, paragraph by paragraph, in the buyer's language, to read what will be sent:
 * labelled as theirs, not to paste (the buyer's own words are quoted as written, so not repeated).
 */
function YoursBelow({ t, field }: { t: Translator; field: DraftField }) {
  const paragraphs = fieldParagraphs(t, field);
  if (paragraphs.length === 0) return null;
  return (
    <div className="tg-dispute__yours" lang={t.language} data-testid={`field-${field.id}-yours`}>
      <p className="tg-dispute__yours-label">{t.t('disputeText.ui.yours')}</p>
      {paragraphs.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are positional and never reordered
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

function FieldHead({
  t,
  draft,
  field,
  copied,
  onCopy,
}: {
  t: Translator;
  draft: DisputeDraft;
  field: DraftField;
  copied: boolean;
  onCopy(text: string): void;
}) {
  return (
    <>
      <div className="tg-dispute__field-head">
        <h4>{fieldLabel(t, draft, field)}</h4>
        <CopyButton
          text={field.text}
          onCopy={onCopy}
          copied={copied}
          label={t.language === 'en' ? t.t('dispute.copy') : t.t('dispute.copyEnglish')}
          doneText={t.t('dispute.copied')}
          testId={`copy-${field.id}`}
        />
      </div>
      <p className="tg-muted tg-vault-small">{fieldHint(t, draft, field)}</p>
      {t.language !== 'en' && <p className="tg-vault-small tg-dispute__for">{t.t('dispute.forPlatform')}</p>}
    </>
  );
}

function FieldView({
  draft,
  field,
  copied,
  onCopy,
}: {
  draft: DisputeDraft;
  field: DraftField;
  copied: boolean;
  onCopy(text: string): void;
}) {
  const t = useT();
  return (
    <div className="tg-dispute__field" data-testid={`field-${field.id}`}>
      <FieldHead t={t} draft={draft} field={field} copied={copied} onCopy={onCopy} />
      <pre
        className="tg-dispute__text"
        data-testid={`field-${field.id}-text`}
        lang={field.text ? 'en' : undefined}
      >
        {field.text || t.t('dispute.nothingYet')}
      </pre>
      <YoursBelow t={t} field={field} />
    </div>
  );
}

/** The form's fields in the platform's order, each with the exact text to paste (in English) and its own copy button. */
export function DraftFields({ draft, copied, statementInput, onCopy, onStatement }: DraftFieldsProps) {
  const t = useT();
  // A box cleared to start afresh stays empty while the buyer types (the drafted text must not jump back in).
  const blank = statementInput !== null && statementInput.trim() === '';
  return (
    <section className="tg-dispute__fields" aria-label={t.t('dispute.fieldsTitle')}>
      <h3 className="tg-vault-section-title">{t.t('dispute.fieldsTitle')}</h3>
      <p className="tg-vault-small" lang="en">
        {draft.platform.name}: {draft.platform.where}.
      </p>
      {draft.fields.map((field) =>
        field.id === 'statement' ? (
          <div className="tg-dispute__field" data-testid="field-statement" key={field.id}>
            <FieldHead
              t={t}
              draft={draft}
              field={field}
              copied={copied === field.id}
              onCopy={(text) => onCopy(field.id, text)}
            />
            <textarea
              className="tg-dispute__statement"
              rows={12}
              lang="en"
              value={statementInput ?? field.text}
              onChange={(e) => onStatement(e.target.value)}
              aria-label={t.t('dispute.statementEditor')}
              data-testid="statement-editor"
            />
            {!draft.statement.edited && <YoursBelow t={t} field={field} />}
            {blank && (
              <p className="tg-vault-small" data-testid="statement-blank">
                {t.t('dispute.statementBlank')}
              </p>
            )}
            {statementInput !== null && (
              <button type="button" className="tg-button tg-button--quiet" onClick={() => onStatement(null)}>
                {t.t('dispute.statementReset')}
              </button>
            )}
          </div>
        ) : (
          <FieldView
            key={field.id}
            draft={draft}
            field={field}
            copied={copied === field.id}
            onCopy={(text) => onCopy(field.id, text)}
          />
        ),
      )}
    </section>
  );
}
