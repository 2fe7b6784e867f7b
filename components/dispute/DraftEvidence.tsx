import type { DisputeDraft } from '../../lib/dispute/types';
import { kitKeys } from '../../lib/vault/kit-words';
import { useT } from '../i18n/I18n';
import { formatCaptureTime } from '../vault/format';
import { kindLabel } from '../vault/labels';
import { Rule } from './Cite';
import { Yours } from './Yours';

/** Each file of the case (kind, capture time, SHA-256), then the seven documents and how to get what is missing. */
export function DraftEvidence({ draft }: { draft: DisputeDraft }) {
  const t = useT();
  const { items, kinds } = draft.evidence;
  const status = (k: (typeof kinds)[number]) =>
    k.count > 0
      ? t.plural('vault.kit.inCase', k.count)
      : k.need === 'not-needed'
        ? t.t('dispute.need.notNeeded')
        : k.need === 'needed'
          ? t.t('dispute.need.missingNeeded')
          : t.t('dispute.need.missingHelps');
  return (
    <section data-testid="draft-evidence" aria-label={t.t('dispute.evidence')}>
      <h3 className="tg-vault-section-title">{t.t('dispute.evidenceCount', { count: items.length })}</h3>
      {items.length > 0 && (
        <ol className="tg-dispute__evidence">
          {items.map((e) => (
            <li key={e.itemId}>
              {e.fileName} — {kindLabel(t, e.kind)} —{' '}
              {t.t('dispute.capturedAt', { when: formatCaptureTime(t, e.capturedAt) })} — SHA-256{' '}
              <code>{e.sha256}</code>
            </li>
          ))}
        </ol>
      )}
      <ul className="tg-dispute__kinds">
        {kinds.map((k) => (
          <li key={k.kind} data-testid={`need-${k.kind}`} data-need={k.need} data-count={k.count}>
            <strong>{t.language === 'en' ? k.label : t.render(kitKeys(k.kind).label)}</strong>: {status(k)}
            {k.toGet && (
              <p className="tg-vault-small">
                <Yours english={k.toGet} m={k.toGetMsg} />
              </p>
            )}
            <p className="tg-muted tg-vault-small">
              <Rule rule={k.why} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
