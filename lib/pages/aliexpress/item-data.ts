import { moneyFromMajor } from '../../model/money-math';
import type { PriceRange } from '../../model/product';
import { countShape, textOf } from '../facts/shapes';
import type { DataRoot } from '../sources/page-data';

/**
 * The product side of an AliExpress item's data, in both formats:
 * …Module (priceModule{minActivityAmount, maxActivityAmount, minAmount, maxAmount},
 * titleModule{subject}, buyerProtectionModule; 2020 public layout) and
 * …Component (priceComponent{discountPrice{minActivityAmount…}, origPrice{minAmount…}},
 * productInfoComponent{subject, idStr}, sellerPromiseComponent.serviceDetails;
 * airvzxf captures, 2023).
 */
const MAX_NODES = 40_000;

/** Pre-order walk over every root, stopping when `visit` returns a value. */
export function firstIn<T>(
  roots: readonly DataRoot[],
  visit: (obj: Record<string, unknown>, key: string) => T | null,
): T | null {
  let budget = MAX_NODES;
  for (const root of roots) {
    const stack: [unknown, string][] = [[root.value, '']];
    while (stack.length && budget-- > 0) {
      const [node, key] = stack.pop() as [unknown, string];
      if (!node || typeof node !== 'object') continue;
      if (!Array.isArray(node)) {
        const hit = visit(node as Record<string, unknown>, key);
        if (hit !== null) return hit;
      }
      const entries = Object.entries(node as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i] as [string, unknown];
        if (v && typeof v === 'object' && k !== 'i18nMap' && k !== 'skuPriceList') stack.push([v, k]);
      }
    }
  }
  return null;
}

/** `{value: 4.19, currency: "USD"}` → Money; anything else, or nothing positive, → null. */
export const amountOf = (v: unknown) => {
  if (!v || typeof v !== 'object') return null;
  const a = v as { value?: unknown; currency?: unknown };
  const value = typeof a.value === 'number' ? a.value : Number(a.value);
  return Number.isFinite(value) &&
    value > 0 &&
    typeof a.currency === 'string' &&
    /^[A-Z]{3}$/.test(a.currency)
    ? moneyFromMajor(value, a.currency)
    : null;
};

/** The range two keys of one object hold (the low end alone is a single price). */
export function rangeIn(obj: Record<string, unknown>, lo: string, hi: string): PriceRange | null {
  const min = amountOf(obj[lo]);
  const max = amountOf(obj[hi]) ?? min;
  return min && max && min.currency === max.currency && min.minor <= max.minor ? { min, max } : null;
}

/** The price the buyer pays: the activity (sale) range when there is one, else the regular range. */
export function priceRangeOf(roots: readonly DataRoot[]): PriceRange | null {
  for (const [lo, hi] of [
    ['minActivityAmount', 'maxActivityAmount'],
    ['minAmount', 'maxAmount'],
  ] as const) {
    const range = firstIn(roots, (obj) => rangeIn(obj, lo, hi));
    if (range) return range;
  }
  return null;
}

/**
 * The API's component map names each component by its type and a numeric id ("titleBanner_2440",
 * "specsInfo_2263"), its values under `fields`: the type alone, as the page's data names it.
 */
export const componentName = (key: string) => key.replace(/_\d+$/, '');
const fieldsOf = (obj: Record<string, unknown>): Record<string, unknown> =>
  obj.fields && typeof obj.fields === 'object' && !Array.isArray(obj.fields)
    ? (obj.fields as Record<string, unknown>)
    : obj;

const TITLE_HOLDERS = ['productInfoComponent', 'titleModule', 'PRODUCT_TITLE', 'titleBanner'];

export function titleOf(roots: readonly DataRoot[]): string | null {
  return firstIn(roots, (obj, key) => {
    if (!TITLE_HOLDERS.includes(componentName(key))) return null;
    const own = fieldsOf(obj);
    return textOf(own.subject ?? own.text);
  });
}

/**
 * The unit the item is sold by, as the page writes it in the singular ("piece", "Set", "unidad"):
 * `oddUnitName` of priceModule / quantityModule (…Module layout), productInfoComponent (…Component
 * layout) or the API's price component; `multiUnitName` is its plural ("Pieces").
 */
export function unitOf(roots: readonly DataRoot[]): string | null {
  return firstIn(roots, (obj) => {
    const unit = textOf(obj.oddUnitName);
    return unit && unit.length <= 40 ? unit : null;
  });
}

export function idOf(roots: readonly DataRoot[]): string | null {
  return firstIn(roots, (obj, key) => {
    if (!['productInfoComponent', 'titleModule', 'pageModule', 'actionModule'].includes(key)) return null;
    const id = textOf(obj.idStr ?? obj.productId ?? obj.id);
    return id && /^\d{6,20}$/.test(id) ? id : null;
  });
}

/**
 * "{day}-Day Buyer Protection" or "הגנת הקונה למשך {day} ימים": the page fills the number in when it draws the
 * name; the saved data keeps the placeholder, which is dropped with an English "-Day" that only goes with it.
 */
function withoutPlaceholders(name: string | null): string | null {
  const plain = name
    ?.replace(/\{[^}]*\}(?:[-\s]*day\b)?/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain || null;
}

const PROTECTION =
  /buyer protection|protecci[oó]n al comprador|protection (?:de l'|des )?acheteurs?|k[äa]uferschutz|prote[cç][aã]o (?:ao|do) comprador|protezione acquirenti/i;

/**
 * "Protección al comprador: Obtén el reembolso si…" (Component) or "Buyer Protection: Money back guarantee" (Module).
 * Under the data's own `buyerProtection` key the object is the protection whatever language the shop shows
 * (a he.aliexpress page of 2020 names it in Hebrew): the key says what it is, so the wording is not asked for
 * there. The module object and the Component's title/content pairs carry no such key of their own, so the
 * wording (or the protection link) still has to name it.
 */
export function buyerProtectionOf(roots: readonly DataRoot[]): string | null {
  return firstIn(roots, (obj, key) => {
    if (key === 'buyerProtection' || key === 'buyerProtectionModule') {
      const name = withoutPlaceholders(textOf(obj.name));
      const brief = textOf(obj.brief);
      if (name && brief && (key === 'buyerProtection' || PROTECTION.test(name)))
        return `${name}: ${brief}`.slice(0, 400);
      return null;
    }
    const title = textOf(obj.title);
    const content = textOf(obj.content);
    const link = textOf(obj.actionTarget) ?? '';
    if (title && content && (PROTECTION.test(title) || /buyerprotection/i.test(link)))
      return `${title}: ${content}`.slice(0, 400);
    return null;
  });
}

/**
 * How many the item sold, by the data's own keys: titleModule{tradeCount, formatTradeCount} (2020),
 * tradeComponent{formatTradeCount} (2023) or a 2022 component's fields{formatTradeCount}. Only a named
 * container that is no other item's card: recommended items sit in lists, or carry their own product id.
 */
export function soldCountOf(roots: readonly DataRoot[]): number | null {
  return firstIn(roots, (obj, key) => {
    if (/^\d+$/.test(key) || obj.productId !== undefined || obj.itemId !== undefined) return null;
    if (obj.tradeCount === undefined && obj.formatTradeCount === undefined) return null;
    return countShape(obj.tradeCount) ?? countShape(obj.formatTradeCount);
  });
}
