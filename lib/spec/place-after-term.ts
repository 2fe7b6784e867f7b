/**
 * The place named after a trade term's country, past a separator: "FOB China, Ningbo", "CIF USA, LA", "CIF USA,
 * USLAX", "目的港：美国，洛杉矶", "CIF USA / Los Angeles". A city or port by name, by its common letters ("LA", "NYC")
 * or its UN/LOCODE, or in Chinese or Japanese script, is a place the freight can be priced to. A region of the
 * country is not ("CIF USA, West Coast", "CIF Europe, main port", "美国，西海岸"): it spans many ports and the
 * supplier still picks one. Nor is a state or province ("CIF USA, CA", "CIF USA, Texas", "美国，加州"; see
 * country-parts.ts), nor a port left to be chosen ("Any Major Port", "Your Nominated Port", "客户指定", "另行通知").
 */
import { COUNTRY_PART } from './country-parts';
import { anyOf, cjk, latinWords } from './patterns';

/** Parts of a country or continent, and ports left unnamed, in the languages read. */
export const REGION_QUALIFIER = anyOf(
  latinWords([
    '(?:the )?(?:west|east|gulf|pacific|atlantic|north|south|northern|southern|eastern|western|central|north[- ]?(?:east|west)|south[- ]?(?:east|west)|mid[- ]?west(?:ern)?|mainland|inland)(?: (?:coast|coasts|region|side|part|states?|area))?(?: (?:sea)?ports?)?',
    // "Any Major Port", "Your Nominated Port", "the buyer's designated port": a port still to be chosen.
    "(?:(?:any|main|major|nearest|nearby|closest|base|basic|one|some|all|your|our|the|buyer[’']?s?|customer[’']?s?|client[’']?s?|nominated|designated|chosen|named|preferred|safe|convenient|destination|discharge) {1,2}){1,3}(?:sea)?ports?",
    '(?:côte|costa) (?:ouest|est|oeste|este|atlántica|pacífica)',
    'Westküste|Ostküste',
  ]),
  cjk([
    '[东西南北]海岸',
    '[东西南北]岸',
    '[东西南北中]部',
    '主要港口',
    '基本港',
    '任意港口?',
    '任一港口?',
    '港口',
    '待定',
    '待确认',
    '待告知',
    '未定',
    // "最近港口", "客户指定", "买方指定港口", "另行通知": the port left to be named later or by someone.
    '最近的?港口?',
    '附近的?港口?',
    '(?:客户|买方|买家|贵方|您|收货人)?指定的?(?:港口?)?',
    '另行(?:通知|告知|确认)',
  ]),
);

/** The separator, past an "(Incoterms 2020)" note, and an optional "port:" before the place. */
const SEPARATOR =
  /^\s{0,3}(?:[(（][^()（）]{0,30}[)）]\s{0,3})?[,;/|、，；–-]\s{0,3}(?:(?:port|POL|POD|port of (?:loading|discharge|destination)|loading port|destination port|puerto|porto|Hafen)\s{0,2}[:：]?\s{0,3})?/iu;
/** The place then ends: the text's end or the next separator. */
const THEN_ENDS = String.raw`\s{0,3}(?=$|[,;.|/)、，；。])`;
/**
 * A capitalised name of one to three words ("Ningbo", "Los Angeles", "Salt Lake City"), but not a word that opens more text ("…,
 * Delivery 30 days") or one of the terms themselves.
 */
const CAPITALISED_NAME = new RegExp(
  String.raw`^(?!(?:Negotiable|Only|Basis|Included|Including|Excluding|Thanks?|Please|Price|Prices|Payment|Delivery|Shipping|Shipment|Incoterms?|Term|Terms|Net|Total|Best|Validity|Valid)\b)\p{Lu}\p{Ll}{2,}(?:[ -]\p{Lu}\p{Ll}{2,}){0,2}(?:\s{1,2}(?:or|and)\s{1,2}\p{Lu}\p{Ll}{2,})?${THEN_ENDS}`,
  'u',
);
/** A city's common letters or its UN/LOCODE ("LA", "NYC", "USLAX"), not an abbreviation of the terms or a date. */
const CITY_CODE = new RegExp(
  `^(?!(?:TBD|TBA|TBC|TBN|ASAP|NA|ETA|ETD|USD|EUR|RMB|CNY|GBP|MOQ|OEM|ODM|PO|PI|LCL|FCL|FOB|FCA|FAS|CFR|CNF|CIF|CPT|CIP|DAP|DPU|DDP|DDU|EXW|OK|TT|LC|DHL|UPS|FBA)(?![A-Za-z]))[A-Z]{2,5}${THEN_ENDS}`,
  'u',
);
/** A city in Chinese or Japanese script standing alone: "洛杉矶", "汉堡", "ロサンゼルス". */
const CJK_PLACE = new RegExp(
  String.raw`^(?:[\p{Script=Han}]{2,6}|[\p{Script=Katakana}ー]{3,12})${THEN_ENDS}`,
  'u',
);

/**
 * Whether `after`, the text right after a term's country or a destination field's value, names the place past a
 * separator. `region` reads the words that are not a place though they look like one: the countries and regions
 * themselves ("CIF USA, Canada") and the parts of them above.
 */
export function placeNamedAfter(after: string, region: RegExp, depth = 0): boolean {
  const sep = SEPARATOR.exec(after);
  if (!sep) return false;
  const rest = after.slice(sep[0].length);
  // "CIF USA, CA", "CIF Australia, NSW", "美国，加州": a state or coast is a region too — unless the city follows it
  // ("CIF USA, CA, Los Angeles", "美国，加州，洛杉矶"; red team, stop 36). One more piece is read, no further.
  if (region.test(rest) || COUNTRY_PART.test(rest)) {
    if (depth > 0) return false;
    const part = COUNTRY_PART.exec(rest) ?? region.exec(rest);
    return (
      part !== null && part.index === 0 && placeNamedAfter(rest.slice(part[0].length), region, depth + 1)
    );
  }
  return CAPITALISED_NAME.test(rest) || CITY_CODE.test(rest) || CJK_PLACE.test(rest);
}
