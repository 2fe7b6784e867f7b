import { type FormEvent, useState } from 'react';
import type { Annotation } from '../../lib/vault/annotate';
import type { ItemRow } from '../../lib/vault/schema/rows';
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
  const [draft, setDraft] = useState<{ note: string; tags: string } | null>(null);
  if (draft === null) {
    return (
      <div className="tg-vault-notes">
        {item.note ? (
          <p className="tg-vault-notes__note">{item.note}</p>
        ) : (
          <p className="tg-vault-notes__note tg-muted">No note.</p>
        )}
        {item.tags.length > 0 && (
          <ul className="tg-vault-tags" aria-label="Tags">
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
          aria-label={`Edit note and tags of ${displayFileName(item.fileName)}`}
          onClick={() => setDraft({ note: item.note, tags: item.tags.join(', ') })}
        >
          Edit note &amp; tags
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
        <span>Note</span>
        <textarea
          rows={3}
          value={draft.note}
          placeholder="What does this show? e.g. 3 of 40 cartons crushed on arrival"
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
        />
      </label>
      <label className="tg-field">
        <span>Tags (separated by commas)</span>
        <input
          type="text"
          value={draft.tags}
          placeholder="e.g. colour, packaging"
          onChange={(e) => setDraft({ ...draft, tags: e.target.value })}
        />
      </label>
      <p className="tg-muted tg-vault-small">Notes and tags never change the file or its hash.</p>
      <div className="tg-vault-actions">
        <button type="submit" className="tg-button" disabled={disabled}>
          Save
        </button>
        <button type="button" className="tg-button tg-button--quiet" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
