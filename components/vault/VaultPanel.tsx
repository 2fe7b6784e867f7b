import type { ReactNode } from 'react';
import type { Annotation } from '../../lib/vault/annotate';
import type { DisputeKit } from '../../lib/vault/dispute-kit';
import type { CaseRow, DeletionRow, EvidenceKind, ItemRow } from '../../lib/vault/schema/rows';
import { useT } from '../i18n/I18n';
import { CaseList, caseHeading } from './CaseList';
import { DeletionLog } from './DeletionLog';
import { DisputeKitView } from './DisputeKitView';
import { EvidenceList } from './EvidenceList';
import { type ImportChoice, ImportQuestion } from './ImportQuestion';
import type { StorageInfo } from './StorageLine';
import { UploadDropZone } from './UploadDropZone';
import type { VaultMessage } from './VaultStatus';
import { VaultToolbar } from './VaultToolbar';
import './vault.css';

export type { StorageInfo } from './StorageLine';
export type { VaultMessage } from './VaultStatus';

export interface VaultPanelProps {
  cases: CaseRow[];
  selectedCaseId: string | null;
  /** Items of the selected case (already filtered by the search, when one is active). */
  items: ItemRow[];
  kit: DisputeKit | null;
  storage: StorageInfo;
  /** The running job in words, e.g. "Exporting… 40%"; null when idle. Buttons that start jobs wait for it. */
  busy: string | null;
  message: VaultMessage | null;
  query: string;
  tag: string | null;
  /** The deletion log of the selected case. */
  deletions?: DeletionRow[];
  /** Evidence count per case id, shown in the case list when given. */
  itemCounts?: Readonly<Record<string, number>>;
  onSelectCase: (id: string) => void;
  onCreateCase: (title: string) => void;
  onUpload: (files: File[], kind: EvidenceKind) => void;
  onAnnotate: (itemId: string, change: Annotation) => void;
  onDeleteItem: (itemId: string, token: string) => void;
  onExportCase: (caseId: string) => void;
  onImportPack: (file: File) => void;
  onBackup: () => void;
  onRestore: (file: File) => void;
  onSearch: (query: string, tag: string | null) => void;
  onRequestPersist: () => void;
  /** The parent opens the stored bytes in a new tab. */
  onOpenItem: (itemId: string) => void;
  onVerify: (itemId: string) => void;
  /** Shown under the toolbar: the vault's history status. */
  historySlot?: ReactNode;
  /** Shown under the selected case's title: its dispute draft. */
  caseSlot?: ReactNode;
  /** A pack waiting for the buyer's answer: it names a case they already have. */
  importQuestion?: { fileName: string; caseLabel: string } | null;
  onAnswerImport?: (choice: ImportChoice) => void;
}

function tagsOf(items: readonly ItemRow[], current: string | null): string[] {
  const tags = new Set(items.flatMap((item) => item.tags));
  if (current) tags.add(current);
  return [...tags].sort((a, b) => a.localeCompare(b));
}

/** The evidence vault tab of the side panel: cases on one side, the selected case's kit and evidence on the other. */
export function VaultPanel(props: VaultPanelProps) {
  const t = useT();
  const { cases, selectedCaseId, items, kit, busy, query, tag } = props;
  const selected = cases.find((c) => c.id === selectedCaseId) ?? null;
  const working = busy !== null;
  const searching = query !== '' || tag !== null;
  return (
    <div className="tg-vault" data-testid="vault-panel">
      <VaultToolbar
        selectedCaseId={selected?.id ?? null}
        query={query}
        tag={tag}
        knownTags={tagsOf(items, tag)}
        storage={props.storage}
        busy={busy}
        message={props.message}
        onSearch={props.onSearch}
        onExportCase={props.onExportCase}
        onImportPack={props.onImportPack}
        onBackup={props.onBackup}
        onRestore={props.onRestore}
        onRequestPersist={props.onRequestPersist}
      />
      {props.historySlot}
      {props.importQuestion && (
        <ImportQuestion
          fileName={props.importQuestion.fileName}
          caseLabel={props.importQuestion.caseLabel}
          onAnswer={(choice) => props.onAnswerImport?.(choice)}
        />
      )}
      <div className="tg-vault__body">
        <CaseList
          cases={cases}
          selectedCaseId={selectedCaseId}
          itemCounts={props.itemCounts}
          onSelectCase={props.onSelectCase}
          onCreateCase={props.onCreateCase}
          disabled={working}
        />
        <section
          className="tg-vault__detail"
          aria-label={selected ? caseHeading(t, selected) : t.t('vault.case.noneSelected')}
        >
          {selected === null ? (
            <p className="tg-empty">{t.t('vault.case.choose')}</p>
          ) : (
            <>
              <h2 className="tg-vault-section-title" data-testid="vault-case-title">
                {caseHeading(t, selected)}
              </h2>
              {props.caseSlot}
              {kit && kit.caseId === selected.id && <DisputeKitView kit={kit} />}
              <UploadDropZone onUpload={props.onUpload} enabled disabled={working} />
              <EvidenceList
                items={items}
                disabled={working}
                emptyText={searching ? t.t('vault.list.noMatch') : t.t('vault.list.empty')}
                onAnnotate={props.onAnnotate}
                onDeleteItem={props.onDeleteItem}
                onOpenItem={props.onOpenItem}
                onVerify={props.onVerify}
              />
              <DeletionLog deletions={props.deletions ?? []} />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
