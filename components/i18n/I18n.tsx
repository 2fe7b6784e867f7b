import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { Language } from '../../lib/i18n/languages';
import { english, type Translator } from '../../lib/i18n/translate';

const Context = createContext<Translator>(english);

/** The translator of the surface: every component below reads its words through `useT()`. */
export function I18nProvider({ value, children }: { value: Translator; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export const useT = () => useContext(Context);

/** Follows the buyer's language choice while the surface stays open. */
export function useLiveTranslator(
  initial: Translator,
  subscribe?: (cb: (t: Translator) => void) => () => void,
): Translator {
  const [t, setT] = useState(initial);
  useEffect(() => subscribe?.(setT), [subscribe]);
  return t;
}

/** Right-to-left scripts TradeGuard may add (Arabic, Hebrew, Persian, Urdu): the layout uses logical properties. */
export function directionOf(language: Language | string): 'ltr' | 'rtl' {
  return /^(ar|he|fa|ur)\b/.test(language) ? 'rtl' : 'ltr';
}

/** The page's language and direction, so screen readers pronounce it right and the layout mirrors. */
export function applyDocumentLanguage(doc: Document, t: Translator): void {
  doc.documentElement.lang = t.language;
  doc.documentElement.dir = directionOf(t.language);
}
