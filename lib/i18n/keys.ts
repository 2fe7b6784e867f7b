import type { GeneratedI18nStructure } from '#i18n';
import type { MsgParam } from './msg';

/**
 * Message keys and their named placeholders, as @wxt-dev/i18n generates them
 * from locales/en.json (the source of truth, also turned into the browser's
 * _locales/<lang>/messages.json): "checklist.verdict.doNotPay".
 */
type Structure = GeneratedI18nStructure;
export type MessageKey = Exclude<keyof Structure & string, `@@${string}`>;

export type ParamsOf<K extends MessageKey> = Structure[K] extends {
  namedSubstitutions: readonly (infer N extends string)[];
}
  ? Record<N, MsgParam>
  : never;

/** Keys whose message differs by number: "<base>.one" / "<base>.other" (CLDR plural categories). */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer B}.other` ? B : never;
}[MessageKey];
