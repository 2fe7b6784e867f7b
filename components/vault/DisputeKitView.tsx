import { useId } from 'react';
import type { DisputeKit, KitLine } from '../../lib/vault/dispute-kit';
import './vault.css';

export interface DisputeKitViewProps {
  kit: DisputeKit;
}

function KitLineView({ line }: { line: KitLine }) {
  const present = !line.missing;
  return (
    <li
      className={`tg-vault-kit__line ${present ? 'tg-vault-kit__line--present' : 'tg-vault-kit__line--missing'}`}
      data-testid={`kit-${line.kind}`}
      data-present={present ? 'true' : 'false'}
    >
      <div className="tg-vault-kit__head">
        <span className="tg-vault-kit__mark" aria-hidden="true">
          {present ? '✓' : '!'}
        </span>
        <span className="tg-vault-kit__label">{line.label}</span>
        <span className="tg-vault-kit__count">{present ? `${line.count} in the case` : 'missing'}</span>
      </div>
      {!present && (
        <div className="tg-vault-kit__advice">
          <p>
            <strong>Why: </strong>
            {line.why}
          </p>
          <p>
            <strong>What to do: </strong>
            {line.whatToDo}
          </p>
          <p className="tg-muted tg-vault-small">
            Source: {line.source.label} ({line.source.ref})
          </p>
        </div>
      )}
    </li>
  );
}

/** The seven documents a Trade Assurance dispute asks for, and what to do about each one still missing. */
export function DisputeKitView({ kit }: DisputeKitViewProps) {
  const total = kit.lines.length;
  const present = total - kit.missingCount;
  const titleId = useId();
  return (
    <section className="tg-vault-kit" aria-labelledby={titleId} data-testid="dispute-kit">
      <h2 id={titleId} className="tg-vault-section-title">
        Dispute kit: {present} of {total} documents
      </h2>
      {kit.missingCount === 0 ? (
        <p className="tg-ok">Every document the dispute form asks for is in this case.</p>
      ) : (
        <p className="tg-vault-kit__summary">
          {kit.missingCount === 1 ? '1 document is' : `${kit.missingCount} documents are`} missing. A claim is
          judged on what you can show: add them before you open a dispute.
        </p>
      )}
      <ul className="tg-vault-kit__lines">
        {kit.lines.map((line) => (
          <KitLineView key={line.kind} line={line} />
        ))}
      </ul>
      {kit.otherCount > 0 && (
        <p className="tg-muted tg-vault-small">
          {kit.otherCount === 1 ? '1 item is' : `${kit.otherCount} items are`} filed as "Other": they are
          exported too; file them under one of the kinds above if they are one.
        </p>
      )}
    </section>
  );
}
