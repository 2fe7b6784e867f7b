import { messageOf } from './catalogs';
import { englishPlural } from './english-numbers';
import { formatDayIn, formatMoneyIn, formatNumberIn, intlLocale } from './format';
import type { MessageKey, ParamsOf, PluralKey } from './keys';
import type { Language } from './languages';
import type { Msg, MsgParam } from './msg';
import { isMoney, isMsg } from './param-kinds';

/** Finds a key's text in one language; undefined when that language lacks it (English then answers). */
export type Lookup = (key: string) => string | undefined;

export interface Translator {
  language: Language;
  t<K extends MessageKey>(key: K, ...params: ParamsOf<K> extends never ? [] : [ParamsOf<K>]): string;
  /** "1 blocker" / "2 blockers" by the language's own plural rules (Intl.PluralRules). */
  plural(base: PluralKey, count: number, params?: Record<string, MsgParam>): string;
  render(m: Msg): string;
  /** One parameter as text: a message rendered, money and days formatted, a string as it is. */
  param(p: MsgParam): string;
  money: (m: Parameters<typeof formatMoneyIn>[1]) => string;
  number: (n: number) => string;
  day: (iso: string, timeZone?: string) => string;
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

export function createTranslator(
  language: Language,
  lookup: Lookup = (k) => messageOf(language, k),
): Translator {
  // Read at each lookup, not now: a content script's catalogs arrive after its modules are evaluated.
  const english = (key: string) => messageOf('en', key);
  const text = (key: string, fallback?: string) => lookup(key) ?? english(key) ?? fallback ?? key;
  const param = (p: MsgParam): string => {
    if (typeof p === 'string') return p;
    if (typeof p === 'number') return formatNumberIn(language, p);
    if (isMoney(p)) return formatMoneyIn(language, p);
    if (isMsg(p)) return render(p);
    if ('day' in p) return formatDayIn(language, p.day, undefined, p.long);
    if ('plural' in p) return plural(p.plural as PluralKey, p.count);
    return p.list.map(param).join(p.sep ?? '; ');
  };
  // Without parameters every placeholder stays as written: the template is the answer, unscanned (a chat
  // finding's long fix text was scanned for placeholders once per finding).
  const fill = (template: string, params?: Record<string, MsgParam>) =>
    params === undefined
      ? template
      : template.replace(PLACEHOLDER, (whole, name: string) =>
          Object.hasOwn(params, name) ? param(params[name]!) : whole,
        );
  const render = (m: Msg): string => fill(text(m.key, m.fallback), m.params);
  // Made on first use: the module-level English translator must cost nothing to a script that never counts.
  let rules: Intl.PluralRules | undefined;
  function plural(base: PluralKey, count: number, params?: Record<string, MsgParam>): string {
    // English by its one rule, without Intl (see english-numbers.ts).
    if (language !== 'en') rules ??= new Intl.PluralRules(intlLocale(language));
    const category = rules ? rules.select(count) : englishPlural(count);
    const key =
      lookup(`${base}.${category}`) !== undefined || english(`${base}.${category}`) !== undefined
        ? `${base}.${category}`
        : `${base}.other`;
    return fill(text(key), { count, ...params });
  }
  return {
    language,
    t: (key, ...params) => fill(text(key), params[0] as Record<string, MsgParam> | undefined),
    plural,
    render,
    param,
    money: (m) => formatMoneyIn(language, m),
    number: (n) => formatNumberIn(language, n),
    day: (iso, timeZone) => formatDayIn(language, iso, timeZone),
  };
}

/** English, as the command line and the stored findings speak it. */
export const english = createTranslator('en');
