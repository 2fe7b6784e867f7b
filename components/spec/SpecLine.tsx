import { highlightSegments, type SpecLineResult } from '../../lib/spec';
import { useT } from '../i18n/I18n';
import { findingWords } from '../i18n/words';

/**
 * One checked line: vague phrases in <mark> with a number, the findings
 * beneath with the same numbers. Segments are text children, never markup.
 */
export function SpecLine({ result }: { result: SpecLineResult }) {
  const t = useT();
  const segments = highlightSegments(result.text, result.findings);
  const numberOf = new Map(result.findings.map((f, i) => [f, i + 1]));
  const flagged = result.findings.length > 0;
  return (
    <li className={`tg-spec-line${flagged ? ' tg-spec-line--flagged' : ''}`} data-line={result.line}>
      <p className="tg-spec-line__text">
        <span className="tg-spec-line__number">
          <span className="tg-visually-hidden">{t.t('sidepanel.spec.line')} </span>
          {result.line}
        </span>
        {segments.map((s, i) =>
          s.finding ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and rebuilt whole on each check
            <mark key={i} className="tg-spec-mark" data-rule={s.finding.rule}>
              {s.text}
              <sup className="tg-spec-mark__ref">[{numberOf.get(s.finding)}]</sup>
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <span key={i}>{s.text}</span>
          ),
        )}
      </p>
      {flagged && (
        <ol className="tg-spec-findings">
          {result.findings.map((f, i) => {
            // The buyer reads the finding in their language; the wording to send the supplier also in English.
            const words = findingWords(t, f);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: findings of one line, in span order
              <li key={i} className="tg-spec-finding" data-rule={f.rule} value={i + 1}>
                <p className="tg-spec-finding__message">{words.message}</p>
                <p className="tg-spec-finding__fix">
                  <strong>{t.t('common.whatToDo')} </strong>
                  {words.fix}
                </p>
                {words.fixInEnglish && (
                  <p className="tg-spec-finding__fix">
                    <strong>{t.t('common.forSupplier')} </strong>
                    <span lang="en">{words.fixInEnglish}</span>
                  </p>
                )}
                <p className="tg-spec-finding__source">
                  {t.t('meta.ruleSource', { rule: f.rule, source: f.source.label })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </li>
  );
}
