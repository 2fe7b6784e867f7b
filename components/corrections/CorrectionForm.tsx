import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { isMoneyFact, readCorrectionInput } from '../../lib/corrections/read-input';
import { SHIPPING_KEY } from '../../lib/deadlines/shipping-keys';
import type { MessageKey } from '../../lib/i18n/keys';
import type { Msg } from '../../lib/i18n/msg';
import type { CorrectionValue } from '../../lib/model/correction';
import {
  PAYMENT_METHOD_KINDS,
  type PaymentMethodKind,
  SHIPPING_METHODS,
} from '../../lib/model/correction-choices';
import type { FactCorrection } from '../../lib/present/fact-line';
import { useT } from '../i18n/I18n';
import { byPerson } from '../ui/trusted';

const PAYMENT_KEY: Record<PaymentMethodKind, MessageKey> = {
  card: 'corrections.paymentMethod.card',
  paypal: 'corrections.paymentMethod.paypal',
  'western-union': 'corrections.paymentMethod.westernUnion',
  tt: 'corrections.paymentMethod.tt',
  'online-bank-payment': 'corrections.paymentMethod.onlineBankPayment',
  'pay-later': 'corrections.paymentMethod.payLater',
};

export interface CorrectionOutcome {
  ok: boolean;
  message?: string;
  /** Why nothing was saved, as a message id: said in the buyer's language. */
  text?: Msg;
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
  const t = useT();
  const { fact, known } = correct;
  const [text, setText] = useState(correct.draft);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLSelectElement>(null);
  useEffect(() => field.current?.focus(), []);
  const title = t.render({ key: `corrections.${known ? 'correct' : 'enter'}.${fact}` as MessageKey });

  const finish = async (action: () => Promise<CorrectionOutcome>) => {
    setBusy(true);
    const outcome = await action().catch(
      (): CorrectionOutcome => ({
        ok: false,
        message: t.t('corrections.couldNotSave'),
      }),
    );
    setBusy(false);
    if (outcome.ok) onClose();
    else
      setError(outcome.text ? t.render(outcome.text) : (outcome.message ?? t.t('corrections.nothingSaved')));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // On a marketplace page the form sits in the card's closed shadow root; a submit no person made is ignored.
    if (!byPerson(e)) return;
    // Read here without a schema (this form's bundle starts without zod); the background validates what it stores.
    const checked = readCorrectionInput(fact, text, { currency: correct.currency });
    if (!checked.ok) {
      setError(t.render(checked.text));
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
        {title}
      </label>
      {isMoneyFact(fact) ? (
        <input
          {...common}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          placeholder={t.t('corrections.placeholder', { currency: correct.currency })}
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
          <option value="">{t.t('corrections.choose')}</option>
          {fact === 'paymentMethod'
            ? PAYMENT_METHOD_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.render({ key: PAYMENT_KEY[k] })}
                </option>
              ))
            : SHIPPING_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t.render({ key: SHIPPING_KEY[m] })}
                </option>
              ))}
        </select>
      )}
      <p id={`${id}-hint`} className="tg-correction__hint">
        {isMoneyFact(fact)
          ? t.t('corrections.hintMoney', { currency: correct.currency })
          : t.t('corrections.hint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="tg-correction__error" role="alert">
          {error}
        </p>
      )}
      <div className="tg-correction__actions">
        <button type="submit" className="tg-correction__save" disabled={busy}>
          {t.t('corrections.save')}
        </button>
        <button type="button" onClick={onClose} disabled={busy}>
          {t.t('corrections.cancel')}
        </button>
        {onTakeBack && (
          <button type="button" onClick={(e) => byPerson(e) && void finish(onTakeBack)} disabled={busy}>
            {t.t('corrections.takeBack')}
          </button>
        )}
      </div>
    </form>
  );
}
