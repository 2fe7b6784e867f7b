import { type FormEvent, useState } from 'react';
import type { CaseRow } from '../../lib/vault/schema/rows';
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
export function caseHeading(c: CaseRow): string {
  if (c.kind === 'order' && c.orderId) return `Order #${c.orderId}`;
  if (c.kind === 'supplier') return c.title.trim() || c.supplierKey || 'Supplier';
  return c.title.trim() || 'Untitled case';
}

function caseSubtitle(c: CaseRow): string {
  const parts: string[] = [MARKETPLACE_LABEL[c.marketplace]];
  // An order case's title (often the product) is extra context; a supplier case's title is already the heading.
  if (c.kind === 'order' && c.orderId && c.title.trim()) parts.unshift(c.title.trim());
  if (c.kind === 'supplier') parts.unshift('Supplier');
  return parts.join(' · ');
}

function countText(count: number): string {
  return count === 1 ? '1 item' : `${count} items`;
}

export function CaseList({
  cases,
  selectedCaseId,
  itemCounts,
  onSelectCase,
  onCreateCase,
  disabled,
}: CaseListProps) {
  const [title, setTitle] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) return;
    onCreateCase(trimmed);
    setTitle('');
  };
  return (
    <nav className="tg-vault-cases" aria-label="Evidence cases">
      {cases.length === 0 ? (
        <p className="tg-muted">
          No cases yet. TradeGuard opens one for each order you visit; you can also start one below.
        </p>
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
                  <span className="tg-vault-case__heading">{caseHeading(c)}</span>
                  <span className="tg-vault-case__sub tg-muted">{caseSubtitle(c)}</span>
                  {count !== undefined && <span className="tg-vault-case__count">{countText(count)}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="tg-vault-cases__new" onSubmit={submit}>
        <label>
          <span>New case</span>
          <input
            type="text"
            value={title}
            placeholder="e.g. Sample order, bamboo boxes"
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <button type="submit" className="tg-button tg-button--quiet" disabled={disabled || !title.trim()}>
          Create
        </button>
      </form>
    </nav>
  );
}
