import { useEffect } from 'react';
import { TabSummary } from '../../components/popup/TabSummary';
import { usePopupStore } from './store';

export function PopupApp() {
  const { loading, kind, status, url, load } = usePopupStore();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <main className="tg-surface tg-popup">
      <h1 className="tg-title">TradeGuard — before you pay</h1>
      {loading ? (
        <p>Reading this tab…</p>
      ) : (
        <TabSummary kind={kind} url={url} seenAt={status?.seenAt ?? null} />
      )}
    </main>
  );
}
