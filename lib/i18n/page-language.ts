import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import type { PageLanguageAnswer } from '../messaging/protocol';
import { installCatalog } from './catalogs';
import { LANGUAGES, negotiateLanguage } from './languages';
import { createTranslator, english, type Translator } from './translate';

/**
 * A content script's language. The content scripts do not bundle the message
 * catalogs (five languages would be half of what every marketplace page
 * loads): at start the background answers with the buyer's language and its
 * messages, plus English (the fallback for a missing key, and what findings
 * are stored in). The buyer changing the language in the options is followed.
 */
export interface PageLanguage {
  /** Resolves once the buyer's language is installed; nothing the buyer reads is drawn before. */
  ready: Promise<Translator>;
  current(): Translator;
  /** Calls back with the new translator whenever the buyer changes the language; returns the unsubscribe. */
  subscribe(callback: (t: Translator) => void): () => void;
  stop(): void;
}

export function startPageLanguage(): PageLanguage {
  let current: Translator = english;
  const listeners = new Set<(t: Translator) => void>();
  const load = async () => {
    const translator = install(await send({ type: 'content/language' }));
    current = translator;
    return translator;
  };
  const ready = load();
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !('settings' in changes)) return;
    void load().then((t) => {
      for (const listener of listeners) listener(t);
    });
  };
  browser.storage.onChanged.addListener(onStorage);
  return {
    ready,
    current: () => current,
    subscribe(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    stop: () => browser.storage.onChanged.removeListener(onStorage),
  };
}

/** Installs what the background sent; with no answer (the extension reloading under the page), the browser's own messages. */
function install(answer: PageLanguageAnswer | undefined): Translator {
  if (!answer || !LANGUAGES.includes(answer.language)) return browserTranslator();
  for (const language of LANGUAGES) {
    const catalog = answer.catalogs[language];
    if (catalog && typeof catalog === 'object') installCatalog(language, catalog);
  }
  return createTranslator(answer.language);
}

function browserTranslator(): Translator {
  const get = (key: string) => {
    try {
      const getMessage = browser.i18n.getMessage as (name: string) => string;
      return getMessage(key.replaceAll('.', '_')) || undefined;
    } catch {
      return undefined;
    }
  };
  let ui: string[] = [];
  try {
    ui = [browser.i18n.getUILanguage()];
  } catch {
    // no i18n API: English
  }
  const language = LANGUAGES.find((l) => l === get('meta.locale')) ?? negotiateLanguage(ui);
  return createTranslator(language, get);
}
