/** Only the marketplaces' own https pages are linked from the card; anything else is shown as plain text. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    const host = url.hostname;
    const marketplace = /(^|\.)(alibaba|aliexpress)\.com$/.test(host);
    return url.protocol === 'https:' && marketplace ? url.href : null;
  } catch {
    return null;
  }
}
