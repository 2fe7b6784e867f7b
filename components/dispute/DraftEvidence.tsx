import type { DisputeDraft } from '../../lib/dispute/types';
import { Rule } from './Cite';

const NEED_WORDS = { needed: 'needed', helps: 'helps', 'not-needed': 'not needed for this claim' } as const;

/** Each file of the case (kind, capture time, SHA-256), then the seven documents and how to get what is missing. */
export function DraftEvidence({ draft }: { draft: DisputeDraft }) {
  const { items, kinds } = draft.evidence;
  return (
    <section data-testid="draft-evidence" aria-label="Evidence">
      <h3 className="tg-vault-section-title">Evidence ({items.length})</h3>
      {items.length > 0 && (
        <ol className="tg-dispute__evidence">
          {items.map((e) => (
            <li key={e.itemId}>
              {e.fileName} — {e.kindLabel} — captured <time dateTime={e.capturedAt}>{e.capturedAt}</time> —
              SHA-256 <code>{e.sha256}</code>
            </li>
          ))}
        </ol>
      )}
      <ul className="tg-dispute__kinds">
        {kinds.map((k) => (
          <li key={k.kind} data-testid={`need-${k.kind}`} data-need={k.need} data-count={k.count}>
            <strong>{k.label}</strong>:{' '}
            {k.count > 0
              ? `${k.count} in the case`
              : k.need === 'not-needed'
                ? NEED_WORDS['not-needed']
                : `missing (${NEED_WORDS[k.need]})`}
            {k.toGet && <p className="tg-vault-small">{k.toGet}</p>}
            <p className="tg-muted tg-vault-small">
              <Rule rule={k.why} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
