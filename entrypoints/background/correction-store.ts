import { browser } from 'wxt/browser';
import { CorrectionBook } from '../../lib/corrections/book';

/**
 * The buyer's corrections in the extension's own storage (never the page's):
 * validated entry by entry on the way in (CorrectionBook.fromJSON), written
 * whole on every change. They survive a browser restart like the settings.
 */
const KEY = 'corrections';

export async function loadCorrections(): Promise<CorrectionBook> {
  const stored = await browser.storage.local.get(KEY);
  return CorrectionBook.fromJSON(stored[KEY]);
}

export async function saveCorrections(book: CorrectionBook): Promise<void> {
  await browser.storage.local.set({ [KEY]: book.toJSON() });
}
