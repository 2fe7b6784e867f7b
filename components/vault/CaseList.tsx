import { type FormEvent, useState } from 'react';
import type { Translator } from '../../lib/i18n/translate';
import type { CaseRow } from '../../lib/vault/schema/rows';
import { useT } from '../i18n/I18n';
import './vault.css';

export interface CaseListProps {
  cases: CaseRow[];
  selectedCaseId: string | null;
  /** Evidence count per case id, when the parent knows it. */
  itemCounts?: Readonly<Record<string, number>>;
  onSelectCase: (id: string) => void;
  onCreateCase: (title: string) => void;
  disabled?: boolean;
}

const MARKETPLACE_LABEL = { alibaba: 'Alibaba.com', aliexpress: 'AliExpress' } as const;

/** What the buyer recognises a case by: the order number, or the supplier. */
export function caseHeading(t: Translator, c: CaseRow): string {
  if (c.kind === 'order' && c.orderId) return t.t('vault.case.order', { id: c.orderId });
  if (c.kind === 'supplier') return c.title.trim() || c.supplierKey || t.t('vault.case.supplier');
  return c.title.trim() || t.t('vault.case.untitled');
}

function caseSubtitle(t: Translator, c: CaseRow): string {
  const parts: string[] = [MARKETPLACE_LABEL[c.marketplace]];
  // An order case's title (often the product) is extra context; a supplier case's title is already the heading.
  if (c.kind === 'order' && c.orderId && c.title.trim()) parts.unshift(c.title.trim());
  if (c.kind === 'supplier') parts.unshift(t.t('vault.case.supplier'));
  return parts.join(' · ');
}

export function CaseList({
  cases,
  selectedCaseId,
  itemCounts,
  onSelectCase,
  onCreateCase,
  disabled,
}: CaseListProps) {
  const t = useT();
  const [title, setTitle] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return;
    onCreateCase(trimmed);
    setTitle('');
  };
  return (
    <nav className="tg-vault-cases" aria-label={t.t('vault.case.listLabel')}>
      {cases.length === 0 ? (
        <p className="tg-muted">{t.t('vault.case.none')}</p>
      ) : (
        <ul className="tg-vault-cases__list">
          {cases.map((c) => {
            const count = itemCounts?.[c.id];
            const selected = c.id === selectedCaseId;
            return (
              <li key={c.id}>
                <button
                  type="button"
                  className={`tg-vault-case${selected ? ' tg-vault-case--selected' : ''}`}
                  aria-current={selected ? 'true' : undefined}
                  data-testid={`case-${c.id}`}
                  onClick={() => onSelectCase(c.id)}
                >
                  <span className="tg-vault-case__heading">{caseHeading(t, c)}</span>
                  <span className="tg-vault-case__sub tg-muted">{caseSubtitle(t, c)}</span>
                  {count !== undefined && (
                    <span className="tg-vault-case__count">{t.plural('vault.case.items', count)}</span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="tg-vault-cases__new" onSubmit={submit}>
        <label>
          <span>{t.t('vault.case.new')}</span>
          <input
            type="text"
            value={title}
            placeholder={t.t('vault.case.newPlaceholder')}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <button type="submit" className="tg-button tg-button--quiet" disabled={disabled || !title.trim()}>
          {t.t('vault.case.create')}
        </button>
      </form>
    </nav>
  );
}
