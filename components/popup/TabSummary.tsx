import { PAGE_KIND_LABEL, type PageKind } from '../../lib/model/page-kind';

export interface TabSummaryProps {
  kind: PageKind;
  url: string;
  /** When the page's content script last reported (null: not read yet). */
  seenAt: string | null;
}

/** What TradeGuard knows about the page in the active tab. */
export function TabSummary({ kind, url, seenAt }: TabSummaryProps) {
  if (kind === 'unknown') {
    return (
      <p data-testid="popup-kind" data-kind={kind}>
        This tab is not an Alibaba or AliExpress page TradeGuard reads. Open a supplier, product, order,
        payment or message page to see its checks.
      </p>
    );
  }
  if (kind === 'challenge') {
    return (
      <p data-testid="popup-kind" data-kind={kind}>
        This is the marketplace's security check. Complete it; TradeGuard stays silent until the real page
        loads.
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
        <strong>{PAGE_KIND_LABEL[kind]}</strong> <span className="tg-muted">({host})</span>
      </p>
      <p className="tg-muted" data-testid="popup-status">
        {seenAt
          ? `Read by TradeGuard at ${new Date(seenAt).toLocaleTimeString()}.`
          : 'Not read yet: reload the page if the TradeGuard card does not appear.'}
      </p>
    </div>
  );
}
