import { browser } from 'wxt/browser';
import { type ParsedSettings, parseSettings, type Settings, SettingsSchema } from './schema';

/** The adapter between the settings schema and extension storage (local: never synced to a server). */
const KEY = 'settings';

export async function loadSettings(): Promise<ParsedSettings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: SettingsSchema.parse(settings) });
}
