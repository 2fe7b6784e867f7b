import type { ItemRow } from '../../lib/vault/schema/rows';
import { EvidenceItem, type EvidenceItemCallbacks } from './EvidenceItem';
import './vault.css';

export interface EvidenceListProps extends EvidenceItemCallbacks {
  items: ItemRow[];
  /** Shown when the list is empty: differs between "nothing yet" and "nothing matches the search". */
  emptyText?: string;
  disabled?: boolean;
}

/** The evidence of one case. Staged rows (an import still running) are never shown. */
export function EvidenceList({
  items,
  emptyText = 'No evidence in this case yet. Add files below or capture pages and chats while you shop.',
  disabled,
  ...callbacks
}: EvidenceListProps) {
  const visible = items.filter((item) => item.state === 'complete');
  if (visible.length === 0) return <p className="tg-empty">{emptyText}</p>;
  return (
    <ul className="tg-vault-items" aria-label="Evidence">
      {visible.map((item) => (
        <EvidenceItem key={item.id} item={item} disabled={disabled} {...callbacks} />
      ))}
    </ul>
  );
}
