import type { MessageKey } from '../i18n/keys';
import type { Msg } from '../i18n/msg';
import type { Translator } from '../i18n/translate';
import type { DisputeDraft, DraftField } from './types';

/**
 * A form field's name and hint in the buyer's language, for the side panel and the pack alike. In English
 * they are the draft's own words, unchanged.
 */

/** The form's own name for each field, as the platform shows it in the buyer's language. */
const LABEL: Record<'alibaba' | 'aliexpress', Record<DraftField['id'], MessageKey>> = {
  alibaba: {
    claim: 'dispute.field.alibaba.claim',
    amount: 'dispute.field.amount',
    statement: 'dispute.field.alibaba.statement',
    evidence: 'dispute.field.alibaba.evidence',
    mediation: 'dispute.field.mediation',
  },
  aliexpress: {
    claim: 'dispute.field.aliexpress.claim',
    amount: 'dispute.field.amount',
    statement: 'dispute.field.aliexpress.statement',
    evidence: 'dispute.field.aliexpress.evidence',
    mediation: 'dispute.field.mediation',
  },
};

/** What the buyer does with the field; the amount's and the mediation's hints carry figures and stay as drafted. */
export function fieldHint(t: Translator, draft: DisputeDraft, field: DraftField): string {
  if (t.language === 'en') return field.hint;
  if (field.id === 'claim') return t.t('dispute.hint.claim');
  if (field.id === 'evidence') return t.t('dispute.hint.evidence');
  if (field.id === 'statement')
    return draft.statement.edited ? t.t('dispute.hint.statementEdited') : t.t('dispute.hint.statement');
  return field.hintMsg ? t.render(field.hintMsg) : field.hint;
}

export function fieldLabel(t: Translator, draft: DisputeDraft, field: DraftField): string {
  if (t.language === 'en') return field.label;
  const label = t.render({ key: LABEL[draft.marketplace][field.id] });
  const currency = draft.amount.requested?.currency;
  return field.id === 'amount' && currency ? `${label} (${currency})` : label;
}

/** The field's English text, paragraph by paragraph, in the buyer's language (none in English, none for the buyer's own words). */
export function fieldParagraphs(t: Translator, field: DraftField): string[] {
  if (t.language === 'en' || !field.text) return [];
  return (field.textMsgs ?? []).filter((m): m is Msg => m !== null).map((m) => t.render(m));
}
