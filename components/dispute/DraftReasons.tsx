import type { DisputeDraft } from '../../lib/dispute/types';
import type { MessageKey } from '../../lib/i18n/keys';
import { useT } from '../i18n/I18n';
import { Cite, Rule } from './Cite';

const STATUS_KEY: Record<'claim' | 'weak' | 'not-yet', MessageKey> = {
  claim: 'dispute.status.claim',
  weak: 'dispute.status.weak',
  'not-yet': 'dispute.status.notYet',
};

/** Why: what is claimed (quoting the order), what plainly does not apply, the arithmetic and the deadline. */
export function DraftReasons({ draft }: { draft: DisputeDraft }) {
  const t = useT();
  const d = draft.deadline;
  return (
    <>
      <section data-testid="draft-claims" aria-label={t.t('dispute.claims')}>
        <h3 className="tg-vault-section-title">{t.t('dispute.claims')}</h3>
        {draft.claims.length === 0 && <p className="tg-muted">{t.t('dispute.noClaims')}</p>}
        {draft.claims.map((c) => (
          <article
            key={c.id}
            className="tg-dispute__claim"
            data-testid={`claim-${c.id}`}
            data-status={c.status}
          >
            <h4>
              <span lang="en">{c.name}</span>{' '}
              <span className="tg-muted">({t.render({ key: STATUS_KEY[c.status] })})</span>
            </h4>
            <ul>
              {c.facts.map((f) => (
                <li key={f} lang="en">
                  {f}
                </li>
              ))}
              {c.quotes.map((q) => (
                <li key={`${q.where}:${q.text}`}>
                  {t.t('dispute.orderSays', { where: q.where })} <q>{q.text}</q>
                </li>
              ))}
              {c.rules.map((r) => (
                <li key={r.text}>
                  <Rule rule={r} />
                </li>
              ))}
              {c.cautions.map((r) => (
                <li key={r.text} className="tg-dispute__caution">
                  {t.t('dispute.caution')} <Rule rule={r} />
                </li>
              ))}
            </ul>
          </article>
        ))}
      </section>
      <section data-testid="draft-refusals" aria-label={t.t('dispute.refusals')}>
        <h3 className="tg-vault-section-title">{t.t('dispute.refusals')}</h3>
        {draft.refusals.length === 0 ? (
          <p className="tg-muted">{t.t('dispute.noRefusals')}</p>
        ) : (
          <ul>
            {draft.refusals.map((r) => (
              <li key={r.what}>
                <strong lang="en">{r.what}.</strong>{' '}
                {r.quote && (
                  <>
                    {t.t('dispute.orderSays', { where: r.quote.where })} <q>{r.quote.text}</q>.{' '}
                  </>
                )}
                <Rule rule={r.rule} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section data-testid="draft-amount" aria-label={t.t('dispute.amount')}>
        <h3 className="tg-vault-section-title">{t.t('dispute.amount')}</h3>
        <table className="tg-dispute__amount">
          <tbody>
            {draft.amount.lines.map((l) => (
              <tr key={l.label}>
                <th scope="row" lang="en">
                  {l.label}
                </th>
                <td>
                  {l.amount ? t.money(l.amount) : t.t('dispute.unknown')}
                  {l.counted ? '' : ` ${t.t('dispute.notCounted')}`}
                </td>
                <td lang="en">
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
        <p data-testid="draft-amount-conclusion" lang="en">
          <strong>{draft.amount.conclusion}</strong>
        </p>
        {draft.amount.extra && (
          <p>
            {t.t('dispute.alsoClaimable')} <Rule rule={draft.amount.extra} />
          </p>
        )}
        {draft.amount.warnings.map((w) => (
          <p key={w} className="tg-dispute__caution" lang="en">
            {w}
          </p>
        ))}
      </section>
      <section data-testid="draft-deadline" aria-label={t.t('dispute.deadline')} data-status={d.status}>
        <h3 className="tg-vault-section-title">{t.t('dispute.deadline')}</h3>
        <p>
          <strong lang={d.label ? 'en' : undefined}>
            {d.label ?? t.t('dispute.noWindow')}
            {d.dueAt ? `: ${d.dueAt}` : ''}
          </strong>
        </p>
        <p lang="en">
          {d.basis}
          {d.source && (
            <>
              {' '}
              <Cite source={d.source} />
            </>
          )}
        </p>
        <p>
          <strong>{t.t('dispute.now')}</strong> <span lang="en">{d.now}</span>
        </p>
        <p>
          <strong>{t.t('dispute.ifMissed')}</strong> <span lang="en">{d.ifMissed}</span>
          {d.ifMissedSource && (
            <>
              {' '}
              <Cite source={d.ifMissedSource} />
            </>
          )}
        </p>
        {d.others.length > 0 && (
          <ul lang="en">
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
