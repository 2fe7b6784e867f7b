/**
 * linkedom's parseHTML for the Firefox build: its background is a page with the browser's own HTML parser
 * (DOMParser; no scripts run in the document it makes), so the background reads a page's markup as the
 * browser reads pages, and the Firefox package carries no DOM emulation for reviewers to question.
 * Chrome's background is a service worker without DOMParser: it bundles linkedom (wxt.config.ts).
 */
export function parseHTML(html: string): { document: Document } {
  return { document: new DOMParser().parseFromString(html, 'text/html') };
}
