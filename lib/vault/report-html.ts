import { renderDraftSection } from '../dispute/html';
import type { DisputeDraft } from '../dispute/types';
import { formatDeadlineIn, intlLocale } from '../i18n/format';
import { english, type Translator } from '../i18n/translate';
import type { DisputeKit } from './dispute-kit';
import { escapeHtml, revealBidiControls, safeHttpUrl } from './escape-html';
import { eventSummaryMsg, problemMeaningMsg } from './history/describe';
import type { HistoryEntry } from './history/entry';
import type { HistoryProblem } from './history/problems';
import { kitKeys } from './kit-words';
import type { PackFile, PackManifest } from './pack-format';
import type { ReportContext } from './report-context';

/**
 * report.html: one self-contained page a dispute officer can open offline.
 * No scripts, no external resources (the CSP forbids both), and every piece
 * of stranger text escaped: a supplier's chat line must never become markup.
 */

export interface ReportInput {
  manifest: PackManifest;
  context: Required<ReportContext>;
  kit: DisputeKit;
  /** Files whose bytes no longer matched the hash taken at capture. */
  mismatches: readonly { path: string; expected: string; actual: string }[];
  /** The case's history as packed, and what the export's check of it found. */
  history?: { entries: readonly HistoryEntry[]; problems: readonly HistoryProblem[] };
  dispute?: DisputeDraft;
  /** The buyer's language (the command line passes English); its tag is recorded in the manifest. */
  t?: Translator;
  /** Where the buyer is: every date of the report is shown in this zone, and named. */
  timeZone?: string;
}

/** An instant in the reader's language and the buyer's zone, named ("2 déc. 2026, 04:15 UTC"); the ISO value stays in the markup. */
function when(t: Translator, iso: string, timeZone: string): string {
  const shown = formatDeadlineIn(t.language, iso, timeZone);
  return shown === iso ? e(iso) : `<time datetime="${e(iso)}">${e(shown)}</time>`;
}

/** Every stranger's string goes through here: escaped, with bidi overrides made visible. */
function e(text: string | number): string {
  return escapeHtml(revealBidiControls(String(text)));
}

const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:64rem;padding:0 1rem;color:#111}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.35rem;vertical-align:top;text-align:left}
code{font-size:12px;word-break:break-all}img{max-width:120px;max-height:120px}.critical{color:#a00}.warning{color:#a60}
blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #999;white-space:pre-wrap}.alert{background:#fee;padding:.6rem}`;

function section(title: string, body: string): string {
  return body ? `<section><h2>${e(title)}</h2>${body}</section>` : '';
}

function table(headers: readonly string[], rows: readonly string[][]): string {
  if (rows.length === 0) return '';
  const head = headers.map((h) => `<th>${e(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function link(url: string): string {
  const href = safeHttpUrl(url);
  return href ? `<a href="${e(href)}">${e(url)}</a>` : e(url);
}

/** A finding in the report's language when it carries its message keys; one stored before that keeps its English. */
function findings(t: Translator, context: Required<ReportContext>): string {
  const severity = {
    critical: t.t('severity.critical'),
    warning: t.t('severity.warning'),
    info: t.t('severity.info'),
  };
  return context.findings
    .map((f) => {
      const message = f.text ? t.render(f.text.message) : f.message;
      const fix = f.text ? t.render(f.text.fix) : f.fix;
      const fixInEnglish = f.text && t.language !== 'en' ? english.render(f.text.fix) : null;
      return `<article><h3 class="${e(f.severity)}">${e(severity[f.severity].toUpperCase())}: ${e(message)}</h3>
${f.quote ? `<blockquote>${e(f.quote)}</blockquote>` : ''}<p><b>${e(t.t('common.whatToDo'))}</b> ${e(fix)}</p>
${fixInEnglish && fixInEnglish !== fix ? `<p lang="en"><b>${e(t.t('common.forSupplier'))}</b> ${e(fixInEnglish)}</p>\n` : ''}<p><small>${e(t.t('meta.ruleSource', { rule: f.rule, source: `${f.source.label} (${f.source.ref})` }))}</small></p></article>`;
    })
    .join('\n');
}

function transcript(t: Translator, file: PackFile): string {
  if (!file.transcript?.length) return '';
  const lines = file.transcript.map(
    (l) => `<li><b>${e(l.from)}</b> <small>${e(l.at)}</small><br>${e(l.text)}</li>`,
  );
  return `<details><summary>${e(t.plural('pack.transcript', file.transcript.length))}</summary><ol>${lines.join('')}</ol></details>`;
}

function evidenceRow(t: Translator, timeZone: string, file: PackFile): string[] {
  // The path is ours (numbered, sanitised); the thumbnail passed the data-URL schema (raster only).
  const thumb = file.thumbnail ? `<img alt="" src="${e(file.thumbnail)}">` : '';
  const bytes = new Intl.NumberFormat(intlLocale(t.language), {
    style: 'unit',
    unit: 'byte',
    unitDisplay: 'long',
  }).format(file.size);
  return [
    thumb,
    `<a href="${e(file.path)}">${e(file.path)}</a><br><small>${e(file.fileName)} · ${e(file.mimeType)} · ${e(bytes)}</small>`,
    e(file.kind),
    `${when(t, file.capturedAt, timeZone)}<br><small>${e(file.captureMethod)}</small>`,
    `${e(file.sourceTitle)}<br><small>${link(file.sourceUrl)}</small>`,
    `${e(file.note)}${file.tags.length ? `<br><small>${e(t.t('pack.tags', { tags: file.tags.join(', ') }))}</small>` : ''}${transcript(t, file)}`,
    `<code>${e(file.sha256)}</code>`,
  ];
}

/** The located English message; in a translated report, what it means in the report's language after it. */
function problemLine(t: Translator, p: HistoryProblem): string {
  if (t.language === 'en') return e(p.message);
  return `<span lang="en">${e(p.message)}</span> <i>${e(t.t('vaultHistoryText.meaning'))}</i> ${e(t.render(problemMeaningMsg(p.code)))}`;
}

function historySection(t: Translator, manifest: PackManifest, history: ReportInput['history']): string {
  const ref = manifest.history;
  if (!ref || !history) return '';
  // The explanation of how to check the pack stays in English in every report: it names files, fields and
  // commands exactly, and a dispute officer or a tool reads it as it is. The headings and verdicts are translated.
  const head = ref.caseHead
    ? `entry <b>#${ref.caseHead.seq}</b>, SHA-256 <code>${e(ref.caseHead.hash)}</code>`
    : 'none (the case has no history entries)';
  const state = history.problems.length
    ? `<p class="alert">${e(t.t('pack.historyBroken'))}</p><ul>${history.problems.map((p) => `<li>${problemLine(t, p)}</li>`).join('')}</ul>`
    : `<p>${e(t.t('pack.historyIntact'))}</p>`;
  const rows = history.entries.map((entry) => [
    `#${entry.seq}`,
    e(entry.at),
    e(t.render(eventSummaryMsg(entry))),
    `<code>${e(entry.hash.slice(0, 16))}…</code>`,
  ]);
  return `<section><h2>${e(t.t('pack.historyTitle'))}</h2>
<p>${e(t.t('pack.historyIntro', { entries: ref.entries + 1 }))}</p>
<p lang="en">TradeGuard records every change to the vault (case created, file added with its SHA-256, note or tag changed, file deleted, pack imported, backup restored) in a log whose entries each carry the hash of the entry before. Head of this case's history when this report was written: ${head}.${ref.vaultHead ? ` Head of the whole vault then: entry #${ref.vaultHead.seq}.` : ''} Making this pack then added one more entry, <b>“pack made”</b>, which records the SHA-256 of this report, of <code>dispute.md</code> and of the manifest's statements (case, files, titles, notes, transcripts); that entry is the pack's head, named in <code>manifest.json</code> (<code>history.caseHead</code>) and shown in TradeGuard's side panel. All ${ref.entries + 1} entries are in <code>${e(ref.path)}</code>.</p>
${state}
<p lang="en"><b>How to check it.</b> With TradeGuard's command line: <code>npx tradeguard verify-pack THIS.zip</code> re-hashes every file and every entry and says exactly what was changed and where. Without it: unzip, run <code>sha256sum -c SHA256SUMS</code> (every file must say OK); each entry's <code>hash</code> is the SHA-256 of the RFC 8785 canonical JSON of the entry without its <code>hash</code>, and each <code>casePrev</code> is the hash of the case's entry before it (64 zeros for the first). The last entry, <code>pack-exported</code>, must name in <code>report</code> and <code>dispute</code> the SHA-256 that <code>sha256sum report.html dispute.md</code> prints, and in <code>manifest</code> the SHA-256 of the RFC 8785 canonical JSON of <code>manifest.json</code> without its <code>history</code> member (<code>records</code>: the same for each file's entry in the manifest). SHA256SUMS alone proves nothing: anyone can rewrite it; the history's head is what binds the files. Write down the pack's head (from <code>manifest.json</code> or the side panel), or send it with your dispute: this pack's history, and any later copy of it, must still contain that entry with that hash, or it was rewritten.</p>
${table([t.t('pack.col.entry'), t.t('pack.col.whenUtc'), t.t('pack.col.whatHappened'), t.t('pack.col.hash')], rows)}</section>`;
}

export function renderReport({
  manifest,
  context,
  kit,
  mismatches,
  history,
  dispute,
  t = english,
  timeZone = 'UTC',
}: ReportInput): string {
  const c = manifest.case;
  const integrity = mismatches.length
    ? `<p class="alert">${e(t.plural('pack.mismatches', mismatches.length, { paths: mismatches.map((m) => m.path).join(', ') }))}</p>`
    : '';
  const kitRows = kit.lines.map((l) => [
    e(t.render(kitKeys(l.kind).label)),
    String(l.count),
    l.missing
      ? e(t.t('pack.kitMissing', { whatToDo: t.render(kitKeys(l.kind).whatToDo) }))
      : e(t.t('pack.kitPresent')),
  ]);
  const where = c.orderId
    ? t.t('pack.subtitleOrder', { marketplace: c.marketplace, order: c.orderId })
    : t.t('pack.subtitle', { marketplace: c.marketplace });
  const supplier = c.supplierKey ? ` · ${e(t.t('pack.supplier', { supplier: c.supplierKey }))}` : '';
  const title = e(t.t('pack.title', { title: c.title }));
  return `<!doctype html>
<html lang="${e(t.language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width">
<title>${title}</title><style>${STYLE}</style></head>
<body>
<h1>${title}</h1>
<p>${e(where)}${supplier} · ${e(t.t('pack.generated', { generator: manifest.generator }))} ${when(t, manifest.generatedAt, timeZone)}</p>
${integrity}
<p>${e(t.t('pack.howToHash'))} <code>sha256sum FILE</code> (Linux), <code>shasum -a 256 FILE</code> (macOS) ·
<code>certutil -hashfile FILE SHA256</code> (Windows).</p>
${section(
  t.t('pack.orderFacts'),
  table(
    [t.t('pack.col.fact'), t.t('pack.col.value')],
    context.facts.map((f) => [e(f.label), e(f.value)]),
  ),
)}
${section(t.t('pack.findings'), findings(t, context))}
${section(
  t.t('pack.timeline'),
  table(
    [t.t('pack.col.when'), t.t('pack.col.event'), t.t('pack.col.note'), t.t('pack.col.source')],
    context.timeline.map((ev) => [
      when(t, ev.at, timeZone),
      e(ev.type.replaceAll('_', ' ')),
      e(ev.note ?? ''),
      ev.source.kind === 'page' ? link(ev.source.url) : e(t.t('pack.enteredByBuyer')),
    ]),
  ),
)}
${section(
  t.t('pack.deadlines'),
  table(
    [t.t('pack.col.deadline'), t.t('pack.col.due'), t.t('pack.col.note')],
    context.deadlines.map((d) => [e(d.label), e(d.dueAt), e(d.note ?? '')]),
  ),
)}
${dispute ? renderDraftSection(dispute, t) : ''}
${section(t.t('pack.kit'), table([t.t('pack.col.document'), t.t('pack.col.files'), t.t('pack.col.status')], kitRows))}
${section(
  t.plural('pack.evidence', manifest.files.length),
  table(
    [
      '',
      t.t('pack.col.file'),
      t.t('pack.col.kind'),
      t.t('pack.col.captured'),
      t.t('pack.col.source'),
      t.t('pack.col.note'),
      'SHA-256',
    ],
    manifest.files.map((f) => evidenceRow(t, timeZone, f)),
  ) || `<p>${e(t.t('pack.noEvidence'))}</p>`,
)}
${historySection(t, manifest, history)}
</body></html>
`;
}
