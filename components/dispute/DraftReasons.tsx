import type { DisputeDraft } from '../../lib/dispute/types';
import { formatMoney } from '../../lib/model/money';
import { Cite, Rule } from './Cite';

const STATUS_WORDS = {
  claim: 'claim it',
  weak: 'claim it, but see the cautions',
  'not-yet': 'not yet',
} as const;

/** Why: what is claimed (quoting the order), what plainly does not apply, the arithmetic and the deadline. */
export function DraftReasons({ draft }: { draft: DisputeDraft }) {
  const d = draft.deadline;
  return (
    <>
      <section data-testid="draft-claims" aria-label="What is claimed">
        <h3 className="tg-vault-section-title">What is claimed</h3>
        {draft.claims.length === 0 && <p className="tg-muted">Nothing can be claimed yet.</p>}
        {draft.claims.map((c) => (
          <article
            key={c.id}
            className="tg-dispute__claim"
            data-testid={`claim-${c.id}`}
            data-status={c.status}
          >
            <h4>
              {c.name} <span className="tg-muted">({STATUS_WORDS[c.status]})</span>
            </h4>
            <ul>
              {c.facts.map((f) => (
                <li key={f}>{f}</li>
              ))}
              {c.quotes.map((q) => (
                <li key={`${q.where}:${q.text}`}>
                  The order, {q.where}: <q>{q.text}</q>
                </li>
              ))}
              {c.rules.map((r) => (
                <li key={r.text}>
                  <Rule rule={r} />
                </li>
              ))}
              {c.cautions.map((r) => (
                <li key={r.text} className="tg-dispute__caution">
                  Caution: <Rule rule={r} />
                </li>
              ))}
            </ul>
          </article>
        ))}
      </section>
      <section data-testid="draft-refusals" aria-label="What does not apply">
        <h3 className="tg-vault-section-title">What does not apply</h3>
        {draft.refusals.length === 0 ? (
          <p className="tg-muted">Nothing found that the protection excludes.</p>
        ) : (
          <ul>
            {draft.refusals.map((r) => (
              <li key={r.what}>
                <strong>{r.what}.</strong>{' '}
                {r.quote && (
                  <>
                    The order, {r.quote.where}: <q>{r.quote.text}</q>.{' '}
                  </>
                )}
                <Rule rule={r.rule} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section data-testid="draft-amount" aria-label="The amount">
        <h3 className="tg-vault-section-title">The amount</h3>
        <table className="tg-dispute__amount">
          <tbody>
            {draft.amount.lines.map((l) => (
              <tr key={l.label}>
                <th scope="row">{l.label}</th>
                <td>
                  {l.amount ? formatMoney(l.amount) : 'unknown'}
                  {l.counted ? '' : ' (not counted)'}
                </td>
                <td>
                  {l.basis}
                  {l.source && (
                    <>
                      {' '}
                      <Cite source={l.source} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p data-testid="draft-amount-conclusion">
          <strong>{draft.amount.conclusion}</strong>
        </p>
        {draft.amount.extra && (
          <p>
            Also claimable: <Rule rule={draft.amount.extra} />
          </p>
        )}
        {draft.amount.warnings.map((w) => (
          <p key={w} className="tg-dispute__caution">
            {w}
          </p>
        ))}
      </section>
      <section data-testid="draft-deadline" aria-label="Deadline" data-status={d.status}>
        <h3 className="tg-vault-section-title">Deadline</h3>
        <p>
          <strong>
            {d.label ?? 'No claim window has started yet'}
            {d.dueAt ? `: ${d.dueAt}` : ''}
          </strong>
        </p>
        <p>
          {d.basis}
          {d.source && (
            <>
              {' '}
              <Cite source={d.source} />
            </>
          )}
        </p>
        <p>
          <strong>Now:</strong> {d.now}
        </p>
        <p>
          <strong>If it passes:</strong> {d.ifMissed}
          {d.ifMissedSource && (
            <>
              {' '}
              <Cite source={d.ifMissedSource} />
            </>
          )}
        </p>
        {d.others.length > 0 && (
          <ul>
            {d.others.map((o) => (
              <li key={`${o.label}-${o.dueAt}`}>
                {o.label}: {o.dueAt}. {o.whatToDo}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
