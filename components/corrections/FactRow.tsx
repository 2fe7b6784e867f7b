import { useEffect, useRef, useState } from 'react';
import type { CorrectionChange } from '../../lib/model/correction';
import type { FactLine } from '../../lib/present/fact-line';
import { CorrectionForm, type CorrectionOutcome } from './CorrectionForm';
import { FactLinks } from './FactLinks';
import './corrections.css';
import { useT } from '../i18n/I18n';
import { byPerson } from '../ui/trusted';

export type CorrectFn = (change: CorrectionChange) => Promise<CorrectionOutcome>;

export interface FactRowProps {
  line: FactLine;
  /** Without it the fact is shown, not offered for correction. */
  onCorrect?: CorrectFn;
  /** Opens with its form open (the buyer pressed "Enter it" on the card drawn without React). */
  startEditing?: boolean;
}

/**
 * One labelled fact (inside a <dl>): its value, where it came from, and — for a fact a check needs —
 * "Enter it" (unknown) or "Correct it" (known), which opens the form in place.
 */
export function FactRow({ line, onCorrect, startEditing = false }: FactRowProps) {
  const t = useT();
  const label = line.text ? t.render(line.text.label) : line.label;
  const value = line.text ? t.param(line.text.value) : line.value;
  const source = line.text?.source ? t.render(line.text.source) : line.source;
  const note = line.text?.note ? t.render(line.text.note) : line.note;
  const [editing, setEditing] = useState(startEditing);
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
      <dt>{label}</dt>
      <dd>
        {/* The tone is also a word or a sign: "not shown" is said, never only coloured. */}
        <span className="tg-fact__value">{value}</span>
        {note && (
          <span className="tg-fact__note" data-testid="tradeguard-fact-note">
            {note}
          </span>
        )}
        {line.links && line.links.length > 0 && <FactLinks links={line.links} />}
        {source && (
          <span className="tg-fact__source" data-testid={correct ? `fact-source-${correct.fact}` : undefined}>
            {' '}
            — {source}
          </span>
        )}
        {correct && !editing && (
          <button
            type="button"
            ref={opener}
            className="tg-fact__correct"
            onClick={(e) => byPerson(e) && setEditing(true)}
            // The visible words first (WCAG 2.5.3), then which fact: several sit side by side.
            aria-label={`${t.t(correct.known ? 'facts.correctIt' : 'facts.enterIt')}: ${label}`}
            data-testid={`correct-${correct.fact}`}
          >
            {t.t(correct.known ? 'facts.correctIt' : 'facts.enterIt')}
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
