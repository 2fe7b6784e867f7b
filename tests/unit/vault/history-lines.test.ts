import { describe, expect, it } from 'vitest';
import { catalogOf } from '../../../lib/i18n/catalogs';
import { LANGUAGES } from '../../../lib/i18n/languages';
import { createTranslator } from '../../../lib/i18n/translate';
import { eventSummary, eventSummaryMsg, problemMeaningMsg } from '../../../lib/vault/history/describe';
import type { HistoryEntry } from '../../../lib/vault/history/entry';
import type { HistoryProblemCode } from '../../../lib/vault/history/problems';

/**
 * The history's entry lines: the English report.html and the command line have always written, byte for
 * byte, and the same line in the buyer's language for the side panel and a translated report.
 */
const H = 'a'.repeat(64);
const entry = (type: HistoryEntry['type'], data: Record<string, unknown>): HistoryEntry =>
  ({
    seq: 3,
    type,
    at: '2026-11-20T10:00:00.000Z',
    caseId: 'c1',
    data,
    hash: H,
    prev: H,
  }) as unknown as HistoryEntry;
const item = {
  itemId: 'i1',
  sha256: 'b'.repeat(64),
  size: 10,
  kind: 'contract',
  mimeType: 'image/png',
  fileName: 'order.png',
  capturedAt: '2026-11-20T10:00:00Z',
  captureMethod: 'upload',
  sourceUrl: '',
  note: '',
  tags: [],
};

const ENTRIES: HistoryEntry[] = [
  entry('history-started', { reason: 'upgrade', cases: 2, items: 1234 }),
  entry('case-created', { kind: 'order', marketplace: 'alibaba', title: 'Order 2188', via: 'capture' }),
  entry('case-created', { kind: 'order', marketplace: 'alibaba', title: 'Order 2188', via: 'import' }),
  entry('case-renamed', { title: 'Baskets' }),
  entry('case-deleted', { reason: 'deleted by you', items: 3 }),
  entry('item-added', { ...item, via: 'restore' }),
  entry('item-added', { ...item, via: 'baseline' }),
  entry('item-annotated', {
    itemId: 'i1',
    note: 'red, not orange',
    tags: ['sgs', 'colour'],
    kind: 'inspection',
  }),
  entry('item-deleted', { itemId: 'i1', sha256: 'c'.repeat(64), reason: 'duplicate' }),
  entry('item-deleted', { itemId: 'i1', reason: 'duplicate' }),
  entry('pack-imported', {
    importId: 'x',
    files: 4,
    duplicates: 1,
    caseCreated: true,
    packCaseHead: null,
    packGeneratedAt: 'x',
  }),
  entry('pack-exported', {
    generatedAt: 'x',
    manifest: 'd'.repeat(64),
    report: 'e'.repeat(64),
    dispute: 'f'.repeat(64),
    records: { a: H, b: H },
  }),
  entry('pack-exported', { generatedAt: 'x', manifest: 'd'.repeat(64), report: 'e'.repeat(64), records: {} }),
  entry('restored', {
    importId: 'x',
    backupHead: null,
    backupEntries: 9,
    adopted: true,
    addedCases: 1,
    addedItems: 5,
    duplicates: 0,
  }),
  entry('restored', {
    importId: 'x',
    backupHead: null,
    backupEntries: 9,
    adopted: false,
    addedCases: 1,
    addedItems: 5,
    duplicates: 0,
  }),
  entry('case-renamed', { nope: 1 }),
];

describe('history entry lines', () => {
  it('English exactly as before', () => {
    expect(ENTRIES.map(eventSummary)).toEqual(EXPECTED);
  });

  it('in Spanish and Chinese for the buyer, with no placeholder left', () => {
    const es = createTranslator('es');
    expect(es.render(eventSummaryMsg(ENTRIES[2]!))).toBe(
      'Caso creado: «Order 2188» (importado de un paquete de disputa)',
    );
    expect(createTranslator('zh-CN').render(eventSummaryMsg(ENTRIES[4]!))).toBe(
      '已删除案件及其 3 个项目：deleted by you',
    );
    for (const language of ['es', 'pt-BR', 'fr', 'zh-CN'] as const)
      for (const e of ENTRIES)
        expect(createTranslator(language).render(eventSummaryMsg(e))).not.toMatch(/\{\w+\}/);
  });
});

/** Every problem code, held complete by the compiler. */
const CODES = {
  unreadable: true,
  altered: true,
  moved: true,
  missing: true,
  'out-of-order': true,
  'broken-link': true,
  truncated: true,
  'head-mismatch': true,
  'row-missing': true,
  'row-unrecorded': true,
  'row-changed': true,
  'bytes-changed': true,
  'bytes-missing': true,
} satisfies Record<HistoryProblemCode, true>;

describe('history problems', () => {
  it.each(LANGUAGES)('%s says what each kind of problem means', (language) => {
    for (const code of Object.keys(CODES) as HistoryProblemCode[])
      expect(catalogOf(language).get(problemMeaningMsg(code).key), code).toBeTruthy();
  });
});

/** Written by describe.ts as it stood on main before the lines became messages (2 Dec 2026). */
const EXPECTED: string[] = [
  'History started on upgrade: 2 case(s) and 1234 item(s) already in the vault',
  'Case created: “Order 2188”',
  'Case created: “Order 2188” (imported from a dispute pack)',
  'Case renamed: “Baskets”',
  'Case deleted with 3 item(s): deleted by you',
  'Added “order.png” (contract), SHA-256 bbbbbbbbbbbbbbbb… (restored from a backup)',
  'Added “order.png” (contract), SHA-256 bbbbbbbbbbbbbbbb… (already in the vault when history began)',
  'Note, tags or kind changed: note “red, not orange”, tags [sgs, colour], kind inspection',
  'Item deleted (SHA-256 cccccccccccccccc…): duplicate',
  'Item deleted: duplicate',
  'Dispute pack imported: 4 file(s) added, 1 already here',
  'Dispute pack made: 2 file(s); report.html SHA-256 eeeeeeeeeeeeeeee…, dispute.md ffffffffffffffff…, manifest dddddddddddddddd…',
  'Dispute pack made: 0 file(s); report.html SHA-256 eeeeeeeeeeeeeeee…, manifest dddddddddddddddd…',
  'Backup restored: 1 case(s), 5 item(s) added; the backup’s history continued here',
  'Backup restored: 1 case(s), 5 item(s) added',
  'case-renamed (unreadable details)',
];
