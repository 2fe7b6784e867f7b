/**
 * A trade term whose named place names nothing: "FOB China port", "FOB China", "CIF any port", "FOB puerto chino",
 * "FOB 中国港口". Incoterms put the goods in the buyer's hands at the named place, and the price covers freight up to
 * it; a country or "any/main port" lets the supplier pick the port that suits it (an inland port, a costlier
 * transfer). Filed with the shipment date, whose fix already asks for "ETD <port>". Silent when a port or town
 * follows ("FOB Ningbo", "FOB China (Shenzhen)", "FOB Shanghai port").
 */
import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords, regex, scriptWords } from './patterns';
import { placeNamedAfter, REGION_QUALIFIER } from './place-after-term';
import type { VagueHit } from './spec-finding';

const INCOTERM = '(?<![A-Za-z])(?:FOB|FCA|FAS|CFR|C&F|CNF|CIF|CPT|CIP|DAP|DPU|DDP|DDU|EXW)(?![A-Za-z])';
/** Countries and regions goods are shipped from, in English and as the other languages write the usual ones. */
const COUNTRY = latinWords([
  'China',
  'Chinese',
  'mainland China',
  'PRC',
  'Chine',
  'chino',
  'chinois',
  'chinesischen?',
  'cinese',
  'chinês',
  'Çin',
  'Trung Quốc',
  'Vietnam',
  'Viet Nam',
  'India',
  'Indian',
  'Turkey',
  'Türkiye',
  'Thailand',
  'Indonesia',
  'Malaysia',
  'Bangladesh',
  'Pakistan',
  'Taiwan',
  'Korea',
  'Asia',
]);
/**
 * "mian port", "majro port": the words that leave the port open, typed with two letters swapped. A swap of a common
 * word is no port's name, so the port is as unnamed as under the word spelt right.
 */
const OPEN_PORT_WORDS = ['main', 'major', 'nearest'];
const SWAPPED = OPEN_PORT_WORDS.flatMap((w) =>
  [...w.slice(1)].map((_, i) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)),
).filter((w) => !OPEN_PORT_WORDS.includes(w));
/** A port left unnamed: "any port", "main port", "nearest port", "port", "your port". */
const OPEN_PORT = anyOf(
  latinWords([
    `(?:any|${[...OPEN_PORT_WORDS, ...SWAPPED].join('|')}|nearby|one|a|the|our|your|loading|origin|sea|chinese|china) ?(?:sea)?(?:ports?|harbou?rs?|airports?)`,
    '(?:sea)?ports?',
    '(?:cualquier |algún )?puertos?(?: chinos?| de china| principal)?',
    "(?:n[’']importe quel |tout |un )?ports?(?: chinois| de Chine| principal)?",
    '(?:beliebige[rn]? |chinesische[rn]? )?Hafen',
    '(?:qualquer )?portos?(?: chinês| da China| principal)?',
    '(?:qualsiasi )?porto(?: cinese| principale)?',
    '(?:herhangi bir )?liman(?:ı)?',
    'cảng(?: bất kỳ)?',
    '(?:sembarang )?pelabuhan',
  ]),
  scriptWords(['(?:любой )?порт', 'أي ميناء', 'ميناء']),
  cjk(['中国港口', '任意港口', '任一港口', '国内港口', '港口', '中国']),
);
/** The place ends the term: nothing, a separator, or a bracket that is not a named port. */
const ENDS = String.raw`(?=\s{0,3}(?:$|[,;.|/、，；。]|\((?:Incoterms?|[Ii]ncoterm)|（?Incoterms?))`;
const OPEN_PLACE = `${INCOTERM}\\s{0,3}(?:(?:${COUNTRY})(?:\\s{1,3}(?:${OPEN_PORT}))?|(?:${OPEN_PORT})(?:\\s{1,3}(?:in|of|en|de|in|di|do|da)\\s{1,3}(?:${COUNTRY}))?)${ENDS}`;

const WHY = msg('spec.why.incotermPlace');
const WHY_DESTINATION = msg('spec.why.destinationPort');

/** "…, Ningbo port", "port of Qingdao", "宁波港": the port is named after all, later in the clause. */
// "Any port", "Main port", "West Coast port" capitalised are no names.
const NAMED_PORT =
  /(?<!\p{L})(?!(?:Any|Main|Major|Nearest|Nearby|Some|Your|Our|The|Base|Basic|Loading|Destination|Origin|Sea|Coast|Region|Area)\s)\p{Lu}\p{Ll}{2,}\s(?:port|harbou?r|seaport)\b|\b(?:port|puerto|porto|Hafen|ports?) (?:of |de |di |do |von )?\p{Lu}\p{Ll}{2,}|[\p{Script=Han}]{2}港(?!口)/u;

/**
 * The label of a trade-term field: "Incoterms:", "Price term:", "Trade terms:", "Lieferbedingungen:", "贸易条款：". Its
 * value is the term and its place; the term alone ("Incoterms: FOB") leaves the place to the supplier.
 */
const TERM_LABEL = anyOf(
  latinWords([
    'incoterms?(?: 20[12]0)?',
    '(?:price|trade|trading|delivery|shipping|sales) terms?',
    'terms? of (?:delivery|trade|price|sale)',
    'price basis',
    '(?:condiciones|términos?|condição|condições|termos?) de (?:entrega|precio|preço|venta|venda)',
    'conditions? de (?:livraison|vente|prix)',
    'Liefer(?:bedingung(?:en)?|konditionen)',
    'Preisbasis',
    '(?:termini|condizioni|resa) (?:di )?(?:consegna|resa|vendita)',
    'warunki dostawy',
    'teslim (?:şekli|şartı|şartları)',
    'điều kiện giao hàng',
    'leveringsvoorwaarden',
  ]),
  scriptWords(['условия поставки', 'базис поставки']),
  cjk(['贸易条款', '价格条款', '交货条款', '贸易方式', '成交方式', '价格术语', '貿易条件', '受渡条件']),
);
/** "FOB (Incoterms 2020)", "FOB Incoterms 2020": the term with only its edition after it. */
const EDITION = String.raw`(?:\s{0,3}[(（]?\s{0,2}Incoterms?(?:®)?\s{0,2}(?:20[12]0)?\s{0,2}[)）]?)?`;
// One term alone: "Price terms: FOB, CIF, EXW" is a listing's menu of the terms a supplier quotes, not this order's.
const BARE_TERM = `(?:${TERM_LABEL})\\s{0,2}[:：]\\s{0,3}(${INCOTERM}${EDITION})(?=\\s{0,3}(?:$|[,;.|/、，；。]))(?!\\s{0,3}[,/、，]\\s{0,3}${INCOTERM})`;

/**
 * A price quoted on a trade term with no place after it: "USD 3.75/pc FOB", "3,10 EUR/Stück EXW", "单价：USD 0.45/个
 * FOB". The price covers the goods up to the term's named place; with none written, the supplier picks the port, as
 * under a bare "Incoterms: FOB". The figure before the term marks it as this order's price, not a menu of terms; a
 * second term after it ("USD 3.75 FOB / CIF") is a menu and is left alone.
 */
const CURRENCY = String.raw`(?:US\$|USD|EUR|RMB|CNY|GBP|AUD|CAD|JPY|[$€£¥￥])`;
const MONEY = String.raw`(?:${CURRENCY}\s{0,2}\d[\d.,]*|\d[\d.,]*\s{0,2}${CURRENCY})(?:\s{0,2}(?:per|/)\s{0,2}[\p{L}.]{1,8})?`;
// The term is looked for first, so the look-behind runs only where a term starts, not at every position of a long line.
const PRICED_TERM = String.raw`(?=${INCOTERM})(?<=${MONEY}\s{1,3})(${INCOTERM}${EDITION})(?=\s{0,3}(?:$|[,;.|、，；。]))(?!\s{0,3}[,/、，]\s{0,3}${INCOTERM})`;

/**
 * The label of the port the goods leave from: "Port:", "Port of loading:", "FOB port:", "Puerto de embarque:",
 * "Verladehafen:", "装运港：". Under it, "Any port in China", "China main port" or "中国港口" names no port.
 */
const PORT_LABEL = anyOf(
  latinWords([
    '(?:(?:FOB|loading|shipping|shipment|departure|export|sea) )?ports?(?: of (?:loading|shipment|departure|dispatch|origin|export))?',
    'POL',
    'puerto(?: de (?:carga|embarque|salida))?',
    "port (?:de chargement|d[’']embarquement|de départ)",
    '(?:Verlade|Abgangs|Versand)?hafen',
    'porto(?: (?:de|di) (?:embarque|carga|imbarco|carico|partenza))?',
    'port załadunku',
    '(?:yükleme )?liman(?:ı)?',
    'cảng(?: (?:xếp hàng|bốc hàng|đi|xuất))?',
    '(?:laad|verscheping)?haven',
  ]),
  scriptWords(['порт(?: (?:отгрузки|погрузки|отправления))?']),
  cjk(['装运港', '起运港', '装货港', '出口港', '港口', '積出港']),
);
const OPEN_PORT_VALUE = `(?:(?:any|main|major|nearest|qualquer|cualquier|any major)\\s{1,2})?(?:(?:${COUNTRY})\\s{1,3})?(?:${OPEN_PORT})(?:\\s{1,3}(?:in|of|en|de|di|do|da|ở|tại|w|в|von|aus)\\s{1,3}(?:${COUNTRY}))?|(?:${COUNTRY})|any`;
const OPEN_PORT_FIELD = `(?:${PORT_LABEL})\\s{0,2}[:：]\\s{0,3}(${OPEN_PORT_VALUE})${ENDS}`;

export function openIncotermPlaces(text: string): VagueHit[] {
  const hits: VagueHit[] = findAll(OPEN_PLACE, text)
    .filter((m) => {
      const after = text.slice(m.end, m.end + 60);
      return !NAMED_PORT.test(after.slice(0, 40)) && !placeNamedAfter(after, notAPlace());
    })
    .map((m) => ({
      start: m.start,
      end: m.end,
      why: WHY,
      fix: msg('spec.fix.incotermPlace', { seen: m.text }),
    }));
  // Only the value is quoted: the label is the field's name, not what is open.
  for (const m of findValues(BARE_TERM, text))
    hits.push({ ...m, why: WHY, fix: msg('spec.fix.incotermPlace', { seen: m.text }) });
  // "Price: USD 3.75/pc FOB": the term alone is quoted; a port after a separator ("…FOB, Ningbo") names the place.
  // It cannot overlap a hit above: those have a place or a label's colon before the term, this one a price.
  for (const m of findValues(PRICED_TERM, text))
    if (!placeNamedAfter(text.slice(m.end, m.end + 60), notAPlace()))
      hits.push({ ...m, why: WHY, fix: msg('spec.fix.incotermPlace', { seen: m.text }) });
  for (const m of findValues(OPEN_PORT_FIELD, text))
    if (!NAMED_PORT.test(text.slice(m.end, m.end + 40)))
      hits.push({ ...m, why: WHY, fix: msg('spec.fix.loadingPort', { seen: m.text }) });
  // "Port of destination: USA", "Destination port: Europe", "目的港：美国": the port the goods are landed at, named by
  // its country or region. The freight, the landing charges and the inland leg all depend on which port it is.
  for (const m of findValues(OPEN_DESTINATION_FIELD, text))
    if (
      !NAMED_PORT.test(text.slice(m.end, m.end + 40)) &&
      !placeNamedAfter(text.slice(m.end, m.end + 60), notAPlace())
    )
      hits.push({ ...m, why: WHY_DESTINATION, fix: msg('spec.fix.destinationPort', { seen: m.text }) });
  for (const m of findAll(OPEN_ARRIVAL_PLACE, text)) {
    const after = text.slice(m.end, m.end + 60);
    if (NAMED_PORT.test(after.slice(0, 40)) || placeNamedAfter(after, notAPlace()) || DOOR_NAMED.test(after))
      continue;
    if (hits.some((h) => h.start < m.end && m.start < h.end)) continue;
    hits.push({ start: m.start, end: m.end, why: WHY, fix: msg('spec.fix.incotermPlace', { seen: m.text }) });
  }
  return hits;
}

/**
 * Countries and regions goods are shipped to, as buyers and suppliers write them in the languages read: a country,
 * a trade bloc or a continent. None is a port: "USA" has dozens, on two coasts.
 */
const DESTINATION_REGION = anyOf(
  latinWords([
    'U\\.?S\\.?A?\\.?',
    'United States(?: of America)?',
    '(?:North |South |Latin |Central )?America',
    'Canada',
    'Mexico',
    'México',
    'Brazil',
    'Brasil',
    'Chile',
    'Peru',
    'Perú',
    'Colombia',
    'Argentina',
    'Europe',
    'Europa',
    'EU',
    'E\\.U\\.',
    'UK',
    'U\\.K\\.',
    'United Kingdom',
    'Great Britain',
    'England',
    'Germany',
    'Deutschland',
    'Alemania',
    'Allemagne',
    'Germania',
    'Alemanha',
    'France',
    'Francia',
    'Frankreich',
    'França',
    'Spain',
    'España',
    'Spanien',
    'Espagne',
    'Espanha',
    'Spagna',
    'Italy',
    'Italia',
    'Italien',
    'Italie',
    'Itália',
    'Netherlands',
    'Holland',
    'Países Bajos',
    'Niederlande',
    'Pays-Bas',
    'Poland',
    'Polska',
    'Polen',
    'Belgium',
    'Australia',
    'Australien',
    'Austrália',
    'New Zealand',
    'Japan',
    'Japón',
    'Japon',
    'Russia',
    'Rusia',
    'Russland',
    'Middle East',
    'Oriente Medio',
    'Moyen-Orient',
    'Africa',
    'África',
    'Afrique',
    'Afrika',
    'South Africa',
    'Nigeria',
    'Kenya',
    'Egypt',
    'Saudi Arabia',
    'UAE',
    'U\\.A\\.E\\.',
    'Philippines',
    'Estados Unidos',
    'EE\\.? ?UU\\.?',
    'EUA',
    'États-Unis',
    'Etats-Unis',
    'Vereinigte Staaten',
    'Stati Uniti',
    'Reino Unido',
    'Royaume-Uni',
    'Europe du Nord',
    'Amérique(?: du (?:Nord|Sud)| latine)?',
    'América(?: do Sul| del Sur| Latina)?',
  ]),
  scriptWords(['США', 'Европа', 'Европу', 'Россия', 'РФ', 'Казахстан']),
  cjk([
    '美国',
    '欧洲',
    '英国',
    '德国',
    '法国',
    '西班牙',
    '意大利',
    '日本',
    '澳大利亚',
    '澳洲',
    '加拿大',
    '南美',
    '北美',
    '中东',
    '非洲',
    '俄罗斯',
    'アメリカ',
    '米国',
    '欧州',
    '미국',
    '유럽',
  ]),
);

/**
 * The label of the port the goods are discharged at: "Port of destination:", "Destination port:", "POD:", "Port of
 * discharge:", "Puerto de destino:", "Bestimmungshafen:", "目的港：", "порт назначения:".
 */
const DESTINATION_LABEL = anyOf(
  latinWords([
    '(?:destination|discharge|discharging|arrival|unloading|import) (?:sea)?ports?',
    'ports? of (?:destination|discharge|discharging|arrival|entry|unloading|import)',
    'POD',
    'puerto de (?:destino|descarga|llegada)',
    'port de (?:destination|déchargement|débarquement|destinaison)',
    '(?:Bestimmungs|Entlade|Ziel)hafen',
    'porto (?:de|di) (?:destino|descarga|destinazione|scarico|arrivo)',
    'port (?:docelowy|przeznaczenia|rozładunku)',
    '(?:varış|boşaltma) liman(?:ı)?',
    'cảng (?:đến|dỡ hàng|nhập)',
    'pelabuhan (?:tujuan|bongkar)',
  ]),
  scriptWords(['порт (?:назначения|выгрузки|разгрузки)']),
  cjk(['目的港', '卸货港', '目的地港口', '到港', '仕向港', '揚地', '도착항', '목적항']),
);
// "USA West Coast", "美国西海岸": a part of the country is as open as the country.
const OPEN_DESTINATION_VALUE = `(?:(?:any|main|major|nearest|qualquer|cualquier|tout)\\s{1,2})?(?:(?:${DESTINATION_REGION}|${COUNTRY})(?:\\s{0,3}(?:${REGION_QUALIFIER}))?(?:\\s{1,3}(?:${OPEN_PORT}|main port|any port))?|(?:${OPEN_PORT})\\s{1,3}(?:in|of|en|de|di|do|da|in|w|в|von)\\s{1,3}(?:${DESTINATION_REGION}))`;
const OPEN_DESTINATION_FIELD = `(?:${DESTINATION_LABEL})\\s{0,2}[:：]\\s{0,3}(${OPEN_DESTINATION_VALUE})${ENDS}`;
/**
 * "CIF USA", "DDP Europe", "CFR 美国": a term whose place is the buyer's side (C- and D-terms name the destination)
 * followed by a country or a region only. The price covers freight to a port the supplier then chooses.
 */
const ARRIVAL_TERM = '(?<![A-Za-z])(?:CFR|C&F|CNF|CIF|CPT|CIP|DAP|DPU|DDP|DDU)(?![A-Za-z])';
/** "DDP USA, Amazon FBA ONT8", "DAP Germany, to our warehouse in Köln": the delivery address is named after the country. */
const DOOR_NAMED =
  /\b(?:FBA|warehouse|address|door[- ]to[- ]door|door|Lager|almac[eé]n|entrepôt|armaz[eé]m)\b|仓库|地址/iu;
const OPEN_ARRIVAL_PLACE = `${ARRIVAL_TERM}\\s{0,3}(?:${DESTINATION_REGION})(?:\\s{0,3}(?:${REGION_QUALIFIER}))?(?:\\s{1,3}(?:${OPEN_PORT}|main port|any port))?${ENDS}`;

/** The first group of each match, which ends it: the field's value, with its offsets. */
function findValues(source: string, text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(regex(source, 'giu'))) {
    const value = m[1];
    if (value === undefined) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - value.length, end, text: value });
  }
  return out;
}

/** What is not a place after a separator: a country, a region, or a part of one (see place-after-term.ts). */
let notAPlaceRegex: RegExp | undefined;
function notAPlace(): RegExp {
  // The whole place, up to the next separator: "West Palm Beach" and "North Charleston" are cities.
  notAPlaceRegex ??= new RegExp(
    `^(?:${DESTINATION_REGION}|${COUNTRY}|${REGION_QUALIFIER})(?:\\s{0,3}(?:${REGION_QUALIFIER}))?\\s{0,3}(?=$|[,;.|/)、，；。])`,
    'iu',
  );
  return notAPlaceRegex;
}
