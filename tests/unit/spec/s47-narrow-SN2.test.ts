import '../../../lib/i18n/bundled-catalogs';
import { describe, expect, it } from 'vitest';
import { checkSpecLine } from '../../../lib/spec';

/**
 * Stop 47 narrowing (SN2): the new readings of the merge kept to what they mean. A wait that is denied, a pH or
 * firmware figure on the clause, a sampling basis, a certificate copy handed over at once, a numbered report, a
 * likeness next to a drawing code or a figure: all clean. A crop year must be a real one near the crop words; a
 * closed list of substitutes must follow "or equivalent" at once and stay closed. And more phrasings of the same
 * readings: papers after production, "within spec", a design still open, praise for a finish, a defect limit by eye,
 * firmware by its age, likeness to the last delivery, an unnamed grade or food rule.
 */
function vague(line: string): string[] {
  return checkSpecLine(line)
    .map((f) => f.rule)
    .filter((r) => r.startsWith('vague-'));
}
function quotes(line: string): string[] {
  return checkSpecLine(line).map((f) => f.quote);
}

describe('made worse by the merge: now clean', () => {
  it.each([
    'Delivery 45 days after deposit, not dependent on arrival of parts (components already in our warehouse)',
    'pH: gentle on sensitive skin, 6.0 ± 0.3',
    'Moisture max 12 % (samples taken based on crop lot)',
    'Сертификат RoHS: есть, копию вышлем сразу',
    'Capacity 5000 mAh, real capacity as per production test report QR-88',
    'Firmware: 3.4, newest release',
    'Software version 2.0 (latest stable build)',
    'Brightness: same as the previous model (drawing LX-2207, 800 lm)',
    'Runtime similar to the older version, 6 h at full load',
  ])('%s → no vague finding', (line) => {
    expect(vague(line)).toEqual([]);
  });
});

describe('the same readings still flag without the clearing detail', () => {
  it.each([
    ['Lead time 30 days, depending on arrival of parts', 'vague-ship-date'],
    ['pH: gentle, 250 ml bottle', 'vague-performance'],
    ['Moisture 10-15% depending on the weather', 'vague-performance'],
    ['Сертификат CE: предоставим после производства', 'vague-material'],
    ['Output 20 W, actual output according to production', 'vague-performance'],
    ['Firmware: newest release', 'vague-performance'],
    ['Firmware: latest, charger 5.0 V', 'vague-performance'],
    ['Brightness: same as the previous model', 'vague-performance'],
  ])('%s → %s', (line, rule) => {
    expect(vague(line)).toContain(rule);
  });
});

describe('a new crop clears only on a real crop year near it', () => {
  it.each([
    'Harvest: new crop, HACCP and ISO 22000:2018 certified',
    'Fresh crop, 25 kg PP bags, 20/40 ft containers',
    'Crop: freshly harvested',
    'Ernte: neu',
  ])('%s → flagged', (line) => {
    expect(vague(line)).toContain('vague-performance');
  });
  it.each([
    'New crop 2025/26, 25 kg bags',
    'Crop: new crop (25/26)',
    'Latest harvest 2024, moisture 12% max',
  ])('%s → clean', (line) => {
    expect(vague(line)).toEqual([]);
  });
});

describe('a closed list of substitutes must follow at once and stay closed', () => {
  it.each([
    'Motor: Mabuchi RS-385 or equivalent, speed as given in Table 2',
    'Bearing: NSK 6204 or equivalent listed in Annex A, or any other brand at the factory’s choice',
    'Motor: Nidec or equivalent',
    'Compressor: Embraco or equivalent',
  ])('%s → vague-material', (line) => {
    expect(vague(line)).toContain('vague-material');
  });
  it.each([
    'Motor: Mabuchi RS-385 or equivalent listed in Annex A',
    'Motor: Nidec or equivalent brands as listed in Annex 2',
    'Courier: DHL or similar',
  ])('%s → clean', (line) => {
    expect(vague(line)).toEqual([]);
  });
});

describe('papers promised after production, in German too', () => {
  it.each([
    ['Testbericht folgt nach der Produktion', 'folgt nach der Produktion'],
    ['Zertifikate folgen später', 'folgen später'],
    ['Inspection report to follow after mass production', 'to follow after mass production'],
  ])('%s → quotes %s', (line, quote) => {
    expect(vague(line)).toContain('vague-material');
    expect(quotes(line)).toContain(quote);
  });
  it('a numbered report held now stays clean', () => {
    expect(vague('Prüfbericht Nr. PB-4410 liegt vor')).toEqual([]);
  });
});

describe('limits pointed at, none named', () => {
  it.each([
    'Surface temperature: within spec',
    'Calentamiento: dentro de lo normal',
    'Bruit : dans la norme',
  ])('%s → vague-performance', (line) => {
    expect(vague(line)).toContain('vague-performance');
  });
  it.each(['Temperature rise: within spec (IEC 60335-1)', 'Temperature rise: within spec, ≤ 30 K'])(
    '%s → clean',
    (line) => {
      expect(vague(line)).toEqual([]);
    },
  );
});

describe('print design still open', () => {
  it.each(['Confezione: grafica da concordare', 'Estuche: diseño pendiente', 'Faltschachtel: Design offen'])(
    '%s → vague-customization',
    (line) => {
      expect(vague(line)).toContain('vague-customization');
    },
  );
  it('a payment pending after an approved design is not the design', () => {
    expect(vague('Caja: diseño aprobado, pendiente de pago')).not.toContain('vague-customization');
  });
});

describe('a finish by praise, a defect limit by eye', () => {
  it.each([
    'Acabamento: muito lindo',
    'Acabado: excelente',
    'Finitura senza graffi visibili',
    'Tapa sin rayones visibles',
    'Housing: no visible scratches',
  ])('%s → vague-material', (line) => {
    expect(vague(line)).toContain('vague-material');
  });
  it.each([
    'Surface: no visible scratches at 50 cm under D65 light',
    'Superficie: sin defectos visibles a 1 m bajo luz D65',
    'Acabado: excelente, Ra ≤ 0.8 µm',
  ])('%s → clean', (line) => {
    expect(vague(line)).toEqual([]);
  });
});

describe('firmware named by its age, in more words', () => {
  it.each([
    'Firmware: we load the newest',
    'Firmware: aggiornata',
    'Versão do firmware: atualizada',
    'Прошивка: последняя',
  ])('%s → vague-performance', (line) => {
    expect(vague(line)).toContain('vague-performance');
  });
  it('a version number clears it', () => {
    expect(vague('Firmware: V1.8, updated')).toEqual([]);
  });
});

describe('likeness to the last delivery or the old model', () => {
  it.each([
    'Light output: same as last order',
    'Brilho: mesmo que o modelo anterior',
    'Lautstärke: wie beim Vorgänger',
  ])('%s → vague-performance', (line) => {
    expect(vague(line)).toContain('vague-performance');
  });
});

describe('an unnamed grade or food rule', () => {
  it.each([
    'Foreign matter: according to grade requirements',
    'Deve atender às normas sanitárias em vigor',
    'Conforme alla normativa igienico-sanitaria vigente',
    'Conforme aux réglementations sanitaires',
    'Must meet health laws of the importing country',
    'Moisture: differs from batch to batch',
    'Feuchte: witterungsabhängig',
  ])('%s → flagged', (line) => {
    expect(vague(line).length).toBeGreaterThan(0);
  });
  it('a food rule with its regulation number is named', () => {
    expect(vague('Conforme aux normes alimentaires CE 1935/2004')).toEqual([]);
  });
});
