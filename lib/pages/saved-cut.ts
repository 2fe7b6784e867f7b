/**
 * Whether a saved page's text stops before the page did: it opens as an HTML document but no closing
 * </body> or </html> comes near its end. A scraper that kept the first N characters, a download cut by a
 * full disk or a dropped connection leave such files (one of the shared real pages is exactly 6,000
 * characters, ending inside a script). Whatever came after the cut was never read, so a page with no
 * findings is not a clean page; the caller says so. Bare data (JSON, a lone script) and fragments copied
 * from DevTools are not documents and are never called cut.
 */
export function savedPageIsCut(text: string): boolean {
  const head = text
    .slice(0, 4000)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (!/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>])/i.test(head)) return false;
  // A closing tag anywhere: scripts or comments a tool appended after </html> do not make a page cut.
  if (/<\/(?:body|html)\s*>/i.test(text)) return false;
  // Both closing tags are optional in HTML: a whole page may end without them, but it ends on a tag's '>'. A cut
  // one stops inside a tag, a text or a script (the shared real page ends inside a script's object literal).
  const tail = text.trimEnd();
  const lower = tail.toLowerCase();
  const scriptOpen = lower.lastIndexOf('<script') > lower.lastIndexOf('</script');
  return scriptOpen || !tail.endsWith('>');
}
