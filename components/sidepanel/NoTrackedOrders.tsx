import { useT } from '../i18n/I18n';

/** The side panel before any order is tracked: what will appear here, and how. */
export function NoTrackedOrders() {
  const t = useT();
  return (
    <div className="tg-empty" data-testid="orders-empty">
      <p>
        <strong>{t.t('deadlines.board.none.title')}</strong>
      </p>
      <p>{t.t('deadlines.board.none.how')}</p>
      <p className="tg-muted">{t.t('options.local')}</p>
    </div>
  );
}
