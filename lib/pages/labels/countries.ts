/**
 * Country names as supplier cards write them ("China (Mainland)" on the 2018
 * minisites and search cards, "India" on a free member's contact page,
 * "Located in Shenzhen, Guangdong, CN"), to ISO 3166 alpha-2. A closed list
 * of the sourcing countries seen on alibaba.com; anything else stays unknown.
 */
const NAMES: Record<string, string> = {
  china: 'CN',
  'china (mainland)': 'CN',
  'mainland china': 'CN',
  'hong kong': 'HK',
  'hong kong sar': 'HK',
  'hong kong s.a.r.': 'HK',
  'hong kong, china': 'HK', // a place written "region, country": the whole is looked up first
  taiwan: 'TW',
  'taiwan, china': 'TW',
  india: 'IN',
  pakistan: 'PK',
  vietnam: 'VN',
  'viet nam': 'VN',
  turkey: 'TR',
  türkiye: 'TR',
  thailand: 'TH',
  indonesia: 'ID',
  malaysia: 'MY',
  bangladesh: 'BD',
  'united states': 'US',
  usa: 'US',
  'south korea': 'KR',
  korea: 'KR',
  japan: 'JP',
  germany: 'DE',
  italy: 'IT',
  spain: 'ES',
  egypt: 'EG',
  philippines: 'PH',
};

export function countryFromName(text: string | null | undefined): string | null {
  if (!text) return null;
  const key = text.trim().toLowerCase();
  // Own keys only: page text "constructor" or "__proto__" must not reach Object's own members.
  return Object.hasOwn(NAMES, key) ? (NAMES[key] ?? null) : null;
}

/**
 * A place as a location row writes it, the country last: "Zhejiang, China (Mainland)" (2018 company
 * profile), "Guangdong, CN". The whole text is looked up first ("Hong Kong, China" is HK, "Taiwan, China"
 * TW); a part before the last comma is a province or city, never the country.
 */
export function countryFromPlace(text: string | null | undefined): string | null {
  if (!text || text.length > 80) return null;
  const whole = countryFromName(text);
  if (whole) return whole;
  const parts = text.split(/\s*[,，]\s*/);
  if (parts.length < 2) return null;
  const last = (parts.at(-1) ?? '').trim();
  return /^[A-Z]{2}$/.test(last) ? last : countryFromName(last);
}
