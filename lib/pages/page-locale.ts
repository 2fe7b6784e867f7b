/**
 * Whether a page is written in a language whose decimal mark is "." — the
 * one fact money reading needs from the page's locale (lib/money/number.ts,
 * rule 3: "US$1.250" is 1.25 on an English page, 1,250 on a Spanish one).
 * From what the page says of itself: its <html lang>, else its address's
 * language subdomain (es.aliexpress.com, spanish.alibaba.com, aliexpress.ru).
 * Unknown → false: the old reading ("." before three digits groups) stays.
 */
const POINT_LANGUAGES = new Set(['en', 'zh', 'ja', 'ko', 'th', 'he', 'iw', 'hi', 'ms']);
const COMMA_LANGUAGES = new Set([
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'nl',
  'ru',
  'tr',
  'pl',
  'id',
  'in',
  'vi',
  'uk',
  'cs',
  'sv',
  'da',
  'fi',
  'nb',
  'no',
  'ro',
  'hu',
  'el',
  'ar',
]);

/** alibaba.com's language sites, by their subdomain word. */
const ALIBABA_LANGUAGE_SITES: Record<string, string> = {
  spanish: 'es',
  portuguese: 'pt',
  french: 'fr',
  german: 'de',
  italian: 'it',
  dutch: 'nl',
  russian: 'ru',
  turkish: 'tr',
  vietnamese: 'vi',
  indonesian: 'id',
  arabic: 'ar',
  hebrew: 'he',
  japanese: 'ja',
  korean: 'ko',
  thai: 'th',
  chinese: 'zh',
  hindi: 'hi',
};

export function pageUsesDecimalPoint(doc: Document, url: string): boolean {
  const lang = languageOf(doc.documentElement?.getAttribute('lang')) ?? languageOfAddress(url);
  return lang !== null && POINT_LANGUAGES.has(lang);
}

function languageOf(tag: string | null | undefined): string | null {
  const lang = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return lang && (POINT_LANGUAGES.has(lang) || COMMA_LANGUAGES.has(lang)) ? lang : null;
}

function languageOfAddress(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (/(^|\.)aliexpress\.ru$/.test(host)) return 'ru';
  if (/(^|\.)aliexpress\.us$/.test(host)) return 'en';
  const sub = host.split('.')[0] ?? '';
  if (/(^|\.)alibaba\.com$/.test(host)) {
    if (sub === 'www' || sub === 'm' || sub === 'message' || sub === 'biz') return 'en';
    return ALIBABA_LANGUAGE_SITES[sub] ?? null;
  }
  if (/(^|\.)aliexpress\.com$/.test(host)) {
    if (sub === 'www' || sub === 'm') return 'en';
    return languageOf(sub);
  }
  return null;
}
