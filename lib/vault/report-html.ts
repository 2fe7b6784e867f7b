import { renderDraftSection } from '../dispute/html';
import type { DisputeDraft } from '../dispute/types';
import type { DisputeKit } from './dispute-kit';
import { escapeHtml, revealBidiControls, safeHttpUrl } from './escape-html';
import { eventSummary } from './history/describe';
import type { HistoryEntry } from './history/entry';
import type { HistoryProblem } from './history/problems';
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

function findings(context: Required<ReportContext>): string {
  return context.findings
    .map(
      (f) => `<article><h3 class="${e(f.severity)}">${e(f.severity.toUpperCase())}: ${e(f.message)}</h3>
${f.quote ? `<blockquote>${e(f.quote)}</blockquote>` : ''}<p><b>What to do:</b> ${e(f.fix)}</p>
<p><small>Rule <code>${e(f.rule)}</code>; source: ${e(f.source.label)} (${e(f.source.ref)})</small></p></article>`,
    )
    .join('\n');
}

function transcript(file: PackFile): string {
  if (!file.transcript?.length) return '';
  const lines = file.transcript.map(
    (l) => `<li><b>${e(l.from)}</b> <small>${e(l.at)}</small><br>${e(l.text)}</li>`,
  );
  return `<details><summary>Chat transcript (${file.transcript.length} messages)</summary><ol>${lines.join('')}</ol></details>`;
}

function evidenceRow(file: PackFile): string[] {
  // The path is ours (numbered, sanitised); the thumbnail passed the data-URL schema (raster only).
  const thumb = file.thumbnail ? `<img alt="" src="${e(file.thumbnail)}">` : '';
  return [
    thumb,
    `<a href="${e(file.path)}">${e(file.path)}</a><br><small>${e(file.fileName)} · ${e(file.mimeType)} · ${file.size} bytes</small>`,
    e(file.kind),
    `${e(file.capturedAt)}<br><small>${e(file.captureMethod)}</small>`,
    `${e(file.sourceTitle)}<br><small>${link(file.sourceUrl)}</small>`,
    `${e(file.note)}${file.tags.length ? `<br><small>tags: ${e(file.tags.join(', '))}</small>` : ''}${transcript(file)}`,
    `<code>${e(file.sha256)}</code>`,
  ];
}

function historySection(manifest: PackManifest, history: ReportInput['history']): string {
  const ref = manifest.history;
  if (!ref || !history) return '';
  const head = ref.caseHead
    ? `entry <b>#${ref.caseHead.seq}</b>, SHA-256 <code>${e(ref.caseHead.hash)}</code>`
    : 'none (the case has no history entries)';
  const state = history.problems.length
    ? `<p class="alert">When this pack was made, TradeGuard found the history broken:</p><ul>${history.problems.map((p) => `<li>${e(p.message)}</li>`).join('')}</ul>`
    : '<p>When this pack was made, TradeGuard re-checked this history against the files: intact.</p>';
  const rows = history.entries.map((entry) => [
    `#${entry.seq}`,
    e(entry.at),
    e(eventSummary(entry)),
    `<code>${e(entry.hash.slice(0, 16))}…</code>`,
  ]);
  return `<section><h2>History of this case (tamper-evident)</h2>
<p>TradeGuard records every change to the vault (case created, file added with its SHA-256, note or tag changed, file deleted, pack imported, backup restored) in a log whose entries each carry the hash of the entry before. This case's ${ref.entries} entries are in <code>${e(ref.path)}</code>. Head of this case's history: ${head}.${ref.vaultHead ? ` Head of the whole vault then: entry #${ref.vaultHead.seq}.` : ''}</p>
${state}
<p><b>How to check it.</b> With TradeGuard's command line: <code>npx tradeguard verify-pack THIS.zip</code> re-hashes every file and every entry and says exactly what was changed and where. Without it: unzip, run <code>sha256sum -c SHA256SUMS</code> (every file must say OK); each entry's <code>hash</code> is the SHA-256 of the RFC 8785 canonical JSON of the entry without its <code>hash</code>, and each <code>casePrev</code> is the hash of the case's entry before it (64 zeros for the first). Write down the head above, or send it with your dispute: any later copy of this case's history must still contain that entry with that hash, or it was rewritten.</p>
${table(['Entry', 'When (UTC)', 'What happened', 'Hash'], rows)}</section>`;
}

export function renderReport({ manifest, context, kit, mismatches, history, dispute }: ReportInput): string {
  const c = manifest.case;
  const integrity = mismatches.length
    ? `<p class="alert">${mismatches.length} file(s) no longer match the hash taken at capture: ${mismatches
        .map((m) => `<code>${e(m.path)}</code>`)
        .join(', ')}. They are included as they are now.</p>`
    : '';
  const kitRows = kit.lines.map((l) => [
    e(l.label),
    String(l.count),
    l.missing ? `Missing. ${e(l.whatToDo)}` : 'Present',
  ]);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width">
<title>Dispute pack: ${e(c.title)}</title><style>${STYLE}</style></head>
<body>
<h1>Dispute pack: ${e(c.title)}</h1>
<p>${e(c.marketplace)}${c.orderId ? ` order <b>${e(c.orderId)}</b>` : ''}${c.supplierKey ? ` · supplier ${e(c.supplierKey)}` : ''} · generated ${e(manifest.generatedAt)} by ${e(manifest.generator)}</p>
${integrity}
<p>Every file below is stored exactly as it was captured. Its SHA-256 is listed here and in <code>manifest.json</code>;
check it with <code>sha256sum FILE</code> (Linux), <code>shasum -a 256 FILE</code> (macOS) or
<code>certutil -hashfile FILE SHA256</code> (Windows).</p>
${section(
  'Order facts',
  table(
    ['Fact', 'Value'],
    context.facts.map((f) => [e(f.label), e(f.value)]),
  ),
)}
${section('Findings', findings(context))}
${section(
  'Timeline',
  table(
    ['When', 'Event', 'Note', 'Source'],
    context.timeline.map((t) => [
      e(t.at),
      e(t.type.replaceAll('_', ' ')),
      e(t.note ?? ''),
      t.source.kind === 'page' ? link(t.source.url) : 'entered by the buyer',
    ]),
  ),
)}
${section(
  'Deadlines',
  table(
    ['Deadline', 'Due', 'Note'],
    context.deadlines.map((d) => [e(d.label), e(d.dueAt), e(d.note ?? '')]),
  ),
)}
${dispute ? renderDraftSection(dispute) : ''}
${section('Documents the dispute team asks for', table(['Document', 'Files', 'Status'], kitRows))}
${section(`Evidence index (${manifest.files.length} files)`, table(['', 'File', 'Kind', 'Captured', 'Source', 'Note', 'SHA-256'], manifest.files.map(evidenceRow)) || '<p>No evidence in this case yet.</p>')}
${historySection(manifest, history)}
</body></html>
`;
}
