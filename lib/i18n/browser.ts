import { browser } from 'wxt/browser';
import { loadSettings } from '../settings/storage';
import './bundled-catalogs';
import { LANGUAGES, type Language, type LanguageSetting, negotiateLanguage } from './languages';
import { createTranslator, type Translator } from './translate';

/**
 * The adapter between the browser and TradeGuard's translator. With
 * "follow the browser" the text comes from the browser's own i18n API
 * (_locales/, chosen by the browser's language); a language the buyer picked
 * in the options is read from the same files bundled with the extension,
 * because the browser's API cannot switch language at run time.
 */
export function translatorFor(setting: LanguageSetting): Translator {
  if (setting !== 'auto') return createTranslator(setting);
  const get = (key: string) => {
    try {
      // The browser's own names are typed; ours are checked against locales/en.json by the compiler elsewhere.
      const getMessage = browser.i18n.getMessage as (name: string) => string;
      return getMessage(key.replaceAll('.', '_')) || undefined;
    } catch {
      return undefined;
    }
  };
  // Which of our files the browser picked (its fallback chain may differ from ours): each file names itself.
  const picked = get('meta.locale');
  const language: Language = LANGUAGES.find((l) => l === picked) ?? negotiateLanguage(uiLanguages());
  return createTranslator(language, get);
}

function uiLanguages(): string[] {
  try {
    return [browser.i18n.getUILanguage(), ...(globalThis.navigator?.languages ?? [])];
  } catch {
    return [...(globalThis.navigator?.languages ?? [])];
  }
}

export async function loadTranslator(): Promise<Translator> {
  try {
    const { settings } = await loadSettings();
    return translatorFor(settings.language);
  } catch {
    return translatorFor('auto');
  }
}

/** Calls back with a new translator whenever the buyer changes the language in the options. */
export function onLanguageChange(callback: (t: Translator) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) void loadTranslator().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
