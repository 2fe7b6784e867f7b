import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDisputeMarkdown } from '../../../lib/dispute/markdown';
import type { DisputeDraft } from '../../../lib/dispute/types';
import { ROOT } from '../../support/fixtures';
import { draftOf, SITUATIONS } from './english-situations';

/**
 * The English a buyer pastes into Alibaba's and AliExpress's forms, and the English reasoning beside it,
 * byte for byte as they were before the draft's sentences became catalog messages (recorded in
 * english-drafts.json from the builders as they stood on 2 Dec 2026): the buyer's language is added
 * beside the English, never instead of it. `UPDATE_ENGLISH_DRAFTS=1` re-records, on purpose only.
 */
const FILE = join(ROOT, 'tests/fixtures/dispute/english-drafts.json');

/** Every English string of a draft; the messages for the buyer's language (…Msg fields) are left out. */
function englishOf(draft: DisputeDraft): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => !k.endsWith('Msg') && !k.endsWith('Msgs'))
          .map(([k, x]) => [k, strip(x)]),
      );
    return v;
  };
  return { draft: strip(draft), markdown: renderDisputeMarkdown(draft) };
}

describe('the dispute draft’s English is unchanged', () => {
  const current = Object.fromEntries(Object.keys(SITUATIONS).map((name) => [name, englishOf(draftOf(name))]));
  if (process.env.UPDATE_ENGLISH_DRAFTS === '1' || !existsSync(FILE))
    writeFileSync(FILE, `${JSON.stringify(current, null, 1)}\n`);
  const recorded = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;

  it('records every situation', () => {
    expect(Object.keys(recorded).sort()).toEqual(Object.keys(SITUATIONS).sort());
  });
  for (const name of Object.keys(SITUATIONS)) {
    it(name, () => {
      expect(current[name]).toEqual(recorded[name]);
    });
  }
});
