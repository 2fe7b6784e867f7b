import { type FormEvent, useId, useState } from 'react';
import { useT } from '../i18n/I18n';

export interface SearchBarProps {
  query: string;
  tag: string | null;
  /** Tags to suggest (those of the items on screen); any tag can still be typed. */
  knownTags: readonly string[];
  onSearch: (query: string, tag: string | null) => void;
}

/**
 * Words and a tag, sent when the buyer submits (or clears): searching runs over
 * the whole vault, so it is not fired on every keystroke.
 */
export function SearchBar({ query, tag, knownTags, onSearch }: SearchBarProps) {
  const t = useT();
  const [text, setText] = useState(query);
  const [tagText, setTagText] = useState(tag ?? '');
  // When the parent changes the search (another case, a cleared filter), the fields follow it.
  const [shown, setShown] = useState({ query, tag });
  if (shown.query !== query || shown.tag !== tag) {
    setShown({ query, tag });
    setText(query);
    setTagText(tag ?? '');
  }
  const listId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim(), tagText.trim() || null);
  };
  const active = query !== '' || tag !== null;
  return (
    <search>
      <form className="tg-vault-search" aria-label={t.t('vault.search.label')} onSubmit={submit}>
        <label className="tg-vault-search__field">
          <span>{t.t('vault.search.words')}</span>
          <input
            type="search"
            value={text}
            placeholder={t.t('vault.search.wordsPlaceholder')}
            data-testid="search-input"
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label className="tg-vault-search__field tg-vault-search__field--tag">
          <span>{t.t('vault.search.tag')}</span>
          <input
            type="text"
            value={tagText}
            list={listId}
            placeholder={t.t('vault.search.anyTag')}
            data-testid="tag-input"
            onChange={(e) => setTagText(e.target.value)}
          />
          <datalist id={listId}>
            {knownTags.map((known) => (
              <option key={known} value={known} />
            ))}
          </datalist>
        </label>
        <button type="submit" className="tg-button tg-button--quiet">
          {t.t('vault.search.submit')}
        </button>
        {active && (
          <button
            type="button"
            className="tg-vault-link-button"
            onClick={() => {
              setText('');
              setTagText('');
              onSearch('', null);
            }}
          >
            {t.t('vault.search.clear')}
          </button>
        )}
      </form>
    </search>
  );
}
