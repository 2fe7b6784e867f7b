import type { OrderFacts } from '../model/order';
import type { PageSnapshot } from '../model/snapshot';
import type { RawSnapshot, readPage } from '../pages/read';

/**
 * The parts of the marketplace content script that most pages never run, each a file of its own that the
 * background injects into the script's isolated world when the page first needs it (content/load-script),
 * where it registers itself under its global name — which the page's own scripts cannot see. The script
 * that runs on every page then carries only what decides what the page is and draws the card.
 */
export const INJECTED_SCRIPTS = ['page-reader', 'page-answers'] as const;
export type InjectedScript = (typeof INJECTED_SCRIPTS)[number];

/**
 * The page readers (entrypoints/page-reader): a search page's cards, a chat page's messages, and any page the
 * background could not read from its markup (too large for one message, or no answer).
 */
export const PAGE_READER_GLOBAL = '__tradeguardPageReader';
export interface PageReader {
  readPage: typeof readPage;
}

/**
 * What validates with zod on the page (entrypoints/page-answers): the answers to the background's capture
 * requests, and the order an AliExpress order page's own API returned.
 */
export const PAGE_ANSWERS_GLOBAL = '__tradeguardPageAnswers';
export interface PageAnswers {
  answerCapture(message: unknown): Promise<unknown>;
  readApiOrder(data: unknown, url: string): OrderFacts | null;
  snapshotWithApiOrder(raw: RawSnapshot, order: OrderFacts): PageSnapshot;
}

export const INJECTED_GLOBALS: Record<InjectedScript, string> = {
  'page-reader': PAGE_READER_GLOBAL,
  'page-answers': PAGE_ANSWERS_GLOBAL,
};
