/**
 * "Solar panel: 450W monocrystalline", "Placa solar 450 W", "Solarmodul: 410 W", "光伏组件 550W": a solar module's
 * power with no tolerance and no test condition. A module's nameplate watts are measured by a flash test at standard
 * conditions (STC: 1000 W/m², AM1.5, 25 °C) and sold in power bins with a tolerance ("0/+5 W", "±3 %"); without
 * either, a module that flashes 20 W low still matches "450W", and nothing says under which light the figure holds.
 * Left alone when the line names a tolerance or a condition, and when the watts are what the goods accept ("solar
 * input up to 400 W", "compatible with 200W panels") rather than what a module delivers.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { anyOf, cjk, latinWords, regex } from './patterns';
import { vagueFinding } from './spec-finding';

/** The solar module, or its power field, in the languages read. */
const MODULE = regex(
  anyOf(
    latinWords([
      '(?:solar|PV|photovoltaic) (?:panels?|modules?)',
      '(?:panel(?:es)?|placas?|módulos?) (?:solar(?:es)?|fotovoltaic[oa]s?)',
      'panneaux? (?:solaires?|photovoltaïques?)',
      'modules? photovoltaïques?',
      'Solar(?:modul|panel|paneel)e?',
      'PV-Modul(?:e)?',
      'pannell[oi] (?:solar[ei]|fotovoltaic[oi])',
      'modul[oi] fotovoltaic[oi]',
      'panel(?:e)? (?:słoneczn\\p{L}{1,3}|fotowoltaiczn\\p{L}{1,3})',
      'zonnepane(?:el|len)',
      'module (?:power|output)',
      'Modulleistung',
      'potencia (?:del )?(?:panel|módulo)',
      'puissance (?:du )?(?:panneau|module)',
      // Portuguese, Indonesian, Vietnamese, Turkish: "Painel solar", "Panel surya", "Tấm pin mặt trời", "Güneş paneli".
      'pain(?:el|éis|eis) (?:solar(?:es)?|fotovoltaic[oa]s?)',
      '(?:panel|modul) surya',
      'tấm pin(?: năng lượng)? mặt trời',
      'güneş (?:paneli|panelleri|modülü)',
      // The cell type names a module where the label only says "Module:" ("Módulo: 410 W monocristalino").
      'mono ?crystalline',
      'poly ?crystalline',
      'monocristalin[oa]s?',
      'policristalin[oa]s?',
      'monocristallin\\p{L}*',
      'polycristallin\\p{L}*',
      'monokristallin\\p{L}*',
      'polykristallin\\p{L}*',
      'monocristal(?:ino|lino)?',
    ]),
    '(?<![\\p{L}])солнечн(?:ая|ой|ые|ых) (?:панел\\p{L}{0,2}|батаре\\p{L}{0,2}|модул\\p{L}{0,2})',
    cjk([
      '太阳能(?:板|电池板|组件)',
      '太陽能(?:板|電池板|組件)',
      '光伏(?:板|组件)',
      '太陽光パネル',
      'ソーラーパネル',
      '태양광\\s?(?:패널|모듈)',
      '솔라\\s?패널',
      '单晶',
      '多晶',
      '単結晶',
    ]),
  ),
  'iu',
);

/**
 * A module's watts, 50 W and up (a garden lamp's 2 W cell is no module sold on its power). Watts peak ("440 Wp",
 * "kWc") are by definition the rating at STC, so the unit names the condition and is not read. A Chinese or Japanese
 * word may follow the unit directly ("400W单晶", 400 W mono): only a Latin or Cyrillic letter makes it another unit.
 */
const WATTS =
  /(?<![\d.,])(\d{2,4}(?:[.,]\d{1,2})?)\s{0,2}(W|watts?|Watt|Вт|瓦)(?![\p{Script=Latin}\p{Script=Cyrillic}\d/²])/giu;

/** A power tolerance or the test condition the watts were measured under. */
const TOLERANCE_OR_CONDITION = regex(
  anyOf(
    '±|\\+\\s?/\\s?-|0\\s{0,2}/\\s{0,2}\\+|0\\s{0,2}~\\s{0,2}\\+|\\+\\s?\\d{1,2}(?:[.,]\\d)?\\s?(?:W|%)',
    latinWords([
      '(?:positive |power )?toleran(?:ce|cia|z|za)',
      'Toleranz',
      'tolérance',
      'tolleranza',
      'STC',
      'NOCT',
      'NMOT',
      'AM\\s?1[.,]5',
      'flash(?:[- ]test(?:ed)?)?',
      'IEC\\s?6(?:1215|1730|0904)',
    ]),
    '1000\\s?W\\s?/\\s?m|25\\s?°\\s?C|\\d\\s?(?:k?Wp|kWc|Wc)(?![\\p{L}])|допуск|公差|标准测试条件',
  ),
  'iu',
);

/** Watts the goods accept or are matched with, not a module's output: "solar input", "compatible with", "for". */
const ACCEPTED = regex(
  latinWords([
    '(?:solar |PV |max(?:imum|\\.)? )?input',
    'compatible(?: with)?',
    'supports?',
    'charge controller',
    'inverter',
    'power station',
    'generator',
    'entrada',
    'Eingang(?:sleistung)?',
    'entrée',
    'ingresso',
    'compatib\\p{L}+',
    // A mount or bracket sized for modules of that power ("bracket: fits 450W modules"; red team, stop 55).
    'fits?',
    'suitable for',
    '(?:mounting )?(?:brackets?|mounts?|rails?|racks?|clamps?)',
    'soporte',
    'Halterung',
  ]),
  'iu',
);

export const modulePowerDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause, line: string): Finding[] {
    // The module is named in this clause or in the line's own label ("Solar panel: mono, 450 W, 144 cells").
    const lineLabel = line.slice(0, Math.max(0, line.search(/[:：]/u)));
    if (!MODULE.test(clause.text) && !MODULE.test(lineLabel)) return [];
    if (TOLERANCE_OR_CONDITION.test(line) || ACCEPTED.test(line)) return [];
    for (const m of clause.text.matchAll(WATTS)) {
      if (Number((m[1] ?? '0').replace(',', '.')) < 50) continue;
      const start = m.index ?? 0;
      return [
        vagueFinding('performance', clause, {
          start,
          end: start + m[0].length,
          why: msg('spec.why.performance'),
          fix: msg('spec.fix.performance', {
            example: '450 W at STC (1000 W/m², AM1.5, 25 °C), power tolerance 0/+5 W',
          }),
        }),
      ];
    }
    return [];
  },
};
