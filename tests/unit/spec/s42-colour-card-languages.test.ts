import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

/**
 * A colour given by a colour card both sides hold is exact when the line picks one entry ("n.º 4", "n. 4") or names
 * the copy signed on a date; the card named alone picks nothing. Our own wording, in the forms Spanish, Italian,
 * Vietnamese and English orders use.
 */
const colourFlagged = (line: string) => checkSpecLine(line).some((f) => f.rule === 'vague-color');

describe('a colour card entry or a signed card is an exact colour', () => {
  it.each([
    'Color: según carta de colores aprobada n.º 12',
    'Colore: come cartella colori approvata n. 7',
    'Filato: lana merino, colore come cartella approvata n. 3',
    'Màu: theo bảng màu đã ký ngày 05/03/2026',
    'Colour: as per the colour card signed on 12.05.2026',
  ])('%s', (line) => {
    expect(colourFlagged(line)).toBe(false);
  });
});

describe('a colour card named without an entry or a signature is still open', () => {
  it.each(['Color: según carta de colores', 'Colore: come da cartella colori', 'Màu: theo bảng màu'])(
    '%s',
    (line) => {
      expect(colourFlagged(line)).toBe(true);
    },
  );
});
