import type { Msg } from '../i18n/msg';
import { english, type Translator } from '../i18n/translate';
import type { RuleSource } from '../model/finding';
import { formatMoney } from '../model/money';
import { escapeHtml, revealBidiControls, safeHttpUrl } from '../vault/escape-html';
import { fieldHint, fieldLabel, fieldParagraphs } from './field-words';
import { problemList } from './pack-words';
import type { DisputeDraft, DraftField, RuleSentence } from './types';

/**
 * The dispute draft as a section of report.html. Every string goes through
 * `e` (escaped, bidi overrides shown); sources link only to http(s) addresses.
 */
const e = (text: string | number) => escapeHtml(revealBidiControls(String(text)));

/** "Source: <a>title</a>" in the report's language; the link is built here, the words come from the catalog. */
function source(t: Translator, s: RuleSource): string {
  const href = safeHttpUrl(s.ref);
  const title = href ? `<a href="${e(href)}">${e(s.label)}</a>` : e(s.label);
  return `<small>${e(t.t('dispute.source', { source: '\u0000' })).replace('\u0000', title)}</small>`;
}

/**
 * An English sentence of the draft and, in a report written in another language, the same message in
 * that language under it, labelled as the buyer's to read (the English is what was sent to the platform).
 */
function both(t: Translator, text: string, m: Msg | undefined): string {
  if (t.language === 'en' || !m) return e(text);
  return `<span lang="en">${e(text)}</span><br><small class="yours" lang="${e(t.language)}"><i>${e(t.t('disputeText.ui.yours'))}</i> ${e(t.render(m))}</small>`;
}

/** Under a pasted field in a translated report: what it says, in the buyer's language, to read (not to paste). */
function fieldInYourLanguage(t: Translator, f: DraftField): string {
  const paragraphs = fieldParagraphs(t, f);
  if (paragraphs.length === 0) return '';
  const body = paragraphs.map((p) => `<p><small>${e(p)}</small></p>`).join('');
  return `<div class="yours" lang="${e(t.language)}"><p><small><i>${e(t.t('disputeText.ui.yours'))}</i></small></p>${body}</div>`;
}

const list = (items: string[]) =>
  items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '';

export function renderDraftSection(draft: DisputeDraft, t: Translator = english): string {
  const rule = (r: RuleSentence) => `${both(t, r.text, r.textMsg)} ${source(t, r.source)}`;
  const fields = draft.fields
    .map(
      (f) =>
        `<h4>${e(fieldLabel(t, draft, f))}</h4><p><small>${e(fieldHint(t, draft, f))}</small></p><pre style="white-space:pre-wrap">${e(f.text || t.t('dispute.pack.empty'))}</pre>${fieldInYourLanguage(t, f)}`,
    )
    .join('\n');
  // The report's own words follow its language; in English they are the catalog's English, byte for byte.
  const orderSays = (where: string) => e(t.t('dispute.orderSays', { where }));
  const claims = draft.claims
    .map(
      (
        c,
      ) => `<h4>${both(t, c.name, c.nameMsg)}${c.status === 'not-yet' ? ` (${e(t.t('dispute.status.notYet'))})` : c.status === 'weak' ? ` (${e(t.t('dispute.weakMark'))})` : ''}</h4>
${list([
  ...c.facts.map((f, i) => both(t, f, c.factMsgs?.[i])),
  ...c.quotes.map((q) => `${orderSays(q.where)} <q>${e(q.text)}</q>`),
  ...c.rules.map(rule),
  ...c.cautions.map((r) => `${e(t.t('dispute.caution'))} ${rule(r)}`),
])}`,
    )
    .join('\n');
  const refusals = list(
    draft.refusals.map(
      (r) =>
        `${both(t, `${r.what}.`, r.whatMsg)}${r.quote ? ` ${orderSays(r.quote.where)} <q>${e(r.quote.text)}</q>.` : ''} ${rule(r.rule)}`,
    ),
  );
  const amount = `<table><thead><tr><th></th><th>${e(t.t('dispute.amountColumn'))}</th><th>${e(t.t('dispute.howColumn'))}</th></tr></thead><tbody>${draft.amount.lines
    .map(
      (l) =>
        `<tr><td>${both(t, l.label, l.labelMsg)}</td><td>${l.amount ? e(formatMoney(l.amount)) : e(t.t('dispute.unknown'))}${l.counted ? '' : ` ${e(t.t('dispute.notCounted'))}`}</td><td>${both(t, l.basis, l.basisMsg)}${l.source ? ` ${source(t, l.source)}` : ''}</td></tr>`,
    )
    .join(
      '',
    )}</tbody></table><p><b>${both(t, draft.amount.conclusion, draft.amount.conclusionMsg)}</b></p>${list(
    draft.amount.warnings.map((w, i) => both(t, w, draft.amount.warningMsgs?.[i])),
  )}`;
  const d = draft.deadline;
  const deadline = `<p><b>${d.label ? both(t, d.label, d.labelMsg) : e(t.t('dispute.noWindow'))}${d.dueAt ? `: ${e(d.dueAt)}` : ''}</b></p>${list(
    [
      `${both(t, d.basis, d.basisMsg)}${d.source ? ` ${source(t, d.source)}` : ''}`,
      `${e(t.t('dispute.now'))} ${both(t, d.now, d.nowMsg)}`,
      `${e(t.t('dispute.ifMissed'))} ${both(t, d.ifMissed, d.ifMissedMsg)}${d.ifMissedSource ? ` ${source(t, d.ifMissedSource)}` : ''}`,
    ],
  )}`;
  const problems = problemList(t, draft.problems, t.t('dispute.pack.notChosen'));
  const stillLabel = e(t.t('dispute.pack.stillToCompleteLabel'));
  return `<section><h2>${e(t.t('dispute.pack.heading'))}</h2>
<p>${e(draft.platform.name)}: ${e(draft.platform.where)}. ${e(t.t('dispute.pack.whatWentWrong', { problems }))}</p>
${list(draft.gaps.map((g, i) => `${stillLabel} ${both(t, g, draft.gapMsgs?.[i])}`))}
<h3>${e(t.t('dispute.fieldsTitle'))}</h3>${fields}
<h3>${e(t.t('dispute.claims'))}</h3>${claims || `<p>${e(t.t('dispute.noClaims'))}</p>`}
<h3>${e(t.t('dispute.refusals'))}</h3>${refusals || `<p>${e(t.t('dispute.noRefusals'))}</p>`}
<h3>${e(t.t('dispute.amount'))}</h3>${amount}
<h3>${e(t.t('dispute.deadline'))}</h3>${deadline}
</section>`;
}
