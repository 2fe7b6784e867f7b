import { messagesFromJson, TEXT_COLUMN_NAMES } from './transcript-shapes';
import type { ChatMessageInput } from './types';

/**
 * Reads a chat saved as a spreadsheet (CSV, semicolon-separated or tab-separated, with a header row that
 * names a text column: "sender,message", "from;text", "time\tauthor\tcontent"). Quoted cells may hold the
 * delimiter, doubled quotes and line breaks (RFC 4180), because suppliers' messages do.
 */
const DELIMITERS = [',', ';', '\t'] as const;

function splitRows(input: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  // Where the open quote began: a quote that never closes was not a quote (a message that opens with
  // one, an export cut short), and reading on as one cell would give every later message to that row's
  // sender. Nothing but the cell changes while a quote is open, so reading again from it is enough.
  let openedAt = -1;
  const literalQuotes = new Set<number>();
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '' && !literalQuotes.has(i)) {
      quoted = true;
      openedAt = i;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    if (quoted && i === input.length - 1) {
      literalQuotes.add(openedAt);
      cell = '';
      quoted = false;
      i = openedAt - 1;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

function headerCells(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, '').trim().toLowerCase());
}

/** The delimiter of a table whose header row names a text column, or null when the input is not one. */
export function tableDelimiter(input: string): string | null {
  const firstLine = input.trimStart().split(/\r?\n/, 1)[0] ?? '';
  for (const delimiter of DELIMITERS) {
    const cells = headerCells(firstLine, delimiter);
    if (cells.length >= 2 && cells.some((c) => TEXT_COLUMN_NAMES.includes(c))) return delimiter;
  }
  return null;
}

export function parseTable(input: string, delimiter: string): ChatMessageInput[] {
  const [header, ...rows] = splitRows(input.trimStart(), delimiter);
  const names = (header ?? []).map((c) => c.trim().toLowerCase());
  const records = rows.map((cells) =>
    Object.fromEntries(
      names.map((name, i) => [name, cells[i] ?? ''] as const).filter(([name]) => name !== ''),
    ),
  );
  return messagesFromJson(records, 'table row');
}
