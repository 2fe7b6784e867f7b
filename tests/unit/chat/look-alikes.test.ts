import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import unhomoglyph from 'unhomoglyph';
import { describe, expect, it } from 'vitest';
import { LATIN_LOOK_ALIKES } from '../../../lib/chat/latin-look-alikes';
import { lookAlikeLetters, moduleSource } from '../../../scripts/chat-corpus/look-alikes';

/** The bundled look-alike table is unhomoglyph's skeletons, for the characters the normaliser asks about. */
describe('latin look-alikes', () => {
  it('agree with unhomoglyph on every single character whose skeleton is one Latin letter', () => {
    const expected = lookAlikeLetters();
    expect(expected.size).toBeGreaterThan(300);
    for (const [cp, letter] of expected) {
      expect(unhomoglyph(String.fromCharCode(cp)).toLowerCase()).toBe(letter);
      expect(LATIN_LOOK_ALIKES.get(cp)).toBe(letter);
    }
    expect(LATIN_LOOK_ALIKES.size).toBe(expected.size);
  });

  it('is what the generator writes today (regenerate after upgrading unhomoglyph)', () => {
    const committed = readFileSync(
      join(import.meta.dirname, '../../../lib/chat/latin-look-alikes.ts'),
      'utf8',
    );
    expect(committed).toBe(moduleSource());
  });
});
