/**
 * The states, provinces and coasts of the countries goods are most often shipped to, as they are written after a
 * trade term's country: "CIF USA, CA", "CIF USA, Texas", "CIF Australia, NSW", "CIF USA, USWC", "目的港：美国，加州".
 * Each is a part of the country, not a port: California alone has Los Angeles, Long Beach, Oakland and San Diego,
 * and the supplier still picks which. Read only as the whole place after the separator (lib/spec/place-after-term.ts).
 * Left out on purpose: "LA", "NY" and "DC" (Louisiana, New York and the District by code, but far more often the
 * cities Los Angeles and New York and the capital) and the states named as their chief city is ("New York",
 * "Washington").
 */

/** Postal codes of US states, Canadian provinces and Australian states, and the shipping lines' coast codes. */
const CODES = [
  // US states (LA, NY, DC left out: see above).
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY',
  // Canadian provinces and Australian states.
  'ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|NSW|VIC|QLD|TAS|NT|ACT',
  // Coasts as the shipping lines abbreviate them: US West / East / Gulf Coast, Pacific North-West, East / West Coast.
  'USWC|USEC|USGC|WC|EC|GC|PNW|PSW|EU',
].join('|');

const NAMES = [
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois',
  'Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri',
  'Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon',
  'Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia',
  'Wisconsin|Wyoming|Ontario|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick',
  'New South Wales|Queensland|Western Australia|South Australia|Tasmania|Northern Territory',
].join('|');

/**
 * Chinese names of states: the short forms in trade use ("加州", "德州", "佛州") and any longer name closed by 州
 * ("加利福尼亚州", "新南威尔士州"). A city closed by 州 is two characters ("广州", "杭州") and is not read.
 */
const CJK_STATES =
  '加州|德州|佛州|麻州|宾州|俄州|华州|纽约州|[\\p{Script=Han}]{2,6}州|[\\p{Script=Han}]{1,6}省';

const ENDS = String.raw`\s{0,3}(?=$|[,;.|/)、，；。])`;

/** The whole place is a state, province or coast: codes in capitals only, so a word such as "in" or "or" is not one. */
export const COUNTRY_PART = new RegExp(
  `^(?:(?:${CODES})(?![A-Za-z])|(?:${NAMES})(?!\\p{L})|(?:${CJK_STATES}))${ENDS}`,
  'u',
);
