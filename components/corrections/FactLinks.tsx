import type { FactLink } from '../../lib/present/fact-line';
import { useT } from '../i18n/I18n';
import { safeHref } from '../ui/safe-href';

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
