import { browser } from 'wxt/browser';
import { create } from 'zustand';
import { deadlinesForOrder } from '../../../lib/analysis/order-deadlines';
import { CorrectionBook } from '../../../lib/corrections/book';
import { type DisputeAnswers, EMPTY_ANSWERS } from '../../../lib/dispute/answers';
import { buildDisputeDraft } from '../../../lib/dispute/build';
import { applyCorrections } from '../../../lib/dispute/corrections';
import { type DisputeCase, loadDisputeCase, saveDisputeAnswers } from '../../../lib/dispute/from-vault';
import { renderDisputeMarkdown } from '../../../lib/dispute/markdown';
import { type SpecLine, specLines } from '../../../lib/dispute/order-terms';
import type { DisputeDraft } from '../../../lib/dispute/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { loadSettings } from '../../../lib/settings/storage';
import type { VaultDb } from '../../../lib/vault/db';
import { vaultT } from './language';

/**
 * The selected case's dispute draft: read from the vault, rebuilt on every
 * answer (the builder is pure and quick), answers saved a moment after the
 * buyer stops typing, fields copied to the clipboard on request.
 */
interface DisputeState {
  caseId: string | null;
  source: DisputeCase | null;
  answers: DisputeAnswers;
  lines: SpecLine[];
  draft: DisputeDraft | null;
  markdown: string;
  copied: string | null;
  error: string | null;
  load(db: VaultDb, caseId: string | null): Promise<void>;
  setAnswers(db: VaultDb, answers: DisputeAnswers): void;
  flush(db: VaultDb): Promise<void>;
  copy(id: string, text: string): Promise<void>;
}

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
let settings: Settings = DEFAULT_SETTINGS;
/** The facts the buyer entered on the card or in the popup (kept by the background in extension storage). */
let corrections = new CorrectionBook();

async function loadCorrections(): Promise<CorrectionBook> {
  const stored = await browser.storage.local.get('corrections').catch(() => ({}) as Record<string, unknown>);
  return CorrectionBook.fromJSON((stored as Record<string, unknown>).corrections);
}
let saveTimer: ReturnType<typeof setTimeout> | null = null;
let unsaved: { caseId: string; answers: DisputeAnswers } | null = null;

function build(source: DisputeCase, answers: DisputeAnswers): { draft: DisputeDraft; markdown: string } {
  const now = new Date();
  const zone = timeZone();
  const { order, limit, entered } = applyCorrections(source.order, source.limit, corrections);
  const draft = buildDisputeDraft({
    order,
    events: source.events,
    answers,
    items: source.items,
    deadlines: deadlinesForOrder(order, source.events, settings, { now, timeZone: zone }),
    limit,
    rates: settings.exchangeRates,
    entered,
    now,
    timeZone: zone,
  });
  return { draft, markdown: renderDisputeMarkdown(draft) };
}

export const useDisputeStore = create<DisputeState>((set, get) => ({
  caseId: null,
  source: null,
  answers: EMPTY_ANSWERS,
  lines: [],
  draft: null,
  markdown: '',
  copied: null,
  error: null,

  async load(db, caseId) {
    if (!caseId) {
      set({ caseId: null, source: null, draft: null, markdown: '' });
      return;
    }
    try {
      settings = (await loadSettings().catch(() => ({ settings: DEFAULT_SETTINGS }))).settings;
      corrections = await loadCorrections();
      const source = await loadDisputeCase(db, caseId);
      // Answers typed but not saved yet win over the stored ones.
      const answers = unsaved?.caseId === caseId ? unsaved.answers : (source?.answers ?? EMPTY_ANSWERS);
      if (!source) {
        set({ caseId, source: null, draft: null, markdown: '', error: null });
        return;
      }
      set({
        caseId,
        source,
        answers,
        lines: specLines(source.order),
        ...build(source, answers),
        copied: get().caseId === caseId ? get().copied : null,
        error: null,
      });
    } catch (error) {
      set({
        error: vaultT().t('dispute.error.draft', {
          detail: error instanceof Error ? error.message : String(error),
        }),
      });
    }
  },

  setAnswers(db, answers) {
    const { source, caseId } = get();
    if (!source || !caseId) return;
    set({ answers, ...build(source, answers), copied: null });
    unsaved = { caseId, answers };
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void get().flush(db), 400);
  },

  async flush(db) {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    const pending = unsaved;
    if (!pending) return;
    try {
      await saveDisputeAnswers(db, pending.caseId, pending.answers, new Date());
      if (unsaved === pending) unsaved = null;
    } catch (error) {
      set({
        error: vaultT().t('dispute.error.save', {
          detail: error instanceof Error ? error.message : String(error),
        }),
      });
    }
  },

  async copy(id, text) {
    try {
      await navigator.clipboard.writeText(text);
      set({ copied: id, error: null });
    } catch {
      set({ copied: null, error: vaultT().t('dispute.error.copy') });
    }
  },
}));
