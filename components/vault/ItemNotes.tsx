import { type FormEvent, useState } from 'react';
import type { Annotation } from '../../lib/vault/annotate';
import type { ItemRow } from '../../lib/vault/schema/rows';
import { useT } from '../i18n/I18n';
import { displayFileName, parseTags } from './format';

export interface ItemNotesProps {
  item: Pick<ItemRow, 'id' | 'note' | 'tags' | 'fileName'>;
  onAnnotate: (itemId: string, change: Annotation) => void;
  disabled?: boolean;
}

/**
 * The buyer's own words about an item. Editing starts from the stored values
 * each time, so a saved change coming back through props is never overwritten
 * by a stale draft.
 */
export function ItemNotes({ item, onAnnotate, disabled }: ItemNotesProps) {
  const t = useT();
  const [draft, setDraft] = useState<{ note: string; tags: string } | null>(null);
  if (draft === null) {
    return (
      <div className="tg-vault-notes">
        {item.note ? (
          <p className="tg-vault-notes__note">{item.note}</p>
        ) : (
          <p className="tg-vault-notes__note tg-muted">{t.t('vault.notes.none')}</p>
        )}
        {item.tags.length > 0 && (
          <ul className="tg-vault-tags" aria-label={t.t('vault.notes.tags')}>
            {item.tags.map((tag) => (
              <li key={tag} className="tg-vault-tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          className="tg-vault-link-button"
          disabled={disabled}
          aria-label={`${t.t('vault.notes.edit')}: ${displayFileName(t, item.fileName)}`}
          onClick={() => setDraft({ note: item.note, tags: item.tags.join(', ') })}
        >
          {t.t('vault.notes.edit')}
        </button>
      </div>
    );
  }
  const save = (event: FormEvent) => {
    event.preventDefault();
    onAnnotate(item.id, { note: draft.note.trim(), tags: parseTags(draft.tags) });
    setDraft(null);
  };
  return (
    <form className="tg-vault-notes tg-vault-notes--editing" onSubmit={save}>
      <label className="tg-field">
        <span>{t.t('vault.notes.note')}</span>
        <textarea
          rows={3}
          value={draft.note}
          placeholder={t.t('vault.notes.notePlaceholder')}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
        />
      </label>
      <label className="tg-field">
        <span>{t.t('vault.notes.tagsField')}</span>
        <input
          type="text"
          value={draft.tags}
          placeholder={t.t('vault.notes.tagsPlaceholder')}
          onChange={(e) => setDraft({ ...draft, tags: e.target.value })}
        />
      </label>
      <p className="tg-muted tg-vault-small">{t.t('vault.notes.neverChanges')}</p>
      <div className="tg-vault-actions">
        <button type="submit" className="tg-button" disabled={disabled}>
          {t.t('vault.notes.save')}
        </button>
        <button type="button" className="tg-button tg-button--quiet" onClick={() => setDraft(null)}>
          {t.t('vault.cancel')}
        </button>
      </div>
    </form>
  );
}
