import { useEffect } from 'react';
import { BeforeYouPay } from '../../components/checklist/BeforeYouPay';
import { CouldNotCheck } from '../../components/findings/CouldNotCheck';
import { FindingList } from '../../components/findings/FindingList';
import { TabSummary } from '../../components/popup/TabSummary';
import '../../components/findings/findings.css';
import { useT } from '../../components/i18n/I18n';
import { CaptureButtons } from './CaptureButtons';
import { OpenSidePanel } from './OpenSidePanel';
import { usePopupStore } from './store';

export function PopupApp() {
  const { loading, tabId, kind, status, url, view, copied, tickError, load, tick, copyClauses, correct } =
    usePopupStore();
  const t = useT();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <main className="tg-surface tg-popup">
      <h1 className="tg-title">{t.t('popup.title')}</h1>
      {loading ? (
        <p>{t.t('popup.reading')}</p>
      ) : (
        <>
          <TabSummary kind={kind} url={url} seenAt={status?.seenAt ?? null} />
          {tabId !== null && kind !== 'unknown' && kind !== 'challenge' && (
            <CaptureButtons
              tabId={tabId}
              onMessagePage={kind === 'alibaba:messages' || kind === 'aliexpress:messages'}
            />
          )}
          {view?.couldNotCheck && view.couldNotCheck.length > 0 && (
            <CouldNotCheck items={view.couldNotCheck} />
          )}
          {view?.checklist && (
            <BeforeYouPay
              checklist={view.checklist}
              onTick={tick}
              onCopyClauses={copyClauses}
              copied={copied}
              tickError={tickError}
              onCorrect={correct}
              notices={view.notices}
            />
          )}
          {view && !view.checklist && view.findings.length > 0 && <FindingList findings={view.findings} />}
        </>
      )}
      <OpenSidePanel />
    </main>
  );
}
