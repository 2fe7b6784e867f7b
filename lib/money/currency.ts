/**
 * Which currency does a price text name? Symbols and codes as alibaba.com,
 * AliExpress and suppliers' chats write them in en/fr/es/de/pt ("US $",
 * "$ US", "US$", "R$", "CN¥", "€", "EUR").
 *
 * Ambiguous symbols, decided on purpose:
 * - bare "$": the caller's default when that is a dollar currency, else USD
 *   (alibaba.com shows USD as "$" / "US $").
 * - bare "¥" / "￥": the default when it is CNY or JPY, else CNY: in
 *   China-sourcing chats "¥8000" almost always means renminbi, while Alibaba
 *   itself writes "CN¥".
 */

export interface CurrencyHit {
  currency: string;
  start: number;
  end: number;
}

/** Most specific first: "US $" before "$", "CN¥" before "¥". */
const SYMBOLS: readonly [RegExp, string][] = [
  [/US\s?\$|\$\s?US(?![A-Za-z])|U\.S\.\s?\$|美元|美金/, 'USD'],
  // Chinese currency names end in 元 (yuan, "unit"): 美元 is dollars, 欧元 euros — before the bare 元 below.
  [/欧元|歐元/, 'EUR'],
  [/港元|港币|港幣/, 'HKD'],
  [/日元|日圓/, 'JPY'],
  [/英镑|英鎊/, 'GBP'],
  [/R\$/, 'BRL'],
  [/韩元|韓元/, 'KRW'],
  [/澳元/, 'AUD'],
  [/加元/, 'CAD'],
  [/新加坡元|新元/, 'SGD'],
  [/纽元|紐元/, 'NZD'],
  [/新台币|新臺幣|台币|臺幣/, 'TWD'],
  // A bare 元 is yuan only straight after an amount ("500元", "10万元"): inside words it is not money
  // (元件 "component", 单元 "unit").
  [/CN\s?[¥￥]|RMB|人民币|人民幣|(?<=[\d万萬亿億千百]\s?)元/, 'CNY'],
  [/JP\s?[¥￥]|円/, 'JPY'],
  [/HK\$/, 'HKD'],
  [/NZ\$/, 'NZD'],
  [/(?<![A-Za-z])CA?\$|\$\s?CA(?![A-Za-z])/, 'CAD'],
  [/(?<![A-Za-z])AU?\$|\$\s?AU(?![A-Za-z])/, 'AUD'],
  [/(?<![A-Za-z])SG?\$/, 'SGD'],
  [/MX\$/, 'MXN'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/₹/, 'INR'],
  [/₩/, 'KRW'],
  [/₽|руб/, 'RUB'],
  [/₺/, 'TRY'],
  [/zł/, 'PLN'],
  [/฿/, 'THB'],
  [/₫/, 'VND'],
  [/₱/, 'PHP'],
  [/(?<![A-Za-z])Rp(?![A-Za-z])/, 'IDR'],
  [/(?<![A-Za-z])RM(?![A-Za-z])/, 'MYR'],
  // Local currencies alibaba.com shows by the buyer's location (a Ghana-located buyer saw "GH₵80.51").
  [/GH\s?₵|₵/, 'GHS'],
  [/৳|Tk\s?(?=\d)/, 'BDT'],
  [/₦/, 'NGN'],
  [/(?<![A-Za-z])KSh/, 'KES'],
  [/₪/, 'ILS'],
  [/₴/, 'UAH'],
];

/**
 * ISO codes written out ("USD 1,200", "1.200 EUR"). A closed list, so "MOQ" or "PCS" never match. The
 * last row: local currencies AliExpress prices in by the buyer's location, written after the amount
 * (a 2025 aliexpress.ru result list seen from Georgia: "4.68 GEL"); not "AMD", which is far more often
 * the chip maker than the Armenian dram.
 */
const CODES = new Set(
  (
    'USD EUR GBP CNY JPY HKD TWD KRW INR IDR MYR THB VND PHP SGD AUD NZD CAD MXN BRL ARS CLP COP PEN ' +
    'CHF SEK NOK DKK PLN CZK HUF RON BGN TRY RUB UAH ILS AED SAR QAR KWD BHD OMR EGP ZAR NGN KES PKR BDT GHS ' +
    'GEL AZN KZT BYN MDL UZS KGS MAD TND JOD LKR'
  ).split(' '),
);
const CODE = /(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])/g;
const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN']);

/** All symbols as one alternation: one regex pass finds the leftmost; at equal positions the earlier entry wins. */
const ANY_SYMBOL = new RegExp(SYMBOLS.map(([re], i) => `(?<s${i}>${re.source})`).join('|'));

/** The first currency named in `text` with its position, or null. */
export function findCurrency(text: string, defaultCurrency?: string): CurrencyHit | null {
  let best: CurrencyHit | null = null;
  const consider = (hit: CurrencyHit) => {
    if (!best || hit.start < best.start) best = hit;
  };
  const m = ANY_SYMBOL.exec(text);
  if (m?.groups) {
    const index = Object.entries(m.groups).find(([, v]) => v !== undefined)?.[0];
    const currency = index ? SYMBOLS[Number(index.slice(1))]?.[1] : undefined;
    if (currency) consider({ currency, start: m.index, end: m.index + m[0].length });
  }
  CODE.lastIndex = 0;
  for (let m = CODE.exec(text); m; m = CODE.exec(text)) {
    if (CODES.has(m[1] as string)) {
      consider({ currency: m[1] as string, start: m.index, end: m.index + 3 });
      break;
    }
  }
  if (best) return best;
  const dollar = text.indexOf('$');
  if (dollar >= 0) {
    const currency = defaultCurrency && DOLLAR_CURRENCIES.has(defaultCurrency) ? defaultCurrency : 'USD';
    return { currency, start: dollar, end: dollar + 1 };
  }
  const yen = text.search(/[¥￥]/);
  if (yen >= 0) {
    const currency = defaultCurrency === 'JPY' ? 'JPY' : 'CNY';
    return { currency, start: yen, end: yen + 1 };
  }
  return null;
}
