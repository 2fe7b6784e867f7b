import { useT } from '../i18n/I18n';
export interface CouldNotCheckProps {
  items: { rule: string; title: string }[];
}

/** Checks that failed on this page: said plainly, so a silence is never read as "all clear". */
export function CouldNotCheck({ items }: CouldNotCheckProps) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <div className="tg-unchecked" role="alert" data-testid="could-not-check">
      <strong>{t.plural('findings.couldNotCheck', items.length)}</strong>
      <ul>
        {items.map((c) => (
          <li key={c.rule} data-rule={c.rule}>
            {c.title} <code>{c.rule}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
