import type { Msg } from '../i18n/msg';
import { english, type Translator } from '../i18n/translate';
import type { RuleSource } from '../model/finding';
import { formatMoney } from '../model/money';
import { fieldHint, fieldLabel, fieldParagraphs } from './field-words';
import { fileKind, kindName, kindState, problemList } from './pack-words';
import type { AmountLine, DisputeDraft, DraftDeadline, DraftField, RuleSentence } from './types';

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
  // A carriage return alone ends a line in CommonMark as a line feed does.
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, ' ');
}

const cite = (s: RuleSource) => `[${mdText(s.label)}](${encodeURI(s.ref)})`;
/** " (source: [title](address))", in the document's language. */
const sourced = (t: Translator, s: RuleSource) =>
  ` ${mdText(t.t('dispute.pack.sourceInline', { source: '\u0000' })).replace('\u0000', cite(s))}`;

/**
 * The English (what goes to the platform) and, in a pack written in another language, the same message in
 * that language after it, labelled as the buyer's to read. English packs and the copied draft are unchanged.
 */
function both(t: Translator, text: string, m: Msg | undefined): string {
  if (t.language === 'en' || !m) return mdText(text);
  return `${mdText(text)} — _${mdText(t.t('disputeText.ui.yours'))}_ ${mdText(t.render(m))}`;
}

/** Under a pasted field in a translated pack: what it says, in the buyer's language, to read (not to paste). */
function fieldInYourLanguage(t: Translator, f: DraftField): string[] {
  const paragraphs = fieldParagraphs(t, f);
  if (paragraphs.length === 0) return [];
  const quoted = paragraphs.flatMap((p) => [`> ${mdText(p)}`, '>']).slice(0, -1);
  return [`_${mdText(t.t('disputeText.ui.yours'))}_`, '', ...quoted, ''];
}

/** A pasteable field: a fenced block longer than any backtick run inside it. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

function amountLine(t: Translator, l: AmountLine): string {
  const value = l.amount ? formatMoney(l.amount) : mdText(t.t('dispute.unknown'));
  const source = l.source ? sourced(t, l.source) : '';
  return `| ${both(t, l.label, l.labelMsg)} | ${value}${l.counted ? '' : ` ${mdText(t.t('dispute.notCounted'))}`} | ${both(t, l.basis, l.basisMsg)}${source} |`;
}

function deadline(t: Translator, d: DraftDeadline): string[] {
  const head = d.dueAt
    ? `**${mdText(d.label ?? t.t('dispute.pack.claimDeadline'))}: ${d.dueAt}** (${d.status})${d.label ? yoursOnly(t, d.labelMsg) : ''}`
    : `**${mdText(t.t('dispute.noWindow'))}.**`;
  return [
    head,
    '',
    `- ${mdText(t.t('dispute.pack.basis'))} ${both(t, d.basis, d.basisMsg)}${d.source ? sourced(t, d.source) : ''}`,
    `- ${mdText(t.t('dispute.now'))} ${both(t, d.now, d.nowMsg)}`,
    `- ${mdText(t.t('dispute.ifMissed'))} ${both(t, d.ifMissed, d.ifMissedMsg)}${d.ifMissedSource ? sourced(t, d.ifMissedSource) : ''}`,
    ...d.others.map(
      (o) =>
        `- ${mdText(t.t('dispute.pack.also'))} ${mdText(o.label)}, ${o.dueAt}: ${mdText(o.whatToDo)}${yoursOnly(t, o.labelMsg, o.whatToDoMsg)}`,
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
  const rule = (r: RuleSentence) => `${both(t, r.text, r.textMsg)}${sourced(t, r.source)}`;
  const out: string[] = [
    `# ${mdText(t.t('dispute.pack.mdTitle', { platform: draft.marketplace === 'alibaba' ? 'Alibaba.com' : 'AliExpress', order: draft.orderId ?? `(${t.t('dispute.unknown')})` }))}`,
    '',
    mdText(
      t.t('dispute.pack.drafted', {
        when: draft.generatedAt,
        platform: draft.platform.name,
        where: draft.platform.where,
      }),
    ),
    '',
    mdText(
      t.t('dispute.pack.whatWentWrong', {
        problems: problemList(t, draft.problems, t.t('dispute.pack.notChosenYet')),
      }),
    ),
    '',
    ...draft.platform.steps.map((s) => `- ${rule(s)}`),
    '',
  ];
  if (draft.gaps.length)
    out.push(
      `## ${mdText(t.t('dispute.pack.stillToComplete'))}`,
      '',
      ...draft.gaps.map((g, i) => `- ${both(t, g, draft.gapMsgs?.[i])}`),
      '',
    );
  // The document's own words follow its language; in English they are the catalog's English, byte for byte.
  const orderSays = (where: string) => mdText(t.t('dispute.orderSays', { where }));
  out.push(`## ${mdText(t.t('dispute.fieldsTitle'))}`, '');
  for (const f of draft.fields) {
    out.push(
      `### ${mdText(fieldLabel(t, draft, f))}`,
      '',
      mdText(fieldHint(t, draft, f)),
      '',
      fenced(f.text || t.t('dispute.pack.empty')),
      '',
      ...fieldInYourLanguage(t, f),
    );
  }
  out.push(`## ${mdText(t.t('dispute.claims'))}`, '');
  for (const c of draft.claims) {
    out.push(
      `### ${both(t, c.name, c.nameMsg)}${c.status === 'not-yet' ? ` (${mdText(t.t('dispute.status.notYet'))})` : c.status === 'weak' ? ` (${mdText(t.t('dispute.weakSeeCautions'))})` : ''}`,
      '',
    );
    out.push(...c.facts.map((f, i) => `- ${both(t, f, c.factMsgs?.[i])}`));
    out.push(...c.quotes.map((q) => `- ${orderSays(q.where)} “${mdText(q.text)}”`));
    out.push(...c.rules.map((r) => `- ${mdText(t.t('dispute.pack.rule'))} ${rule(r)}`));
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
  const files = t.plural('dispute.pack.files', draft.evidence.items.length);
  out.push(`## ${mdText(t.t('dispute.pack.evidenceHeading', { files }))}`, '');
  out.push(
    ...draft.evidence.items.map(
      (e) =>
        `- ${mdText(e.fileName)}: ${mdText(fileKind(t, e.kind, e.kindLabel))}, ${mdText(t.t('dispute.capturedAt', { when: e.capturedAt }))}, SHA-256 \`${e.sha256}\``,
    ),
    '',
  );
  for (const k of draft.evidence.kinds) {
    const toGet = k.toGet ? ` ${mdText(t.t('dispute.pack.toGetIt'))} ${both(t, k.toGet, k.toGetMsg)}` : '';
    out.push(`- **${mdText(kindName(t, k))}**: ${mdText(kindState(t, k))}. ${rule(k.why)}${toGet}`);
  }
  out.push('', `## ${mdText(t.t('dispute.deadline'))}`, '', ...deadline(t, draft.deadline), '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
