import { intlLocale } from '../../lib/i18n/format';
import type { PageKind } from '../../lib/model/page-kind';
import { useT } from '../i18n/I18n';
import { pageKindLabel } from '../i18n/words';

export interface TabSummaryProps {
  kind: PageKind;
  url: string;
  /** When the page's content script last reported (null: not read yet). */
  seenAt: string | null;
}

/** What TradeGuard knows about the page in the active tab. */
export function TabSummary({ kind, url, seenAt }: TabSummaryProps) {
  const t = useT();
  if (kind === 'unknown') {
    return (
      <p data-testid="popup-kind" data-kind={kind}>
        {t.t('popup.notMarketplace')}
      </p>
    );
  }
  if (kind === 'challenge') {
    return (
      <p data-testid="popup-kind" data-kind={kind}>
        {t.t('popup.challenge')}
      </p>
    );
  }
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    host = url;
  }
  return (
    <div>
      <p data-testid="popup-kind" data-kind={kind}>
        <strong>{pageKindLabel(t, kind)}</strong> <span className="tg-muted">({host})</span>
      </p>
      <p className="tg-muted" data-testid="popup-status">
        {seenAt ? t.t('popup.readAt', { time: timeOf(t.language, seenAt) }) : t.t('popup.notRead')}
      </p>
    </div>
  );
}

const timeOf = (language: string, iso: string) =>
  new Intl.DateTimeFormat(intlLocale(language), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(iso));
