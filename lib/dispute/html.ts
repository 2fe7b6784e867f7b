import type { RuleSource } from '../model/finding';
import { formatMoney } from '../model/money';
import { escapeHtml, revealBidiControls, safeHttpUrl } from '../vault/escape-html';
import { PROBLEM_LABELS } from './answers';
import type { DisputeDraft, RuleSentence } from './types';

/**
 * The dispute draft as a section of report.html. Every string goes through
 * `e` (escaped, bidi overrides shown); sources link only to http(s) addresses.
 */
const e = (text: string | number) => escapeHtml(revealBidiControls(String(text)));

function source(s: RuleSource): string {
  const href = safeHttpUrl(s.ref);
  return `<small>Source: ${href ? `<a href="${e(href)}">${e(s.label)}</a>` : e(s.label)}</small>`;
}

const rule = (r: RuleSentence) => `${e(r.text)} ${source(r.source)}`;
const list = (items: string[]) =>
  items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '';

export function renderDraftSection(draft: DisputeDraft): string {
  const fields = draft.fields
    .map(
      (f) =>
        `<h4>${e(f.label)}</h4><p><small>${e(f.hint)}</small></p><pre style="white-space:pre-wrap">${e(f.text || '(empty)')}</pre>`,
    )
    .join('\n');
  const claims = draft.claims
    .map(
      (
        c,
      ) => `<h4>${e(c.name)}${c.status === 'not-yet' ? ' (not yet)' : c.status === 'weak' ? ' (weak)' : ''}</h4>
${list([
  ...c.facts.map(e),
  ...c.quotes.map((q) => `The order, ${e(q.where)}: <q>${e(q.text)}</q>`),
  ...c.rules.map(rule),
  ...c.cautions.map((r) => `Caution: ${rule(r)}`),
])}`,
    )
    .join('\n');
  const refusals = list(
    draft.refusals.map(
      (r) =>
        `${e(r.what)}.${r.quote ? ` The order, ${e(r.quote.where)}: <q>${e(r.quote.text)}</q>.` : ''} ${rule(r.rule)}`,
    ),
  );
  const amount = `<table><thead><tr><th></th><th>Amount</th><th>How</th></tr></thead><tbody>${draft.amount.lines
    .map(
      (l) =>
        `<tr><td>${e(l.label)}</td><td>${l.amount ? e(formatMoney(l.amount)) : 'unknown'}${l.counted ? '' : ' (not counted)'}</td><td>${e(l.basis)}${l.source ? ` ${source(l.source)}` : ''}</td></tr>`,
    )
    .join(
      '',
    )}</tbody></table><p><b>${e(draft.amount.conclusion)}</b></p>${list(draft.amount.warnings.map(e))}`;
  const d = draft.deadline;
  const deadline = `<p><b>${e(d.label ?? 'No claim window has started yet')}${d.dueAt ? `: ${e(d.dueAt)}` : ''}</b></p>${list(
    [
      `${e(d.basis)}${d.source ? ` ${source(d.source)}` : ''}`,
      `Now: ${e(d.now)}`,
      `If it passes: ${e(d.ifMissed)}${d.ifMissedSource ? ` ${source(d.ifMissedSource)}` : ''}`,
    ],
  )}`;
  return `<section><h2>Dispute draft</h2>
<p>${e(draft.platform.name)}: ${e(draft.platform.where)}. What went wrong: ${e(draft.problems.map((p) => PROBLEM_LABELS[p]).join('; ') || 'not chosen')}.</p>
${list(draft.gaps.map((g) => `Still to complete: ${e(g)}`))}
<h3>The form, field by field</h3>${fields}
<h3>What is claimed</h3>${claims || '<p>Nothing can be claimed yet.</p>'}
<h3>What does not apply</h3>${refusals || '<p>Nothing found that the protection excludes.</p>'}
<h3>The amount</h3>${amount}
<h3>Deadline</h3>${deadline}
</section>`;
}
