import type { DisputeDraft } from '../../lib/dispute/types';
import type { MessageKey } from '../../lib/i18n/keys';
import { useT } from '../i18n/I18n';
import { Cite, Rule } from './Cite';
import { Yours } from './Yours';

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
              <Yours english={c.name} m={c.nameMsg} />{' '}
              <span className="tg-muted">({t.render({ key: STATUS_KEY[c.status] })})</span>
            </h4>
            <ul>
              {c.facts.map((f, i) => (
                <li key={f}>
                  <Yours english={f} m={c.factMsgs?.[i]} />
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
                <strong>
                  <Yours english={`${r.what}.`} m={r.whatMsg} />
                </strong>{' '}
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
                <th scope="row">
                  <Yours english={l.label} m={l.labelMsg} />
                </th>
                <td>
                  {l.amount ? t.money(l.amount) : t.t('dispute.unknown')}
                  {l.counted ? '' : ` ${t.t('dispute.notCounted')}`}
                </td>
                <td>
                  <Yours english={l.basis} m={l.basisMsg} />
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
          <strong>
            <Yours english={draft.amount.conclusion} m={draft.amount.conclusionMsg} />
          </strong>
        </p>
        {draft.amount.extra && (
          <p>
            {t.t('dispute.alsoClaimable')} <Rule rule={draft.amount.extra} />
          </p>
        )}
        {draft.amount.warnings.map((w, i) => (
          <p key={w} className="tg-dispute__caution">
            <Yours english={w} m={draft.amount.warningMsgs?.[i]} />
          </p>
        ))}
      </section>
      <section data-testid="draft-deadline" aria-label={t.t('dispute.deadline')} data-status={d.status}>
        <h3 className="tg-vault-section-title">{t.t('dispute.deadline')}</h3>
        <p>
          <strong>
            {d.label ? <Yours english={d.label} m={d.labelMsg} /> : t.t('dispute.noWindow')}
            {d.dueAt ? `: ${d.dueAt}` : ''}
          </strong>
        </p>
        <p>
          <Yours english={d.basis} m={d.basisMsg} />
          {d.source && (
            <>
              {' '}
              <Cite source={d.source} />
            </>
          )}
        </p>
        <p>
          <strong>{t.t('dispute.now')}</strong> <Yours english={d.now} m={d.nowMsg} />
        </p>
        <p>
          <strong>{t.t('dispute.ifMissed')}</strong> <Yours english={d.ifMissed} m={d.ifMissedMsg} />
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
                <Yours english={`${o.label}: ${o.dueAt}.`} m={o.labelMsg} />{' '}
                <Yours english={o.whatToDo} m={o.whatToDoMsg} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
