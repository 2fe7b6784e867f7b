/**
 * "speed fast, accuracy high", "produção alta", "Genauigkeit hoch", "kecepatan tinggi": a machine's performance named
 * and then given a level word, with no colon and no figure. The word after the noun claims a level exactly as "high
 * speed" does before it; only a rate (pcs/min, bottles/h) or a tolerance (±0.5 %) can be checked.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { latinWords, regex } from './patterns';
import { vagueFinding } from './spec-finding';

type Measure = 'rate' | 'accuracy' | 'light';

const RATE_NOUN = latinWords([
  'speed',
  'output',
  'throughput',
  'production(?: (?:speed|rate|capacity))?',
  'productivity',
  'capacity',
  'efficiency',
  'velocidad',
  'velocidade',
  'producci[oó]n',
  'produ[cç][aã]o',
  'produtividade',
  'capacidade',
  'capacidad',
  'rendimiento',
  'rendimento',
  'vitesse',
  'rendement',
  'cadence',
  'Geschwindigkeit',
  'Leistung',
  'Ausstoß',
  'kecepatan',
  'produksi',
  'kapasitas',
  'velocità',
  'produzione',
  'tốc độ',
  'năng suất',
]);
const ACCURACY_NOUN = latinWords([
  'accuracy',
  'precision',
  'precisi[oó]n',
  'precis[aã]o',
  'précision',
  'Genauigkeit',
  'Präzision',
  'akurasi',
  'presisi',
  'ketelitian',
  'precisione',
  'độ chính xác',
]);
/**
 * "brightness high, beam angle wide", "Helligkeit hoch": a lamp's light named and given a level word; only lumens
 * and a beam angle in degrees can be measured.
 */
const LIGHT_NOUN = latinWords([
  'brightness',
  'luminosity',
  'beam angle',
  'light output',
  'brillo',
  'luminosidad',
  '[aá]ngulo de (?:haz|apertura)',
  'luminosité',
  'angle de faisceau',
  'Helligkeit',
  'Abstrahlwinkel',
  'brilho',
  'luminosidade',
  '[aâ]ngulo de feixe',
  'kecerahan',
  'sudut (?:pancaran|sinar)',
  'luminosità',
  'angolo (?:del fascio|di apertura)',
  'độ sáng',
  'góc chiếu',
]);
const LEVEL = latinWords([
  'wide',
  'very wide',
  'broad',
  'ampli[oa]',
  'ampla',
  'weit',
  'breit',
  'lebar',
  'luas',
  'rộng',
  // Any intensifier before "high" claims the level the same: "super high", "ultra high", "really high".
  '(?:(?:very|super|ultra|extra|really|so|quite|pretty) )?high',
  'fast',
  'very fast',
  'quick',
  'rapid',
  'good',
  'great',
  'excellent',
  'strong',
  'large',
  'big',
  'alt[oa]',
  'muito alt[oa]',
  'muy alt[oa]',
  'elevad[oa]',
  'r[aá]pid[oa]',
  'buen[oa]',
  'bo[ma]',
  'excelente',
  'grande',
  'élevée?',
  'haute?',
  'rapide',
  'bonne?',
  'hoch',
  'sehr hoch',
  'schnell',
  'gut',
  'tinggi',
  'cepat',
  'bagus',
  'veloce',
  'buon[oa]',
  'cao',
  'nhanh',
]);
const END = String.raw`\s{0,2}(?=$|[,;.，；。|)])`;
const CLAIM = regex(
  String.raw`(?:(${ACCURACY_NOUN})|(${LIGHT_NOUN})|(${RATE_NOUN}))\s{1,2}(?:is\s|é\s|es\s|est\s|ist\s)?${LEVEL}${END}`,
  'giu',
);

/** "shipping speed fast", "download speed high": the speed of a service or a network, which other rules read. */
const NOT_THE_GOODS =
  /(?:shipping|delivery|dispatch|env[ií]o|entrega|livraison|Liefer\p{L}{0,6}|response|reply|network|internet|download|upload)\s{1,2}$/iu;

const WHY = msg('spec.why.performance');
const EXAMPLE: Record<Measure, string> = {
  rate: '≥ 40 bottles/min at 500 ml',
  accuracy: '±0.5 % of the filled volume',
  light: '≥ 800 lm at 4000 K, beam angle 120° ±5°',
};

/** The piece around a claim (between commas or semicolons) holds no figure: "speed 60 bpm, fast" is measured. */
function pieceHasFigure(text: string, start: number, end: number): boolean {
  const from = Math.max(text.slice(0, start).search(/[,;，；|][^,;，；|]*$/u) + 1, 0);
  const stop = text.slice(end).search(/[,;，；|]/u);
  return /\d/u.test(text.slice(from, stop < 0 ? text.length : end + stop));
}

/**
 * "speed fast, 120 pages/min", "capacity large, 40 L", "speed high, medium, low (1800/1400/1000 rpm)": a figure later in
 * the clause with a unit of the same kind of quantity (a rate, a volume, a power) is the level the word names.
 */
const MEASURED_LATER =
  /\d\s{0,2}(?:rpm|r\/min|U\/min|ppm|cpm|bpm|(?:pages?|pcs|pieces|bottles?|units?|cups?|bags?|caps?|sheets?|copies|m|kg|t|L|l|ml|Stück|Flaschen|piezas|botellas|garrafas|peças|pièces|bouteilles)\s{0,2}(?:\/|per\s)\s{0,2}(?:min(?:ute)?|h(?:our|r)?|s(?:ec)?|day|Std|Stunde|hora|heure)|m³\/h|L|l|ml|liters?|litres?|Liter|litros?|gal(?:lons?)?|W|kW|HP|hp|PS|CV|m\/s|km\/h|GB|TB|lm|lumens?|lux|°|degrees?|grados|Grad)(?![\p{L}\d])/u;

/**
 * "Modes: brightness high, brightness low, strobe", "Switch positions: high | low | off": the settings a lamp or a
 * machine can be switched between, listed by a label that says so, not a level claimed for the goods.
 */
const SETTINGS_LABEL =
  /^\s{0,3}(?:(?:light|lighting|switch|speed|working|operating) )?(?:modes?|settings?|positions?|levels?|switch(?:ing)?(?: positions?| modes?)?|Modi|Modus|Betriebsarten|Stufen|Schalterstellungen|modos?|ajustes|posiciones|niveles|réglages|positions|niveaux|configurações|posições|níveis|modalità|impostazioni|livelli|mode|pengaturan|chế độ)\s{0,2}[:：]/iu;
/** The low end named beside the high one: "brightness high, brightness low" lists settings, it claims no level. */
const LOW_LEVEL = latinWords([
  'low',
  'medium',
  'mid',
  'dim',
  'baj[oa]',
  'medi[oa]',
  'niedrig',
  'mittel',
  'gering',
  'basse?',
  'moyen(?:ne)?',
  'baix[oa]',
  'médi[oa]',
  'rendah',
  'sedang',
  'bass[oa]',
  'thấp',
  'trung bình',
]);
/** A setting that is no level: "off", "SOS", "strobe", "flash". */
const OTHER_SETTING = latinWords([
  'off',
  'on',
  'SOS',
  'strobe',
  'flash(?:ing)?',
  'blink(?:ing)?',
  'intermitente',
  'aus',
  'apagado',
  'desligado',
  'éteint',
]);
/** A bare figure as an item of the list: "900 lm", "1800 rpm". */
const FIGURE_ITEM = /^\d[\d.,]*\s{0,2}[\p{L}°/%]{0,8}$/u;

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "brightness high, brightness low, SOS", "speed high | low | off": the line is nothing but settings, its items
 * separated by , ; | or /, each a level (of the same noun or alone), another setting or a bare figure, one of them a
 * low or middle level. "accuracy high, accuracy low models available" adds a claim, and is no list.
 */
function lineIsSettingsList(line: string, noun: string): boolean {
  const body = line.replace(/^[^:：,;|/]{0,30}[:：]/u, '');
  const item = regex(
    `^(?:${escapeWord(noun)}\\s{1,2})?(?:is\\s|es\\s|ist\\s)?(?:(${LOW_LEVEL})|${LEVEL}|${OTHER_SETTING})$`,
    'iu',
  );
  let low = false;
  for (const raw of body.split(/[,;|/，；]/u)) {
    const piece = raw.trim().replace(/[.。]$/u, '');
    if (piece === '' || FIGURE_ITEM.test(piece)) continue;
    const m = item.exec(piece);
    if (!m) return false;
    if (m[1] !== undefined) low = true;
  }
  return low;
}

function listsSettings(line: string, noun: string): boolean {
  return SETTINGS_LABEL.test(line) || lineIsSettingsList(line, noun);
}

/**
 * "brightness high (brightness 900 lm)", "light output high; light output 1200 lm": the same light noun given its
 * lumens elsewhere on the line. Another mode's lumens ("emergency mode 50 lm") do not measure this level.
 */
function sameNounHasLumens(line: string, noun: string): boolean {
  return regex(
    `(?<![\\p{L}])${escapeWord(noun)}[^,;|，；\\d]{0,20}\\d[\\d.,]*\\s{0,2}(?:lm|lumens?|lúmenes|Lumen)(?![\\p{L}\\d])`,
    'iu',
  ).test(line);
}

/** A later figure given to another mode: "brightness high, emergency mode 50 lm", "torch mode 10 lm". */
const OTHER_MODE_FIGURE =
  /^[^\d]*?(?:[,;|，；][^,;|，；\d]*)(?:mode|modo|Modus|modalità|setting|ajuste|réglage|Stufe)[^,;|，；\d]{0,12}\d/iu;

function anotherModesFigure(later: string): boolean {
  return OTHER_MODE_FIGURE.test(later);
}

export const postposedLevelDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause, line: string): Finding[] {
    if (clause.attribute && clause.attribute !== 'performance') return [];
    const text = clause.text;
    const found: Finding[] = [];
    for (const m of text.matchAll(CLAIM)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (
        pieceHasFigure(text, start, end) ||
        (MEASURED_LATER.test(text.slice(end)) &&
          !(m[2] !== undefined && anotherModesFigure(text.slice(end)))) ||
        NOT_THE_GOODS.test(text.slice(Math.max(0, start - 16), start)) ||
        listsSettings(line, (m[1] ?? m[2] ?? m[3] ?? '').trim()) ||
        (m[2] !== undefined && sameNounHasLumens(line, m[2].trim()))
      )
        continue;
      const example = EXAMPLE[m[1] ? 'accuracy' : m[2] ? 'light' : 'rate'];
      found.push(
        vagueFinding('performance', clause, {
          start,
          end,
          why: WHY,
          fix: msg('spec.fix.performance', { example }),
        }),
      );
    }
    return found;
  },
};
