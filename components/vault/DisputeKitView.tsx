import { useId } from 'react';
import type { Translator } from '../../lib/i18n/translate';
import type { DisputeKit, KitLine } from '../../lib/vault/dispute-kit';
import { kitKeys } from '../../lib/vault/kit-words';
import type { EvidenceKind } from '../../lib/vault/schema/rows';
import { useT } from '../i18n/I18n';
import './vault.css';

export interface DisputeKitViewProps {
  kit: DisputeKit;
}

export function kitWords(t: Translator, kind: EvidenceKind) {
  const keys = kitKeys(kind);
  return { label: t.render(keys.label), why: t.render(keys.why), whatToDo: t.render(keys.whatToDo) };
}

function KitLineView({ line }: { line: KitLine }) {
  const t = useT();
  const words = kitWords(t, line.kind);
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
        <span className="tg-vault-kit__label">{words.label}</span>
        <span className="tg-vault-kit__count">
          {present ? t.plural('vault.kit.inCase', line.count) : t.t('vault.kit.missing')}
        </span>
      </div>
      {!present && (
        <div className="tg-vault-kit__advice">
          <p>
            <strong>{t.t('vault.kit.why')} </strong>
            {words.why}
          </p>
          <p>
            <strong>{t.t('common.whatToDo')} </strong>
            {words.whatToDo}
          </p>
          <p className="tg-muted tg-vault-small">
            {t.t('vault.kit.source', { source: `${line.source.label} (${line.source.ref})` })}
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
  const t = useT();
  return (
    <section className="tg-vault-kit" aria-labelledby={titleId} data-testid="dispute-kit">
      <h2 id={titleId} className="tg-vault-section-title">
        {t.t('vault.kit.title', { present, total })}
      </h2>
      {kit.missingCount === 0 ? (
        <p className="tg-ok">{t.t('vault.kit.complete')}</p>
      ) : (
        <p className="tg-vault-kit__summary">{t.plural('vault.kit.missingSummary', kit.missingCount)}</p>
      )}
      <ul className="tg-vault-kit__lines">
        {kit.lines.map((line) => (
          <KitLineView key={line.kind} line={line} />
        ))}
      </ul>
      {kit.otherCount > 0 && (
        <p className="tg-muted tg-vault-small">{t.plural('vault.kit.others', kit.otherCount)}</p>
      )}
    </section>
  );
}
