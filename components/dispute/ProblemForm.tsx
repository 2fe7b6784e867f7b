import { type ChangeEvent, useId, useState } from 'react';
import { DISPUTE_PROBLEMS, type DisputeAnswers, type DisputeProblem } from '../../lib/dispute/answers';
import type { SpecLine } from '../../lib/dispute/order-terms';
import type { MessageKey } from '../../lib/i18n/keys';
import { currencyExponent } from '../../lib/model/money';
import { useT } from '../i18n/I18n';

const PROBLEM_KEY: Record<DisputeProblem, MessageKey> = {
  'late-shipment': 'dispute.problem.lateShipment',
  'not-as-specified': 'dispute.problem.notAsSpecified',
  damaged: 'dispute.problem.damaged',
  'short-quantity': 'dispute.problem.shortQuantity',
  'not-received': 'dispute.problem.notReceived',
  'below-inspection-standard': 'dispute.problem.belowInspectionStandard',
};

export interface ProblemFormProps {
  answers: DisputeAnswers;
  specLines: readonly SpecLine[];
  currency: string | null;
  onAnswers(next: DisputeAnswers): void;
}

const PER_UNIT: readonly DisputeProblem[] = ['not-as-specified', 'damaged', 'below-inspection-standard'];

function toMinor(value: string, currency: string | null): number | null {
  const n = Number(value.replace(',', '.'));
  if (!value.trim() || !Number.isFinite(n) || n < 0) return null;
  return Math.round(n * 10 ** currencyExponent(currency ?? 'USD'));
}

function toMajor(minor: number | null, currency: string | null): string {
  return minor === null ? '' : String(minor / 10 ** currencyExponent(currency ?? 'USD'));
}

/** An amount typed in major units; the text stays as typed ("14580." while typing), the value goes up in minor units. */
function MoneyInput(props: {
  id: string;
  minor: number | null;
  currency: string | null;
  testId: string;
  onMinor(v: number | null): void;
}) {
  const [text, setText] = useState(toMajor(props.minor, props.currency));
  return (
    <input
      id={props.id}
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        props.onMinor(toMinor(e.target.value, props.currency));
      }}
      data-testid={props.testId}
    />
  );
}

function count(value: string): number | null {
  const n = Number(value);
  return value.trim() && Number.isInteger(n) && n >= 0 ? n : null;
}

/** What went wrong, in the buyer's words: the only facts the draft does not read from the order. */
export function ProblemForm({ answers, specLines, currency, onAnswers }: ProblemFormProps) {
  const t = useT();
  const id = useId();
  const set = (patch: Partial<DisputeAnswers>) => onAnswers({ ...answers, ...patch });
  const toggle = (problem: DisputeProblem) => (e: ChangeEvent<HTMLInputElement>) =>
    set({
      problems: e.target.checked
        ? DISPUTE_PROBLEMS.filter((p) => p === problem || answers.problems.includes(p))
        : answers.problems.filter((p) => p !== problem),
    });
  const toggleLine = (lineId: string) => (e: ChangeEvent<HTMLInputElement>) =>
    set({
      brokenLines: e.target.checked
        ? [...answers.brokenLines, lineId]
        : answers.brokenLines.filter((l) => l !== lineId),
    });
  const has = (p: DisputeProblem) => answers.problems.includes(p);
  return (
    <fieldset className="tg-dispute__form" data-testid="dispute-form">
      <legend>{t.t('dispute.form.legend')}</legend>
      <ul className="tg-dispute__problems">
        {DISPUTE_PROBLEMS.map((p) => (
          <li key={p}>
            <label>
              <input type="checkbox" checked={has(p)} onChange={toggle(p)} data-testid={`problem-${p}`} />{' '}
              {t.render({ key: PROBLEM_KEY[p] })}
            </label>
          </li>
        ))}
      </ul>
      {has('not-as-specified') && (
        <div className="tg-dispute__lines" data-testid="spec-lines">
          <p>{t.t('dispute.form.whichTerm')}</p>
          {specLines.length === 0 && <p className="tg-muted">{t.t('dispute.form.noLines')}</p>}
          <ul>
            {specLines.map((line) => (
              <li key={line.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={answers.brokenLines.includes(line.id)}
                    onChange={toggleLine(line.id)}
                    data-testid={`broken-line-${line.id}`}
                  />{' '}
                  <q>{line.text}</q> <span className="tg-muted">({line.where})</span>
                  {line.vague && <span className="tg-dispute__vague"> {t.t('dispute.form.vague')}</span>}
                </label>
              </li>
            ))}
          </ul>
          <label htmlFor={`${id}-unwritten`}>{t.t('dispute.form.unwritten')}</label>
          <input
            id={`${id}-unwritten`}
            value={answers.unwritten}
            onChange={(e) => set({ unwritten: e.target.value })}
            data-testid="unwritten"
          />
        </div>
      )}
      {answers.problems.some((p) => PER_UNIT.includes(p)) && (
        <p>
          <label htmlFor={`${id}-affected`}>{t.t('dispute.form.affected')}</label>{' '}
          <input
            id={`${id}-affected`}
            inputMode="numeric"
            value={answers.affectedQuantity ?? ''}
            onChange={(e) => set({ affectedQuantity: count(e.target.value) })}
            data-testid="affected-quantity"
          />
        </p>
      )}
      {has('short-quantity') && (
        <p>
          <label htmlFor={`${id}-received`}>{t.t('dispute.form.received')}</label>{' '}
          <input
            id={`${id}-received`}
            inputMode="numeric"
            value={answers.receivedQuantity ?? ''}
            onChange={(e) => set({ receivedQuantity: count(e.target.value) })}
            data-testid="received-quantity"
          />
        </p>
      )}
      <p>
        <label htmlFor={`${id}-paid`}>
          {currency ? t.t('dispute.form.paidOnPlatformIn', { currency }) : t.t('dispute.form.paidOnPlatform')}
        </label>{' '}
        <MoneyInput
          id={`${id}-paid`}
          minor={answers.paidOnPlatform}
          currency={currency}
          onMinor={(paidOnPlatform) => set({ paidOnPlatform })}
          testId="paid-on-platform"
        />
      </p>
      <p>
        <label htmlFor={`${id}-off`}>
          {currency
            ? t.t('dispute.form.paidOffPlatformIn', { currency })
            : t.t('dispute.form.paidOffPlatform')}
        </label>{' '}
        <MoneyInput
          id={`${id}-off`}
          minor={answers.paidOffPlatform}
          currency={currency}
          onMinor={(paidOffPlatform) => set({ paidOffPlatform })}
          testId="paid-off-platform"
        />
      </p>
      <p>
        <label htmlFor={`${id}-noticed`}>{t.t('dispute.form.noticed')}</label>{' '}
        <input
          id={`${id}-noticed`}
          type="date"
          value={answers.noticedOn ?? ''}
          onChange={(e) => set({ noticedOn: e.target.value || null })}
          data-testid="noticed-on"
        />
      </p>
      <label htmlFor={`${id}-words`}>{t.t('dispute.form.words')}</label>
      <textarea
        id={`${id}-words`}
        rows={4}
        value={answers.buyerWords}
        onChange={(e) => set({ buyerWords: e.target.value })}
        data-testid="buyer-words"
      />
    </fieldset>
  );
}
