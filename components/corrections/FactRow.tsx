import { useEffect, useRef, useState } from 'react';
import type { CorrectionChange } from '../../lib/model/correction';
import type { FactLine } from '../../lib/present/fact-line';
import { CorrectionForm, type CorrectionOutcome } from './CorrectionForm';
import { FactLinks } from './FactLinks';
import './corrections.css';
import { byPerson } from '../ui/trusted';

export type CorrectFn = (change: CorrectionChange) => Promise<CorrectionOutcome>;

export interface FactRowProps {
  line: FactLine;
  /** Without it the fact is shown, not offered for correction. */
  onCorrect?: CorrectFn;
}

/**
 * One labelled fact (inside a <dl>): its value, where it came from, and — for a fact a check needs —
 * "Enter it" (unknown) or "Correct it" (known), which opens the form in place.
 */
export function FactRow({ line, onCorrect }: FactRowProps) {
  const [editing, setEditing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const correct = onCorrect ? line.correct : undefined;
  // Back to where the buyer was once the form closes, for keyboard users.
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    opener.current?.focus();
  }, [editing]);
  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  return (
    <div
      className={`tg-fact tg-fact--${line.tone ?? 'neutral'}${editing ? ' tg-fact--editing' : ''}`}
      data-fact={correct?.fact}
    >
      <dt>{line.label}</dt>
      <dd>
        <span className="tg-fact__value">{line.value}</span>
        {line.note && (
          <span className="tg-fact__note" data-testid="tradeguard-fact-note">
            {line.note}
          </span>
        )}
        {line.links && line.links.length > 0 && <FactLinks links={line.links} />}
        {line.source && (
          <span className="tg-fact__source" data-testid={correct ? `fact-source-${correct.fact}` : undefined}>
            {' '}
            — {line.source}
          </span>
        )}
        {correct && !editing && (
          <button
            type="button"
            ref={opener}
            className="tg-fact__correct"
            onClick={(e) => byPerson(e) && setEditing(true)}
            // The visible words first (WCAG 2.5.3), then which fact: several sit side by side.
            aria-label={`${correct.known ? 'Correct it' : 'Enter it'}: ${line.label}`}
            data-testid={`correct-${correct.fact}`}
          >
            {correct.known ? 'Correct it' : 'Enter it'}
          </button>
        )}
        {correct && onCorrect && editing && (
          <CorrectionForm
            correct={correct}
            onSave={(value) => onCorrect(value)}
            onTakeBack={correct.entered ? () => onCorrect({ fact: correct.fact, remove: true }) : undefined}
            onClose={close}
          />
        )}
      </dd>
    </div>
  );
}
