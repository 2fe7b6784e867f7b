import { useEffect } from 'react';
import { VaultPanel } from '../../../components/vault/VaultPanel';
import { useVaultStore } from './store';

/** `sidepanel.html?tab=vault&case=<id>` (or `#vault:<id>`) opens that case directly. */
function caseFromLocation(): string | null {
  const fromQuery = new URLSearchParams(location.search).get('case');
  if (fromQuery) return fromQuery;
  const [tab, id] = location.hash.replace(/^#/, '').split(':');
  return tab === 'vault' && id ? id : null;
}

/** The evidence vault tab: the presentational VaultPanel, fed by the vault store. */
export function VaultTab() {
  const s = useVaultStore();
  const { init } = s;
  useEffect(() => {
    void init(caseFromLocation());
  }, [init]);
  if (!s.ready) return <p className="tg-muted">Opening the evidence vault…</p>;
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
