import type { VaultDb } from './db';
import { parseRows, type RowProblem } from './rows-io';
import { type EvidenceKind, type ItemRow, ItemRowSchema } from './schema/rows';

export interface EvidenceQuery {
  /** Words that must all appear (any order) in the note, titles, file name, chat transcript or tags. */
  text?: string;
  tag?: string;
  caseId?: string;
  kind?: EvidenceKind;
}

/** Case- and width-insensitive form, so "ＰＩ" finds "pi" and "Invoice" finds "invoice". */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function haystack(item: ItemRow, caseTitle: string): string {
  const transcript = item.transcript?.map((line) => `${line.from} ${line.text}`).join('\n') ?? '';
  return fold(
    [item.note, item.sourceTitle, item.fileName, caseTitle, transcript, item.tags.join(' ')].join('\n'),
  );
}

export async function searchItems(
  db: VaultDb,
  query: EvidenceQuery,
): Promise<{ items: ItemRow[]; problems: RowProblem[] }> {
  const tag = query.tag ? fold(query.tag).trim() : undefined;
  const source = query.caseId
    ? db.items.where('caseId').equals(query.caseId)
    : tag
      ? db.items.where('tags').equals(tag)
      : db.items.toCollection();
  const { rows, problems } = parseRows('items', ItemRowSchema, await source.toArray());
  const caseTitles = new Map((await db.cases.toArray()).map((c) => [c.id, c.title ?? '']));
  const words = fold(query.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const items = rows.filter((item) => {
    if (item.state !== 'complete') return false;
    if (tag && !item.tags.includes(tag)) return false;
    if (query.kind && item.kind !== query.kind) return false;
    if (words.length === 0) return true;
    const text = haystack(item, caseTitles.get(item.caseId) ?? '');
    return words.every((w) => text.includes(w));
  });
  items.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
  return { items, problems };
}
