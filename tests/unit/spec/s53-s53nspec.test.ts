import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

const vague = (line: string) => checkSpecLine(line).filter((f) => f.rule.startsWith('vague-'));
const rules = (line: string) => vague(line).map((f) => f.rule);
const flagged = (line: string) => expect(rules(line).length).toBeGreaterThan(0);
const clean = (line: string) => expect(rules(line)).toEqual([]);

describe('s53 mend: a window counted from the message that records an event', () => {
  it.each([
    'Délai : 35 à 50 jours après le courriel de validation de la commande',
    'Lead time: 25-40 days from the order confirmation e-mail',
    'Plazo: 30-40 días desde el correo de aprobación de la muestra',
    'Termin: 40-55 dni od daty maila z akceptacją zamówienia',
  ])('flags the window: %s', (line) => expect(rules(line)).toContain('vague-ship-date'));
  it.each([
    'Lead time: 35 days from the order confirmation e-mail',
    'Lead time: 30-45 days after the signed PO',
    'Lead time: 30-45 days after e-mail approval of the PP sample',
  ])('a single count from the message, or a window from the event itself, stays clean: %s', (line) =>
    expect(rules(line)).not.toContain('vague-ship-date'),
  );
});

describe('s53 mend: a runtime tolerance followed by a condition', () => {
  it.each([
    'Working time: approx. 6 h ± 2 h depending on load',
    'Laufzeit: ca. 10 Std ± 2 Std je nach Einstellung',
    'Autonomía: unas 7 horas ± 2 h según el uso',
  ])('flags: %s', flagged);
  it.each(['Working time: approx. 6 h ±0.3 h', 'Runtime: about 9 h +/- 20 min at 20 °C'])('clean: %s', clean);
});

describe('s53 mend: box print colours matched to an earlier run', () => {
  it.each([
    'Box print: 4C offset, 300g ivory board, colours like before',
    'Kartondruck: CMYK Offset, 300 g, Farben wie vorher',
    'Nadruk na pudełku: offset CMYK, karton 300 g, barwy jak ostatnio',
    'Impresión de la caja: offset CMYK, 300 g, colores como antes',
  ])('flags: %s', flagged);
  it('the same print without the likeness stays clean', () => {
    clean('Nadruk na pudełku: offset CMYK, karton 300 g');
    clean('Box print: 4C offset, 300g ivory board');
  });
});

describe('s53 mend: a hedge is read only when bound to the figure', () => {
  it.each([
    'Weight: 3.5 kg, probably the best value on the market',
    'Gewicht: 4 kg, vielleicht gefällt Ihnen auch das Modell mit 5 kg',
    'Power: 40 W, perhaps our most popular model',
  ])('a hedge opening another clause leaves the figure standing: %s', clean);
  it.each([
    'Weight: 6 kg maybe',
    'Efficiency: 19%+ perhaps, varies with the lot',
    'Power: 50 W, possibly 55 W',
    'Gewicht: 3 kg vielleicht',
  ])('a hedge on the figure is flagged: %s', flagged);
});

describe('s53 mend: the supplier drafts the manual, the buyer approves it', () => {
  it.each([
    'Manual: we prepare it, you approve the print file before production',
    'Instructions: our team drafts them, for your approval',
    'User guide: written by our engineers, after your confirmation',
  ])('clean: %s', clean);
  it.each([
    'Manual: we prepare it .',
    'Manual: we prepare it ourselves',
    'Manual: we write it, you confirm the carton size',
  ])('flags: %s', flagged);
});

describe('s53 mend: the factory picking its own supplier', () => {
  it('picking the dye or fabric supplier leaves the named colour standing', () => {
    clean('颜色：潘通 294C，染料供应商由工厂选择');
    clean('颜色：潘通 294C，由工厂选择面料供应商');
  });
  it('the factory picking the colour itself is still flagged', () => {
    flagged('颜色：由工厂选择');
  });
});
