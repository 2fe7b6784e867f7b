/**
 * The largest page markup a content script hands to the background to read (content/read-page). A zod-free
 * module: the content script imports it, and importing protocol.ts would build every schema on the page.
 */
export const PAGE_MARKUP_MAX = 20_000_000;
