/**
 * The languages TradeGuard speaks. The tag is BCP 47 (for Intl); the folder
 * is the browser's _locales name. English is the fallback for a missing key.
 */
export const LANGUAGES = ['en', 'es', 'pt-BR', 'fr', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The buyer's choice in the options: follow the browser, or one language. */
export const LANGUAGE_SETTINGS = ['auto', ...LANGUAGES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/** Each language's name in itself, for the options' chooser (a buyer looks for their own language's name). */
export const LANGUAGE_NAME: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  fr: 'Français',
  'zh-CN': '简体中文',
};

/** The best language for a list of preferred tags (navigator.languages): exact, then by base language. */
export function negotiateLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase().replace('_', '-');
    const exact = LANGUAGES.find((l) => l.toLowerCase() === lower);
    if (exact) return exact;
    const base = lower.split('-')[0];
    // Portuguese speakers get Brazil's Portuguese, Chinese speakers Simplified Chinese: the nearest we have.
    const byBase = LANGUAGES.find((l) => l.toLowerCase().split('-')[0] === base);
    if (byBase) return byBase;
  }
  return 'en';
}
