import { useId, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/I18n';
import { useDebouncedValue } from '../ui/useDebouncedValue';
import { createCachedSpecCheck } from './line-cache';
import { SpecLine } from './SpecLine';
import { summariseSpec } from './spec-summary';
import '../ui/ui.css';
import './spec.css';

export interface SpecCheckerProps {
  /** Text to start from (a restored draft); the buyer edits it from there. */
  initialText?: string;
  /** Told about each edit, e.g. to keep the draft; optional. */
  onTextChange?(text: string): void;
}

const DEBOUNCE_MS = 200;

/** "Check my spec before I send it": every line checked as the buyer types, vague phrases marked. */
export function SpecChecker({ initialText = '', onTextChange }: SpecCheckerProps) {
  const [text, setText] = useState(initialText);
  const settled = useDebouncedValue(text, DEBOUNCE_MS);
  const check = useRef(createCachedSpecCheck()).current;
  const results = useMemo(() => check(settled), [check, settled]);
  const t = useT();
  const summary = useMemo(() => summariseSpec(t, results), [t, results]);
  const id = useId();
  const shown = results.filter((r) => r.text.trim() !== '');

  return (
    <section className="tg-spec" aria-label={t.t('sidepanel.specTitle')}>
      <label className="tg-field" htmlFor={`${id}-input`}>
        <span>{t.t('sidepanel.spec.inputLabel')}</span>
        <textarea
          id={`${id}-input`}
          rows={8}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            onTextChange?.(e.target.value);
          }}
          spellCheck={false}
          data-testid="spec-input"
        />
      </label>
      <p
        role="status"
        className={`tg-spec__summary${summary.phrases > 0 ? ' tg-spec__summary--flagged' : ''}`}
        data-testid="spec-summary"
        data-phrases={summary.phrases}
      >
        {settled.trim() === '' ? t.t('sidepanel.spec.hint') : summary.text}
      </p>
      {shown.length > 0 && (
        <ol className="tg-spec__lines" data-testid="spec-results">
          {shown.map((r) => (
            <SpecLine key={`${r.line}:${r.text}`} result={r} />
          ))}
        </ol>
      )}
    </section>
  );
}
