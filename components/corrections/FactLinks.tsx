import type { FactLink } from '../../lib/present/fact-line';
import { useT } from '../i18n/I18n';

/** Only the marketplaces' own https pages are linked; anything else is shown as plain text. */
function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    const host = url.hostname;
    const marketplace = /(^|\.)(alibaba|aliexpress)\.com$/.test(host);
    return url.protocol === 'https:' && marketplace ? url.href : null;
  } catch {
    return null;
  }
}

/** The pages a fact rests on (e.g. each open order with the supplier), each opened in a new tab. */
export function FactLinks({ links }: { links: readonly FactLink[] }) {
  const t = useT();
  return (
    <ul className="tg-fact__links" data-testid="tradeguard-fact-links">
      {links.map((link) => {
        const href = safeHref(link.href);
        const text = link.message ? t.render(link.message) : link.text;
        return (
          <li key={`${link.href}|${link.text}`}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}
