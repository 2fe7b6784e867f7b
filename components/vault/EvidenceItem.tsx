import { useState } from 'react';
import type { Annotation } from '../../lib/vault/annotate';
import { revealBidiControls } from '../../lib/vault/escape-html';
import { type ItemRow, ThumbnailSchema } from '../../lib/vault/schema/rows';
import { useT } from '../i18n/I18n';
import { DeleteItemConfirm } from './DeleteItemConfirm';
import { describeSource, displayFileName, formatCaptureTime, formatSize } from './format';
import { HashLine } from './HashLine';
import { ItemNotes } from './ItemNotes';
import { KindSelect } from './KindSelect';
import { KIND_ICON, kindLabel, methodLabel } from './labels';
import { TranscriptPreview } from './TranscriptPreview';

export interface EvidenceItemCallbacks {
  onAnnotate: (itemId: string, change: Annotation) => void;
  onDeleteItem: (itemId: string, token: string) => void;
  onOpenItem: (itemId: string) => void;
  onVerify: (itemId: string) => void;
}

export interface EvidenceItemProps extends EvidenceItemCallbacks {
  item: ItemRow;
  disabled?: boolean;
}

function Source({ url, title }: { url: string; title: string }) {
  const t = useT();
  if (!url && !title) return <span className="tg-muted">{t.t('vault.item.unknownSource')}</span>;
  const { host, href } = describeSource(url);
  // A non-web source (data:, file:) can be very long; its start is enough to recognise it.
  const where = href || host.length <= 120 ? host : `${host.slice(0, 120)}…`;
  const label = [where, revealBidiControls(title)].filter(Boolean).join(' — ');
  if (!href) return <span className="tg-vault-source">{label}</span>;
  return (
    <a className="tg-vault-source" href={href} target="_blank" rel="noreferrer noopener" title={href}>
      {label}
    </a>
  );
}

function Thumbnail({ item }: { item: ItemRow }) {
  const t = useT();
  // Only small raster data URLs: a remote URL here would let a stranger's page know when the buyer looks.
  if (item.thumbnail && ThumbnailSchema.safeParse(item.thumbnail).success) {
    return (
      <img
        className="tg-vault-thumb"
        src={item.thumbnail}
        alt={t.t('vault.item.preview', {
          name: item.fileName ? displayFileName(t, item.fileName) : kindLabel(t, item.kind),
        })}
      />
    );
  }
  return (
    <span className="tg-vault-thumb tg-vault-thumb--icon" role="img" aria-label={kindLabel(t, item.kind)}>
      {KIND_ICON[item.kind]}
    </span>
  );
}

/** One piece of evidence: what it is, where and when it came from, its fingerprint, and the buyer's notes. */
export function EvidenceItem({
  item,
  disabled,
  onAnnotate,
  onDeleteItem,
  onOpenItem,
  onVerify,
}: EvidenceItemProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="tg-vault-item" data-testid={`item-${item.id}`} data-kind={item.kind}>
      <div className="tg-vault-item__head">
        <Thumbnail item={item} />
        <div className="tg-vault-item__title">
          <button
            type="button"
            className="tg-vault-link-button tg-vault-item__name"
            title={t.t('vault.item.openTitle')}
            onClick={() => onOpenItem(item.id)}
          >
            {displayFileName(t, item.fileName)}
          </button>
          <span className="tg-muted tg-vault-small">
            {kindLabel(t, item.kind)} · {formatSize(t, item.size)}
          </span>
        </div>
      </div>
      <dl className="tg-vault-item__facts">
        <dt>{t.t('vault.item.captured')}</dt>
        <dd>
          <time dateTime={item.capturedAt} title={`${item.capturedAt} (UTC)`}>
            {formatCaptureTime(t, item.capturedAt)}
          </time>{' '}
          <span className="tg-muted">({methodLabel(t, item.captureMethod)})</span>
        </dd>
        {item.imported && (
          <>
            <dt>{t.t('vault.item.packSays')}</dt>
            <dd data-testid={`item-claim-${item.id}`}>
              {t.t('vault.item.packClaim', {
                method: methodLabel(t, item.imported.claimedCaptureMethod),
                when: formatCaptureTime(t, item.imported.claimedCapturedAt),
              })}{' '}
              <span className="tg-muted">{t.t('vault.item.packClaimNote')}</span>
            </dd>
          </>
        )}
        <dt>{t.t('vault.item.source')}</dt>
        <dd>
          <Source url={item.sourceUrl} title={item.sourceTitle} />
        </dd>
      </dl>
      <HashLine itemId={item.id} sha256={item.sha256} onVerify={onVerify} disabled={disabled} />
      {item.transcript && item.transcript.length > 0 && <TranscriptPreview lines={item.transcript} />}
      <KindSelect
        label={t.t('vault.item.filedAs')}
        value={item.kind}
        disabled={disabled}
        testId={`item-kind-${item.id}`}
        onChange={(kind) => onAnnotate(item.id, { kind })}
      />
      <ItemNotes item={item} onAnnotate={onAnnotate} disabled={disabled} />
      {confirming ? (
        <DeleteItemConfirm
          item={item}
          disabled={disabled}
          onCancel={() => setConfirming(false)}
          onConfirm={(id, token) => {
            onDeleteItem(id, token);
            setConfirming(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="tg-vault-link-button tg-vault-danger-text"
          disabled={disabled}
          aria-label={`${t.t('vault.item.delete')} ${displayFileName(t, item.fileName)}`}
          onClick={() => setConfirming(true)}
        >
          {t.t('vault.item.delete')}
        </button>
      )}
    </li>
  );
}
