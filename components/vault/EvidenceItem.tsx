import { useState } from 'react';
import type { Annotation } from '../../lib/vault/annotate';
import { revealBidiControls } from '../../lib/vault/escape-html';
import { type ItemRow, ThumbnailSchema } from '../../lib/vault/schema/rows';
import { DeleteItemConfirm } from './DeleteItemConfirm';
import { describeSource, displayFileName, formatCaptureTime, formatSize } from './format';
import { HashLine } from './HashLine';
import { ItemNotes } from './ItemNotes';
import { KindSelect } from './KindSelect';
import { CAPTURE_METHOD_LABEL, KIND_ICON, KIND_LABEL } from './labels';
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
  if (!url && !title) return <span className="tg-muted">unknown</span>;
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
  // Only small raster data URLs: a remote URL here would let a stranger's page know when the buyer looks.
  if (item.thumbnail && ThumbnailSchema.safeParse(item.thumbnail).success) {
    return (
      <img
        className="tg-vault-thumb"
        src={item.thumbnail}
        alt={`Preview of ${item.fileName ? displayFileName(item.fileName) : KIND_LABEL[item.kind]}`}
      />
    );
  }
  return (
    <span className="tg-vault-thumb tg-vault-thumb--icon" role="img" aria-label={KIND_LABEL[item.kind]}>
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
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="tg-vault-item" data-testid={`item-${item.id}`} data-kind={item.kind}>
      <div className="tg-vault-item__head">
        <Thumbnail item={item} />
        <div className="tg-vault-item__title">
          <button
            type="button"
            className="tg-vault-link-button tg-vault-item__name"
            title="Open the stored file in a new tab"
            onClick={() => onOpenItem(item.id)}
          >
            {displayFileName(item.fileName)}
          </button>
          <span className="tg-muted tg-vault-small">
            {KIND_LABEL[item.kind]} · {formatSize(item.size)}
          </span>
        </div>
      </div>
      <dl className="tg-vault-item__facts">
        <dt>Captured</dt>
        <dd>
          <time dateTime={item.capturedAt} title={`${item.capturedAt} (UTC)`}>
            {formatCaptureTime(item.capturedAt)}
          </time>{' '}
          <span className="tg-muted">({CAPTURE_METHOD_LABEL[item.captureMethod]})</span>
        </dd>
        {item.imported && (
          <>
            <dt>The pack says</dt>
            <dd data-testid={`item-claim-${item.id}`}>
              {CAPTURE_METHOD_LABEL[item.imported.claimedCaptureMethod]} on{' '}
              <time dateTime={item.imported.claimedCapturedAt}>
                {formatCaptureTime(item.imported.claimedCapturedAt)}
              </time>{' '}
              <span className="tg-muted">(a claim of the pack, not checked by TradeGuard)</span>
            </dd>
          </>
        )}
        <dt>Source</dt>
        <dd>
          <Source url={item.sourceUrl} title={item.sourceTitle} />
        </dd>
      </dl>
      <HashLine itemId={item.id} sha256={item.sha256} onVerify={onVerify} disabled={disabled} />
      {item.transcript && item.transcript.length > 0 && <TranscriptPreview lines={item.transcript} />}
      <KindSelect
        label="Filed as"
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
          aria-label={`Delete ${displayFileName(item.fileName)}…`}
          onClick={() => setConfirming(true)}
        >
          Delete…
        </button>
      )}
    </li>
  );
}
