import { create } from 'zustand';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../lib/settings/storage';

interface OptionsState {
  settings: Settings;
  /** Stored fields that were invalid and fell back to their default (told to the buyer). */
  replaced: string[];
  saved: 'idle' | 'saved' | 'error';
  load(): Promise<void>;
  save(next: Settings): Promise<void>;
}

export const useOptionsStore = create<OptionsState>((set) => ({
  settings: DEFAULT_SETTINGS,
  replaced: [],
  saved: 'idle',
  async load() {
    const { settings, replaced } = await loadSettings();
    set({ settings, replaced });
  },
  async save(next) {
    try {
      await saveSettings(next);
      set({ settings: next, saved: 'saved', replaced: [] });
    } catch {
      set({ saved: 'error' });
    }
  },
}));
