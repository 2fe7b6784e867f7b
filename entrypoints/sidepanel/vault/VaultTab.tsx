import { useEffect } from 'react';
import { DisputeDraftPanel } from '../../../components/dispute/DisputeDraftPanel';
import { useT } from '../../../components/i18n/I18n';
import { StatusMessage } from '../../../components/ui/StatusMessage';
import { CaseIntegrity, HistoryStatus } from '../../../components/vault/HistoryStatus';
import { VaultPanel } from '../../../components/vault/VaultPanel';
import { orderCurrency } from '../../../lib/dispute/paid';
import { useDisputeStore } from './dispute-store';
import { useHistoryStore } from './history-store';
import { setVaultTranslator } from './language';
import { useVaultStore, type VaultState, vault } from './store';

/** `sidepanel.html?tab=vault&case=<id>` (or `#vault:<id>`) opens that case directly. */
function caseFromLocation(): string | null {
  const fromQuery = new URLSearchParams(location.search).get('case');
  if (fromQuery) return fromQuery;
  const [tab, id] = location.hash.replace(/^#/, '').split(':');
  return tab === 'vault' && id ? id : null;
}

/** The case's dispute draft, when the case is an order TradeGuard has read. */
function DisputeSlot() {
  const d = useDisputeStore();
  if (d.error && !d.draft) return <StatusMessage tone="error">{d.error}</StatusMessage>;
  if (!d.draft || !d.source) return null;
  return (
    <>
      {d.error && <StatusMessage tone="error">{d.error}</StatusMessage>}
      <DisputeDraftPanel
        draft={d.draft}
        answers={d.answers}
        specLines={d.lines}
        currency={orderCurrency(d.source.order)}
        markdown={d.markdown}
        copied={d.copied}
        onAnswers={(answers) => void vault().then((db) => d.setAnswers(db, answers))}
        onCopy={(id, text) => void d.copy(id, text)}
      />
    </>
  );
}

/** The evidence vault tab: the presentational VaultPanel, fed by the vault, history and dispute stores. */
export function VaultTab() {
  const t = useT();
  // The stores write their messages outside React: they read the panel's language from here.
  setVaultTranslator(t);
  const s = useVaultStore();
  const history = useHistoryStore();
  const { init } = s;
  useEffect(() => {
    void init(caseFromLocation());
  }, [init]);
  // After every change the panel shows (a refresh makes new lists): re-check the history and redraft.
  useEffect(() => {
    const recheck = (state: VaultState) => {
      if (!state.ready) return;
      void vault().then(async (db) => {
        await useHistoryStore.getState().check(db, state.selectedCaseId);
        await useDisputeStore.getState().load(db, state.selectedCaseId);
      });
    };
    recheck(useVaultStore.getState());
    return useVaultStore.subscribe((state, prev) => {
      const changed =
        state.ready !== prev.ready ||
        state.selectedCaseId !== prev.selectedCaseId ||
        state.items !== prev.items ||
        state.cases !== prev.cases;
      if (changed) recheck(state);
    });
  }, []);
  // A new language: the storage line is rewritten in it.
  useEffect(() => {
    if (t.language !== 'en') void useVaultStore.getState().refresh();
  }, [t]);
  if (!s.ready) return <p className="tg-muted">{t.t('vault.opening')}</p>;
  const caseId = s.selectedCaseId;
  return (
    <VaultPanel
      cases={s.cases}
      selectedCaseId={s.selectedCaseId}
      items={s.items}
      kit={s.kit}
      storage={s.storage}
      busy={s.busy}
      message={s.message}
      query={s.query}
      tag={s.tag}
      deletions={s.deletions}
      itemCounts={s.itemCounts}
      historySlot={<HistoryStatus vault={history.vault} />}
      caseSlot={
        caseId && (
          <>
            <CaseIntegrity
              files={history.filesCaseId === caseId ? history.files : null}
              caseEntries={history.caseEntries}
              checkingFiles={history.checkingFiles}
              onCheckFiles={() => void vault().then((db) => history.checkFiles(db, caseId))}
            />
            <DisputeSlot />
          </>
        )
      }
      onSelectCase={(id) => void s.selectCase(id)}
      onCreateCase={(title) => void s.createCase(title)}
      onUpload={(files, kind) => void s.upload(files, kind)}
      onAnnotate={(id, change) => void s.annotate(id, change)}
      onDeleteItem={(id, token) => void s.deleteItem(id, token)}
      onExportCase={(id) => void s.exportCase(id)}
      onImportPack={(file) => void s.importPack(file)}
      onBackup={() => void s.backup()}
      onRestore={(file) => void s.restore(file)}
      onSearch={(query, tag) => void s.search(query, tag)}
      onRequestPersist={() => void s.requestPersist()}
      onOpenItem={(id) => void s.openItem(id)}
      onVerify={(id) => void s.verify(id)}
      importQuestion={s.importQuestion}
      onAnswerImport={(choice) => void s.answerImport(choice)}
    />
  );
}
