import { loadTranslator } from '../../lib/i18n/browser';
import { catalogRecord } from '../../lib/i18n/catalogs';
import type { Language } from '../../lib/i18n/languages';
import type { PageLanguageAnswer } from '../../lib/messaging/protocol';

/**
 * The buyer's language for a content script, with the messages it needs
 * (that language's and English): the content scripts do not bundle the
 * catalogs (lib/i18n/page-language.ts). Flattened once per language.
 */
const records = new Map<Language, Record<string, string>>();

function record(language: Language): Record<string, string> {
  let flat = records.get(language);
  if (!flat) {
    flat = catalogRecord(language);
    records.set(language, flat);
  }
  return flat;
}

export async function pageLanguage(): Promise<PageLanguageAnswer> {
  const { language } = await loadTranslator();
  return {
    language,
    catalogs: language === 'en' ? { en: record('en') } : { [language]: record(language), en: record('en') },
  };
}
