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
