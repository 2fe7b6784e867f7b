import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { isMoneyFact, parseCorrectionInput } from '../../lib/corrections/input';
import { FACT_LABEL } from '../../lib/corrections/labels';
import type { CorrectionValue } from '../../lib/model/correction';
import { PAYMENT_METHOD_KINDS, PAYMENT_METHOD_LABEL } from '../../lib/model/payment';
import { SHIPPING_METHOD_LABEL, ShippingMethodSchema } from '../../lib/model/timeline';
import type { FactCorrection } from '../../lib/present/fact-line';
import { byPerson } from '../ui/trusted';

export interface CorrectionOutcome {
  ok: boolean;
  message?: string;
}

export interface CorrectionFormProps {
  correct: FactCorrection;
  onSave(value: CorrectionValue): Promise<CorrectionOutcome>;
  /** Present when the value in use is the buyer's own entry. */
  onTakeBack?(): Promise<CorrectionOutcome>;
  onClose(): void;
}

/**
 * Enter or correct one fact. The input is checked here first (a clear message, nothing stored);
 * the background checks it again. Escape closes it; keys typed here never reach the page.
 */
export function CorrectionForm({ correct, onSave, onTakeBack, onClose }: CorrectionFormProps) {
  const { fact, known } = correct;
  const [text, setText] = useState(correct.draft);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLSelectElement>(null);
  useEffect(() => field.current?.focus(), []);
  const label = FACT_LABEL[fact];

  const finish = async (action: () => Promise<CorrectionOutcome>) => {
    setBusy(true);
    const outcome = await action().catch(() => ({
      ok: false,
      message: 'TradeGuard could not save this: reload the page and try again.',
    }));
    setBusy(false);
    if (outcome.ok) onClose();
    else setError(outcome.message ?? 'Nothing was saved.');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // On a marketplace page the form sits in the card's closed shadow root; a submit no person made is ignored.
    if (!byPerson(e)) return;
    const checked = parseCorrectionInput(fact, text, { currency: correct.currency });
    if (!checked.ok) {
      setError(checked.error);
      field.current?.focus();
      return;
    }
    void finish(() => onSave(checked.value));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // The marketplace page listens for keys too (search shortcuts): ours stop here.
    e.stopPropagation();
    if (e.key === 'Escape') onClose();
  };
  const common = {
    id: `${id}-value`,
    ref: field,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': `${id}-hint${error ? ` ${id}-error` : ''}`,
    'data-testid': `correction-input-${fact}`,
  } as const;

  return (
    <form
      className="tg-correction"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
      data-testid={`correction-form-${fact}`}
    >
      <label className="tg-correction__label" htmlFor={`${id}-value`}>
        {known ? `Correct the ${label.toLowerCase()}` : `Enter the ${label.toLowerCase()}`}
      </label>
      {isMoneyFact(fact) ? (
        <input
          {...common}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          placeholder={`e.g. 42000 ${correct.currency}`}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
        />
      ) : fact === 'shipBy' ? (
        <input
          {...common}
          type="date"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
        />
      ) : (
        <select
          {...common}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
        >
          <option value="">Choose…</option>
          {fact === 'paymentMethod'
            ? PAYMENT_METHOD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {PAYMENT_METHOD_LABEL[k]}
                </option>
              ))
            : ShippingMethodSchema.options.map((m) => (
                <option key={m} value={m}>
                  {SHIPPING_METHOD_LABEL[m]}
                </option>
              ))}
        </select>
      )}
      <p id={`${id}-hint`} className="tg-correction__hint">
        {isMoneyFact(fact) ? `In ${correct.currency} unless you write another currency. ` : ''}
        Kept as entered by you. If a page later shows it, the page counts and TradeGuard tells you.
      </p>
      {error && (
        <p id={`${id}-error`} className="tg-correction__error" role="alert">
          {error}
        </p>
      )}
      <div className="tg-correction__actions">
        <button type="submit" className="tg-correction__save" disabled={busy}>
          Save
        </button>
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        {onTakeBack && (
          <button type="button" onClick={(e) => byPerson(e) && void finish(onTakeBack)} disabled={busy}>
            Take back my entry
          </button>
        )}
      </div>
    </form>
  );
}
