import en from '../../locales/en.json';
import es from '../../locales/es.json';
import fr from '../../locales/fr.json';
import ptBR from '../../locales/pt_BR.json';
import zhCN from '../../locales/zh_CN.json';
import type { Language } from './languages';

/**
 * The same files WXT turns into the browser's _locales/ (one source of truth).
 * They are bundled too because the browser's i18n API cannot switch language
 * at run time: a buyer who picks another language in the options reads these.
 */
export type FlatCatalog = ReadonlyMap<string, string>;

function flatten(tree: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof tree === 'string') out.set(prefix, tree);
  else if (tree && typeof tree === 'object')
    for (const [k, v] of Object.entries(tree)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

const RAW: Record<Language, unknown> = { en, es, 'pt-BR': ptBR, fr, 'zh-CN': zhCN };
const cache = new Map<Language, FlatCatalog>();

export function catalogOf(language: Language): FlatCatalog {
  let flat = cache.get(language);
  if (!flat) {
    flat = flatten(RAW[language]);
    cache.set(language, flat);
  }
  return flat;
}
