import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadTranslator, onLanguageChange } from '../../lib/i18n/browser';
import type { Translator } from '../../lib/i18n/translate';
import { applyDocumentLanguage, I18nProvider, useLiveTranslator } from './I18n';

const follow = (cb: (t: Translator) => void) =>
  onLanguageChange((next) => {
    applyDocumentLanguage(document, next);
    cb(next);
  });

function Root({ initial, children }: { initial: Translator; children: ReactNode }) {
  const t = useLiveTranslator(initial, follow);
  return <I18nProvider value={t}>{children}</I18nProvider>;
}

/** Mounts an extension page in the buyer's language (popup, side panel, options, privacy). */
export async function mountInLanguage(app: ReactNode): Promise<void> {
  const t = await loadTranslator();
  applyDocumentLanguage(document, t);
  document.title = t.t('ext.name');
  createRoot(document.getElementById('root')!).render(<Root initial={t}>{app}</Root>);
}
