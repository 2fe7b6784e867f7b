/**
 * One key per company name however the page spells it: "Ningbo Sunrise
 * Kitchenware Co., Ltd.", "NINGBO SUNRISE KITCHENWARE CO.,LTD" and "Ningbo
 * Sunrise Kitchenware Company Limited" all become
 * "ningbo sunrise kitchenware co ltd". Legal-form words are normalised, not
 * dropped: "Sunrise Ltd" and "Sunrise Co., Ltd." stay different keys, because
 * lookalike names are a known trick and joining them would merge histories.
 */
const LEGAL_WORDS: Record<string, string> = {
  company: 'co',
  limited: 'ltd',
  corporation: 'corp',
  incorporated: 'inc',
  manufactory: 'mfy',
  manufacturing: 'mfg',
  industrial: 'ind',
  international: 'intl',
  technology: 'tech',
};

export function normaliseCompanyName(name: string): string {
  if (typeof name !== 'string') return '';
  return name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((word) => LEGAL_WORDS[word] ?? word)
    .join(' ');
}
