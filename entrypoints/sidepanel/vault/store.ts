import { create } from 'zustand';
import type { ImportChoice } from '../../../components/vault/ImportQuestion';
import type { StorageInfo, VaultMessage } from '../../../components/vault/VaultPanel';
import { send } from '../../../lib/messaging/client';
import {
  type Annotation,
  addFiles,
  annotateItem,
  type CaseRow,
  createCase,
  type DeletionRow,
  type DisputeKit,
  deleteItem,
  type EvidenceInput,
  type EvidenceKind,
  exportCase,
  exportVault,
  getItem,
  getItemBytes,
  type ItemRow,
  importPack,
  listCases,
  openVault,
  restoreVault,
  type VaultDb,
  VaultImportError,
  verifyItem,
} from '../../../lib/vault';
import { makeThumbnail } from '../../../lib/vault/thumbnail';
import { useDisputeStore } from './dispute-store';
import { vaultT } from './language';
import { loadView } from './load';
import { backupMessage, errorMessage, exportMessage, importMessage, restoreMessage } from './messages';
import { openItemBytes } from './open-item';
import { dateStamp, safeFilePart, saveZip } from './save-file';
import { readStorage, requestPersistence } from './storage';

/**
 * The vault tab's state. Actions call lib/vault directly: this extension page
 * shares the extension's origin, hence the background's IndexedDB. Every
 * failure becomes the panel's message, in the vault's own words.
 */
export interface VaultState {
  ready: boolean;
  cases: CaseRow[];
  itemCounts: Record<string, number>;
  selectedCaseId: string | null;
  items: ItemRow[];
  kit: DisputeKit | null;
  deletions: DeletionRow[];
  storage: StorageInfo;
  busy: string | null;
  message: VaultMessage | null;
  query: string;
  tag: string | null;
  /** A pack that names one of the buyer's cases, waiting for their answer (merge, separate, cancel). */
  importQuestion: { file: File; fileName: string; caseLabel: string } | null;
  init(caseId: string | null): Promise<void>;
  refresh(): Promise<void>;
  selectCase(id: string): Promise<void>;
  createCase(title: string): Promise<void>;
  upload(files: File[], kind: EvidenceKind): Promise<void>;
  annotate(itemId: string, change: Annotation): Promise<void>;
  deleteItem(itemId: string, token: string): Promise<void>;
  exportCase(caseId: string): Promise<void>;
  importPack(file: File, existingCase?: 'merge' | 'separate'): Promise<void>;
  answerImport(choice: ImportChoice): Promise<void>;
  backup(): Promise<void>;
  restore(file: File): Promise<void>;
  search(query: string, tag: string | null): Promise<void>;
  requestPersist(): Promise<void>;
  openItem(itemId: string): Promise<void>;
  verify(itemId: string): Promise<void>;
}

let dbPromise: Promise<VaultDb> | null = null;
/** The vault, opened once per panel (the dispute and history stores share it). */
export const vault = () => {
  dbPromise ??= openVault(undefined, { now: new Date() });
  return dbPromise;
};

/** The pack's report is written in the panel's language; the manifest records which. */
const reportLanguage = () => ({
  language: vaultT().language,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
});

const caseLabel = (c: CaseRow | undefined) => {
  const t = vaultT();
  if (c?.kind === 'order' && c.orderId) return t.t('vault.case.order', { id: c.orderId });
  return c?.title || t.t('vault.case.fallback');
};
/** The pack's file name stays in English whatever the language: a file name is read by other people's tools. */
const fileLabel = (c: CaseRow | undefined) =>
  c ? (c.kind === 'order' && c.orderId ? `Order #${c.orderId}` : c.title || 'case') : 'case';

export const useVaultStore = create<VaultState>((set, get) => {
  /** Runs one job: the busy line while it runs, its message (or error) after, then fresh lists. */
  async function job(busy: string, work: (db: VaultDb) => Promise<VaultMessage | null>): Promise<void> {
    if (get().busy) return;
    set({ busy, message: null });
    let message: VaultMessage | null;
    try {
      message = await work(await vault());
    } catch (error) {
      message = errorMessage(error);
    }
    set({ busy: null, message });
    await get().refresh();
  }

  return {
    ready: false,
    cases: [],
    itemCounts: {},
    selectedCaseId: null,
    items: [],
    kit: null,
    deletions: [],
    storage: { text: vaultT().t('vault.storage.reading'), persisted: undefined },
    busy: null,
    message: null,
    query: '',
    tag: null,
    importQuestion: null,

    async init(caseId) {
      try {
        await vault();
        set({ selectedCaseId: caseId });
        await get().refresh();
        set({ ready: true });
      } catch (error) {
        set({ ready: true, message: errorMessage(error) });
      }
    },

    async refresh() {
      try {
        const { selectedCaseId, query, tag } = get();
        const view = await loadView(await vault(), { selectedCaseId, query, tag });
        set({ ...view, storage: await readStorage() });
      } catch (error) {
        set({ message: errorMessage(error) });
      }
    },

    async selectCase(id) {
      set({ selectedCaseId: id, query: '', tag: null, message: null });
      await get().refresh();
    },

    createCase: (title) =>
      job(vaultT().t('vault.busy.creating'), async (db) => {
        // A case made by hand has no order or supplier page behind it; the buyer names it.
        const row = await createCase(
          db,
          {
            kind: 'supplier',
            marketplace: 'alibaba',
            title: title.trim() || vaultT().t('vault.case.new'),
            supplierKey: `manual:${crypto.randomUUID()}`,
          },
          new Date(),
        );
        set({ selectedCaseId: row.id });
        return { kind: 'success', text: vaultT().t('vault.done.caseCreated', { title: row.title }) };
      }),

    upload: (files, kind) =>
      job(vaultT().plural('vault.busy.adding', files.length), async (db) => {
        const t = vaultT();
        const caseId = get().selectedCaseId;
        if (!caseId) return { kind: 'error', text: t.t('vault.upload.needCase') };
        // One transaction per batch of files; on a failure the files before the one at fault stay saved.
        const { saved, failed } = await addFiles(
          db,
          files.length,
          (i) => uploadInput(caseId, files[i] as File, kind),
          {
            onFile: (i) =>
              set({
                busy: t.t('vault.busy.addingOne', {
                  file: (files[i] as File).name,
                  n: i + 1,
                  total: files.length,
                  percent: `${Math.round((100 * i) / files.length)}%`,
                }),
              }),
          },
        );
        const done = saved.length;
        if (failed) {
          const before = done ? ` ${t.plural('vault.done.savedBefore', done)}` : '';
          const name = (files[failed.index] as File).name;
          return { kind: 'error', text: `${name}: ${errorMessage(failed.error).text}${before}` };
        }
        return { kind: 'success', text: t.plural('vault.done.added', done) };
      }),

    annotate: (itemId, change) =>
      job(vaultT().t('vault.busy.saving'), async (db) => {
        await annotateItem(db, itemId, change, new Date());
        return { kind: 'success', text: vaultT().t('vault.done.annotated') };
      }),

    deleteItem: (itemId, token) =>
      job(vaultT().t('vault.busy.deleting'), async (db) => {
        const entry = await deleteItem(db, itemId, {
          confirmation: token,
          reason: 'Deleted by the buyer in the side panel',
          now: new Date(),
        });
        return {
          kind: 'info',
          text: entry.fileName
            ? vaultT().t('vault.done.deleted', { file: entry.fileName })
            : vaultT().t('vault.done.deletedUnnamed'),
        };
      }),

    exportCase: (caseId) =>
      job(vaultT().t('vault.busy.exporting'), async (db) => {
        const theCase = get().cases.find((c) => c.id === caseId);
        const now = new Date();
        const name = `tradeguard-${safeFilePart(fileLabel(theCase))}-${dateStamp(now)}.zip`;
        const dispute = await disputeForExport(db, caseId);
        const saved = await saveZip(name, (writable) =>
          exportCase(db, caseId, { writable, now, ...(dispute && { dispute }), ...reportLanguage() }),
        );
        return saved
          ? exportMessage(saved.result, saved.how, dispute !== null)
          : { kind: 'info', text: vaultT().t('vault.done.exportCancelled') };
      }),

    importPack: (file, existingCase) =>
      job(vaultT().t('vault.busy.importing', { file: file.name }), async (db) => {
        set({ importQuestion: null });
        try {
          const result = await importPack(db, file, { now: new Date(), existingCase });
          await announceVaultChanged();
          set({ selectedCaseId: result.caseId });
          const { cases } = await listCases(db);
          return importMessage(result, caseLabel(cases.find((c) => c.id === result.caseId)));
        } catch (error) {
          if (!(error instanceof VaultImportError) || error.reason !== 'needs-confirmation') throw error;
          // The pack names a case the buyer has: ask before its files join their evidence.
          const { cases } = await listCases(db);
          const theirs = cases.find((c) => c.id === error.existingCaseId);
          set({ importQuestion: { file, fileName: file.name, caseLabel: caseLabel(theirs) } });
          return { kind: 'info', text: vaultT().t('vault.done.importWaiting', { file: file.name }) };
        }
      }),

    async answerImport(choice) {
      const question = get().importQuestion;
      if (!question) return;
      if (choice === 'cancel') {
        set({
          importQuestion: null,
          message: { kind: 'info', text: vaultT().t('vault.done.importCancelled') },
        });
        return;
      }
      await get().importPack(question.file, choice);
    },

    backup: () =>
      job(vaultT().t('vault.busy.backingUp'), async (db) => {
        const now = new Date();
        const saved = await saveZip(`tradeguard-vault-backup-${dateStamp(now)}.zip`, (writable) =>
          exportVault(db, { writable, now }),
        );
        return saved
          ? backupMessage(saved.result, saved.how)
          : { kind: 'info', text: vaultT().t('vault.done.backupCancelled') };
      }),

    restore: (file) =>
      job(vaultT().t('vault.busy.restoring', { file: file.name }), async (db) => {
        const result = await restoreVault(db, file, { now: new Date() });
        await announceVaultChanged();
        return restoreMessage(result);
      }),

    async search(query, tag) {
      set({ query, tag });
      await get().refresh();
    },

    async requestPersist() {
      const granted = await requestPersistence();
      set({
        message:
          granted === true
            ? { kind: 'success', text: vaultT().t('vault.storage.persisted') }
            : { kind: 'info', text: vaultT().t('vault.storage.notPersisted') },
      });
      set({ storage: await readStorage() });
    },

    async openItem(itemId) {
      try {
        const db = await vault();
        const [item, bytes] = await Promise.all([getItem(db, itemId), getItemBytes(db, itemId)]);
        if (!item || !bytes) throw new Error(vaultT().t('vault.error.itemMissing'));
        if (openItemBytes(item, bytes) === 'downloaded')
          set({
            message: {
              kind: 'info',
              text: vaultT().t('vault.done.downloaded', { file: item.fileName || '—' }),
            },
          });
      } catch (error) {
        set({ message: errorMessage(error) });
      }
    },

    verify: (itemId) =>
      job(vaultT().t('vault.busy.verifying'), async (db) => {
        const t = vaultT();
        const r = await verifyItem(db, itemId);
        if (r.status === 'intact')
          return { kind: 'success', text: t.t('vault.done.intact', { hash: r.expected ?? '' }) };
        if (r.status === 'altered')
          return {
            kind: 'error',
            text: t.t('vault.done.altered', { expected: r.expected ?? '', actual: r.actual ?? '' }),
          };
        return { kind: 'error', text: t.t('vault.error.bytesMissing') };
      }),
  };
});

async function uploadInput(caseId: string, file: File, kind: EvidenceKind): Promise<EvidenceInput> {
  return {
    caseId,
    bytes: file,
    kind,
    captureMethod: 'upload',
    now: new Date(),
    mimeType: file.type,
    fileName: file.name,
    thumbnail: await makeThumbnail(file),
  };
}

/** The background keeps suppliers and orders in memory: tell it the vault changed under it (restore, import). */
async function announceVaultChanged(): Promise<void> {
  await send({ type: 'ui/vault-changed' });
}

/** The case's dispute draft goes into its pack once the buyer has said what went wrong. */
async function disputeForExport(db: VaultDb, caseId: string) {
  const dispute = useDisputeStore.getState();
  if (dispute.caseId !== caseId) return null;
  await dispute.flush(db);
  return dispute.draft && dispute.draft.problems.length > 0 ? dispute.draft : null;
}
