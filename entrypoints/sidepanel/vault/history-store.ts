import { create } from 'zustand';
import type { CaseIntegrityProps, HistoryCheck } from '../../../components/vault/HistoryStatus';
import type { VaultDb } from '../../../lib/vault/db';
import { caseHistory, checkCaseFiles, checkVaultHistory } from '../../../lib/vault/history/check-vault';
import { eventSummary, eventSummaryMsg } from '../../../lib/vault/history/describe';

/**
 * "History intact" or where it breaks, for the whole vault (re-checked after
 * every change the panel makes), and for the selected case its entries and,
 * on request, its files re-hashed.
 */
interface HistoryState {
  vault: HistoryCheck | null;
  files: CaseIntegrityProps['files'];
  filesCaseId: string | null;
  checkingFiles: boolean;
  caseEntries: CaseIntegrityProps['caseEntries'];
  check(db: VaultDb, caseId: string | null): Promise<void>;
  checkFiles(db: VaultDb, caseId: string): Promise<void>;
}

export const useHistoryStore = create<HistoryState>((set) => ({
  vault: null,
  files: null,
  filesCaseId: null,
  checkingFiles: false,
  caseEntries: [],

  async check(db, caseId) {
    const [vault, entries] = await Promise.all([
      checkVaultHistory(db),
      caseId ? caseHistory(db, caseId) : Promise.resolve([]),
    ]);
    set({
      vault,
      caseEntries: entries.map((entry) => ({
        entry,
        summary: eventSummary(entry),
        summaryMsg: eventSummaryMsg(entry),
      })),
      // A file check belongs to one case and one moment: any change (or another case) clears it.
      files: null,
      filesCaseId: caseId,
    });
  },

  async checkFiles(db, caseId) {
    set({ checkingFiles: true });
    try {
      set({ files: await checkCaseFiles(db, caseId), filesCaseId: caseId });
    } finally {
      set({ checkingFiles: false });
    }
  },
}));
