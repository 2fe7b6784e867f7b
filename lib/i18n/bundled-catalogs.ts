import en from '../../locales/en.json';
import es from '../../locales/es.json';
import fr from '../../locales/fr.json';
import ptBR from '../../locales/pt_BR.json';
import zhCN from '../../locales/zh_CN.json';
import { installCatalog } from './catalogs';

/**
 * Every language the extension ships, installed when this module is imported:
 * the same files WXT turns into the browser's _locales/ (one source of truth),
 * bundled because the browser's i18n API cannot switch language at run time.
 * Imported by the background, the extension pages (lib/i18n/browser.ts), the
 * command line and the tests — never by a content script (they receive their
 * one language from the background: lib/i18n/page-language.ts).
 */
installCatalog('en', en);
installCatalog('es', es);
installCatalog('pt-BR', ptBR);
installCatalog('fr', fr);
installCatalog('zh-CN', zhCN);
