import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../../lib/i18n/catalogs';
import { LANGUAGES } from '../../../lib/i18n/languages';

/**
 * Every language says everything English says, with the same placeholders,
 * in its own words. English is the source of truth (locales/en.json).
 */
const english = catalogOf('en');
const translated = LANGUAGES.filter((l) => l !== 'en');
const placeholders = (s: string) => [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

/** Names and codes that stay as they are in every language (platforms, brands, standards, units). */
const NAMES = [
  'TradeGuard',
  'Trade Assurance',
  'Alibaba.com',
  'Alibaba',
  'AliExpress',
  'Online Bank Payment',
  'PayPal',
  'Friends & Family',
  'Citibank',
  'WhatsApp',
  'WeChat',
  'Jing Sourcing',
  'domhaines.com',
  'Enterprise Pro',
  'Enterprise',
  'SGS',
  'Intertek',
  'QIMA',
  'TÜV',
  'Pantone',
  'RGB',
  'HEX',
  'RAL',
  'IBAN',
  'SWIFT',
  'SKU',
  'AQL',
  'ETD',
  'T/T',
  'Gold',
  'Red',
  'Ningbo',
  'TA',
  'Western Union',
  // Units written the same way in these languages ("3 h 20 min").
  'min',
  // The word French and Brazilian Portuguese use too.
  'e-mail',
];

/** Words that only an untranslated English sentence would contain. */
const ENGLISH_WORDS =
  /\b(?:the|and|of|your|with|this|that|not|you|is|are|has|have|from|before|after|order|supplier|payment|limit|save|check|shipment|please|could|cannot)\b/i;

function withoutNames(text: string): string {
  let out = text.replace(/\{[A-Za-z0-9_]+\}/g, ' ').replace(/<[^>]+>/g, ' ');
  for (const name of NAMES) out = out.split(name).join(' ');
  return out;
}

describe('translations', () => {
  it('every key is a name the browser accepts (letters, digits, "_"; a "-" stops the extension loading)', () => {
    expect([...english.keys()].filter((k) => !/^[A-Za-z0-9_.]+$/.test(k))).toEqual([]);
  });

  it.each(translated)('%s has every English key and nothing else', (language) => {
    const keys = [...catalogOf(language).keys()].sort();
    expect(keys).toEqual([...english.keys()].sort());
  });

  it.each(translated)('%s keeps every placeholder, and adds none', (language) => {
    const wrong = [...english].filter(
      ([key, text]) => placeholders(catalogOf(language).get(key) ?? '').join() !== placeholders(text).join(),
    );
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it.each(translated)('%s has no English sentence left (names allowed)', (language) => {
    const left = [...catalogOf(language)].filter(
      ([key, text]) => key !== 'meta.locale' && ENGLISH_WORDS.test(withoutNames(text)),
    );
    expect(left).toEqual([]);
  });

  it.each(translated)('%s has no message copied from English unless it is only names', (language) => {
    const copied = [...catalogOf(language)].filter(
      ([key, text]) =>
        text === english.get(key) && /\p{L}{3,}/u.test(withoutNames(text).replace(/\b[a-z]{1,2}\b/gi, '')),
    );
    // "Total" is the same word in Spanish, Portuguese and French; "minute" in French.
    const SAME_WORD = new Set([
      'facts.total',
      'facts.tradeAssurance',
      'deadlines.reminder.minutes.one',
      'deadlines.reminder.minutes.other',
      // ", dispute.md 3f2a…": a file name and a hash, the same in every language.
      'vaultHistoryText.packDispute',
    ]);
    expect(copied.map(([key]) => key).filter((k) => !SAME_WORD.has(k))).toEqual([]);
  });

  it.each(LANGUAGES)(
    '%s: no "$" (the browser reads it as a placeholder) and a store description within 132 characters',
    (language) => {
      const catalog = catalogOf(language);
      expect([...catalog].filter(([, text]) => text.includes('$')).map(([k]) => k)).toEqual([]);
      expect(catalog.get('ext.description')!.length).toBeLessThanOrEqual(132);
      expect(catalog.get('meta.locale')).toBe(language);
    },
  );
});
