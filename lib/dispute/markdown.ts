import type { Msg } from '../i18n/msg';
import { english, type Translator } from '../i18n/translate';
import type { RuleSource } from '../model/finding';
import { formatMoney } from '../model/money';
import { PROBLEM_LABELS } from './answers';
import type { AmountLine, DisputeDraft, DraftDeadline, RuleSentence } from './types';
import { count } from './words';

/**
 * dispute.md: the whole draft as a plain document beside the pack's manifest,
 * fields first (what to paste, in the form's order), then the reasoning: what
 * is claimed and refused and why, the arithmetic, the evidence and the
 * deadline. Supplier text appears only inside quotes and code spans, so the
 * file shows the same in any Markdown viewer.
 */

/**
 * Markdown's inline markers escaped (no emphasis, code, link, HTML, table cell
 * or strike-through can start inside), line breaks folded: a quote from a page
 * stays text. Every use sits after a list marker or other text, so line-start
 * markers (#, >, -) cannot take effect.
 */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const cite = (s: RuleSource) => `[${mdText(s.label)}](${encodeURI(s.ref)})`;

/**
 * The English (what goes to the platform) and, in a pack written in another language, the same message in
 * that language after it, labelled as the buyer's to read. English packs and the copied draft are unchanged.
 */
function both(t: Translator, text: string, m: Msg | undefined): string {
  if (t.language === 'en' || !m) return mdText(text);
  return `${mdText(text)} — _${mdText(t.t('disputeText.ui.yours'))}_ ${mdText(t.render(m))}`;
}

/** A pasteable field: a fenced block longer than any backtick run inside it. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

function amountLine(t: Translator, l: AmountLine): string {
  const value = l.amount ? formatMoney(l.amount) : mdText(t.t('dispute.unknown'));
  const source = l.source ? ` (source: ${cite(l.source)})` : '';
  return `| ${both(t, l.label, l.labelMsg)} | ${value}${l.counted ? '' : ` ${mdText(t.t('dispute.notCounted'))}`} | ${both(t, l.basis, l.basisMsg)}${source} |`;
}

function deadline(t: Translator, d: DraftDeadline): string[] {
  const head = d.dueAt
    ? `**${mdText(d.label ?? 'Claim deadline')}: ${d.dueAt}** (${d.status})${d.label ? yoursOnly(t, d.labelMsg) : ''}`
    : `**${mdText(t.t('dispute.noWindow'))}.**`;
  return [
    head,
    '',
    `- Basis: ${both(t, d.basis, d.basisMsg)}${d.source ? ` (source: ${cite(d.source)})` : ''}`,
    `- ${mdText(t.t('dispute.now'))} ${both(t, d.now, d.nowMsg)}`,
    `- ${mdText(t.t('dispute.ifMissed'))} ${both(t, d.ifMissed, d.ifMissedMsg)}${d.ifMissedSource ? ` (source: ${cite(d.ifMissedSource)})` : ''}`,
    ...d.others.map(
      (o) =>
        `- Also: ${mdText(o.label)}, ${o.dueAt}: ${mdText(o.whatToDo)}${yoursOnly(t, o.labelMsg, o.whatToDoMsg)}`,
    ),
  ];
}

/** Only the buyer's language (after an English line already written), or nothing in English. */
function yoursOnly(t: Translator, ...ms: (Msg | undefined)[]): string {
  if (t.language === 'en' || ms.some((m) => !m)) return '';
  return ` — _${mdText(t.t('disputeText.ui.yours'))}_ ${ms.map((m) => mdText(t.render(m!))).join(': ')}`;
}

/** dispute.md; `t` other than English adds the buyer's language after each English sentence (the pack's copy). */
export function renderDisputeMarkdown(draft: DisputeDraft, t: Translator = english): string {
  const rule = (r: RuleSentence) => `${both(t, r.text, r.textMsg)} (source: ${cite(r.source)})`;
  const out: string[] = [
    `# Dispute draft: ${draft.marketplace === 'alibaba' ? 'Alibaba.com' : 'AliExpress'} order ${mdText(draft.orderId ?? '(unknown)')}`,
    '',
    `Drafted by TradeGuard on ${draft.generatedAt} for ${mdText(draft.platform.name)}. Where: ${mdText(draft.platform.where)}.`,
    '',
    `What went wrong: ${draft.problems.map((p) => PROBLEM_LABELS[p]).join('; ') || 'not chosen yet'}.`,
    '',
    ...draft.platform.steps.map((s) => `- ${rule(s)}`),
    '',
  ];
  if (draft.gaps.length)
    out.push(
      '## Still to complete',
      '',
      ...draft.gaps.map((g, i) => `- ${both(t, g, draft.gapMsgs?.[i])}`),
      '',
    );
  // The document's own words follow its language; in English they are the catalog's English, byte for byte.
  const orderSays = (where: string) => mdText(t.t('dispute.orderSays', { where }));
  out.push(`## ${mdText(t.t('dispute.fieldsTitle'))}`, '');
  for (const f of draft.fields) {
    out.push(`### ${mdText(f.label)}`, '', mdText(f.hint), '', fenced(f.text || '(empty)'), '');
  }
  out.push(`## ${mdText(t.t('dispute.claims'))}`, '');
  for (const c of draft.claims) {
    out.push(
      `### ${both(t, c.name, c.nameMsg)}${c.status === 'not-yet' ? ' (not yet)' : c.status === 'weak' ? ` (${mdText(t.t('dispute.weakSeeCautions'))})` : ''}`,
      '',
    );
    out.push(...c.facts.map((f, i) => `- ${both(t, f, c.factMsgs?.[i])}`));
    out.push(...c.quotes.map((q) => `- ${orderSays(q.where)} “${mdText(q.text)}”`));
    out.push(...c.rules.map((r) => `- Rule: ${rule(r)}`));
    out.push(...c.cautions.map((r) => `- ${mdText(t.t('dispute.caution'))} ${rule(r)}`), '');
  }
  if (draft.claims.length === 0) out.push(mdText(t.t('dispute.noClaims')), '');
  out.push(`## ${mdText(t.t('dispute.refusals'))}`, '');
  if (draft.refusals.length === 0) out.push(mdText(t.t('dispute.noRefusals')), '');
  for (const r of draft.refusals) {
    out.push(
      `- ${both(t, `${r.what}.`, r.whatMsg)}${r.quote ? ` ${orderSays(r.quote.where)} “${mdText(r.quote.text)}”.` : ''} ${rule(r.rule)}`,
    );
  }
  out.push(
    '',
    `## ${mdText(t.t('dispute.amount'))}`,
    '',
    `| | ${mdText(t.t('dispute.amountColumn'))} | ${mdText(t.t('dispute.howColumn'))} |`,
    '|---|---|---|',
    ...draft.amount.lines.map((l) => amountLine(t, l)),
    '',
  );
  out.push(both(t, draft.amount.conclusion, draft.amount.conclusionMsg), '');
  if (draft.amount.extra) out.push(`${mdText(t.t('dispute.alsoClaimable'))} ${rule(draft.amount.extra)}`, '');
  out.push(...draft.amount.warnings.map((w, i) => `- ${both(t, w, draft.amount.warningMsgs?.[i])}`), '');
  out.push(`## Evidence (${count(draft.evidence.items.length, 'file')})`, '');
  out.push(
    ...draft.evidence.items.map(
      (e) =>
        `- ${mdText(e.fileName)}: ${mdText(e.kindLabel)}, captured ${e.capturedAt}, SHA-256 \`${e.sha256}\``,
    ),
    '',
  );
  for (const k of draft.evidence.kinds) {
    const state =
      k.count > 0
        ? `${k.count} in the case`
        : k.need === 'not-needed'
          ? 'not needed for this claim'
          : `missing (${k.need})`;
    out.push(
      `- **${mdText(k.label)}**: ${state}. ${rule(k.why)}${k.toGet ? ` To get it: ${mdText(k.toGet)}` : ''}`,
    );
  }
  out.push('', `## ${mdText(t.t('dispute.deadline'))}`, '', ...deadline(t, draft.deadline), '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
