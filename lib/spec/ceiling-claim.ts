/**
 * "Battery life: up to 30 days standby", "Autonomie : jusqu'à 12 h", "续航最长10小时", "밝기: 최대 1000루멘",
 * "Zasięg: do 50 m": a runtime, a light output or a reach given only as its best case. "Up to" promises nothing below
 * the figure, and with no test condition (brightness, load, temperature, the standard it was measured to) no unit
 * can be shown to fall short. With the condition named, or a plain figure of the same measure beside the ceiling
 * ("8 h typical, up to 12 h"), it is a measured claim.
 */
import { anyOf, cjk, findAll, latinWords, test } from './patterns';

/** What a ceiling is put on; it picks the example of a measurable wording. */
export type CeilingKind = 'life' | 'brightness' | 'range' | 'generic';

/**
 * The words that put a ceiling on the figure after them, in the languages read: "up to", "max. approx.", "bis zu",
 * "jusqu'à", "até", "až", "do" (pl, cs), "lên đến", "până la", "hingga", "最大約", "최대". An approximation word may
 * follow ("max. approx. 12 h"): the figure is then both a best case and a guess.
 */
const UP_TO_WORDS = latinWords([
  'up to',
  'upto',
  'as (?:long|much|high|far) as',
  'max(?:imum|\\.)?',
  'bis zu',
  'hasta',
  "jusqu[’']à",
  'até',
  'fino a',
  'až(?: do)?',
  'do',
  'lên (?:đến|tới)',
  'tối đa',
  'până la',
  'hingga',
  'sampai',
  'akár',
]);
const APPROX_TAIL = `(?:\\s{0,2}${latinWords(['approx(?:\\.|imately)?', 'about', 'ca\\.', 'circa', 'aprox\\.?', 'environ', 'etwa', 'khoảng', 'około', 'cca\\.?'])})?`;
const UP_TO = anyOf(
  `${UP_TO_WORDS}${APPROX_TAIL}`,
  '(?<![\\p{L}])до',
  cjk(['(?:最大|最长|最高|长达|高达|可达|最長)(?:約|约)?', '최대(?:\\s?약)?']),
);
/** "up to 30 days standby", "bis zu 12 h Laufzeit": what the runtime is of, said after it. */
const TIME_TAIL = '(?: (?:of )?(?:standby|talk ?time|playtime|play time|runtime|use|usage|working))?';

const FIGURE = String.raw`\d{1,6}(?:[.,]\d{1,3})?`;

/** The words that make a distance or coverage a reach: how far a signal, a beam or a sensor carries. */
const REACH_WORD =
  '(?:wi-?fi|wireless|signal|transmission|transmitting|remote(?: control)?|bluetooth|control|detection|sensing|induction|reading|communication|effective|beam|network|mesh|router)';
const REACH_WORD_VI =
  '(?:truyền|phát|điều khiển|kết nối|thu|cảm biến|cảm ứng|phát hiện|tín hiệu|wifi|bluetooth)';
const REACH_WORD_ZH = '(?:传输|遥控|控制|通信|通讯|感应|探测|检测|识别|读取|读卡|有效|发射|信号|照射)';

interface Measure {
  kind: CeilingKind;
  /** The property's own words, as a label or a noun: "Battery life", "Výdrž baterie", "밝기", "WiFi range". */
  property: string;
  /** The unit the property is counted in. */
  unit: string;
}

const MEASURES: readonly Measure[] = [
  {
    kind: 'life',
    property: anyOf(
      latinWords([
        'battery(?: life)?',
        'standby(?: time)?',
        'run ?time',
        'runtime',
        'play ?time',
        'talk ?time',
        'working time',
        'working hours',
        'endurance',
        'autonomy',
        'autonomie',
        'autonomía',
        'autonomia',
        'Akkulaufzeit',
        'Laufzeit',
        'Standby',
        'výdrž\\p{L}{0,2}',
        'doba provozu',
        'czas pracy',
        'thời gian (?:sử dụng|hoạt động|chờ)',
        'daya tahan baterai',
        'pil ömrü',
      ]),
      cjk([
        '续航',
        '待机',
        '使用时间',
        '工作时间',
        '電池持ち',
        '使用時間',
        '駆動時間',
        '再生時間',
        '연속\\s?사용',
        '사용\\s?시간',
        '대기\\s?시간',
      ]),
    ),
    unit: anyOf(
      latinWords([
        'hours?',
        'hrs?',
        'h',
        'days?',
        'weeks?',
        'months?',
        'Stunden',
        'Std\\.?',
        'Tage',
        'heures',
        'jours',
        'horas',
        'días',
        'dias',
        'ore',
        'giorni',
        'hodin\\p{L}?',
        'godzin\\p{L}?',
        'giờ',
        'jam',
        'saat',
        'ore',
      ]),
      cjk(['小时', '天', '个月', '時間', '日', '시간', '일']),
    ),
  },
  {
    // "Service life: up to 10 years with proper use", "Срок службы: до 10 лет", "Vida útil: hasta 25 años": a service
    // life given as its best case, with no end point (capacity left, light output left) or duty it was rated under.
    kind: 'life',
    property: anyOf(
      latinWords([
        'service life',
        'life ?span',
        'life ?time',
        'useful life',
        'design life',
        'Lebensdauer',
        'Nutzungsdauer',
        'vida útil',
        'durée de vie',
        'durata(?: di vita)?',
        'vita utile',
        'levensduur',
        'żywotność',
        'trwałość',
      ]),
      '(?<![\\p{L}])(?:срок(?:а)? службы|ресурс)(?![\\p{L}])',
      cjk(['使用寿命', '寿命', '耐用年数']),
    ),
    unit: anyOf(
      latinWords(['years?', 'yrs?', 'Jahre', 'ans', 'años', 'anos', 'anni', 'jaar', 'lat']),
      '(?<![\\p{L}])(?:лет|года?)(?![\\p{L}])',
      cjk(['年']),
    ),
  },
  {
    kind: 'brightness',
    property: anyOf(
      latinWords([
        'brightness',
        'light output',
        'luminous flux',
        'lumens?',
        'Helligkeit',
        'Lichtstrom',
        'brillo',
        'brilho',
        'luminosité',
        'luminosità',
        'flujo luminoso',
        'fluxo luminoso',
        'jasność',
        'strumień świetlny',
        'độ sáng',
        'kecerahan',
        'parlaklık',
        'luminozitate',
      ]),
      '(?<![\\p{L}])(?:яркость|световой поток|قوة الإضاءة|السطوع|شدة الإضاءة)',
      cjk(['亮度', '光通量', '明るさ', '光束', '밝기', '광속']),
    ),
    unit: anyOf(
      latinWords(['lm', 'lumens?', 'lúmenes', 'lumenów', 'lux', 'nits?']),
      '(?<![\\p{L}])(?:люмен\\p{L}{0,2}|лм|لومن)',
      cjk(['流明', 'ルーメン', '루멘']),
    ),
  },
  {
    kind: 'range',
    property: anyOf(
      latinWords([
        '(?:wi-?fi |wireless |signal |transmission |remote |bluetooth |control |detection )?range',
        // A distance or coverage is a reach only when a reach word says so ("transmission distance", "WiFi coverage"),
        // or as a field of its own ("Distance: up to 100 m"): "installation distance", "safe working distance", a
        // projector's "throw distance" or "distance from socket to desk" set where the goods go, not how far they reach.
        `${REACH_WORD} (?:coverage|distance)`,
        '(?<![\\p{L}\\p{N}][ \\t]{0,2})(?:coverage|distance)(?=\\s{0,2}[:：])',
        'Reichweite',
        'alcance',
        'portée',
        'portata',
        'zasięg',
        'dosah',
        'phạm vi',
        `khoảng cách (?:${REACH_WORD_VI})`,
        '(?<![\\p{L}\\p{N}][ \\t]{0,2})khoảng cách(?=\\s{0,2}[:：])',
        'jangkauan',
        'jarak',
        'menzil',
        'raza',
      ]),
      '(?<![\\p{L}])(?:дальность|радиус действия|المدى|نطاق التغطية)',
      cjk([
        `(?:${REACH_WORD_ZH})距离`,
        '^\\s{0,2}距离(?=\\s{0,2}[:：])',
        '覆盖范围',
        '覆盖面积',
        '到達距離',
        '通信距離',
        '범위',
        '거리',
      ]),
    ),
    unit: anyOf(
      latinWords([
        'm',
        'km',
        'ft',
        'feet',
        'yards?',
        'met(?:er|re)s?',
        'metros',
        'mètres',
        'Meter',
        'metrů',
        'metrów',
        'mét',
        'sqm',
        'sq\\.? ?(?:m|ft)',
        'm²',
        'm2',
      ]),
      cjk(['㎡', '平方米', '米', '公里', '미터']),
    ),
  },
  {
    // "Flow: up to 45 m3/h (max.)", "Caudal: hasta 3000 l/h": a pump's or a valve's flow is read at a duty point (the
    // head or pressure it is delivered against); its best case, at no head, is a figure no installed unit reaches.
    kind: 'generic',
    property: anyOf(
      latinWords([
        '(?:max(?:imum)?\\.? )?flow(?: rate)?',
        'flow capacity',
        'débit',
        'caudal',
        'Durchfluss(?:menge|rate)?',
        'Förder(?:menge|leistung|strom)',
        'portata',
        'vaz[ãa]o',
        'przepływ',
        'wydajność',
        'debiet',
        'lưu lượng',
      ]),
      '(?<![\\p{L}])(?:расход|производительность|подача|витрата|продуктивність)',
      cjk(['流量', '最大流量', '吐出量', '유량']),
    ),
    unit: anyOf(
      String.raw`(?:m3|m³|l|L|lit(?:re|er)s?|gal(?:lons?)?)\s{0,2}/\s{0,2}(?:h|hr|hour|min|s|sec|d|day)(?![\p{L}])`,
      latinWords(['GPM', 'LPM', 'LPH', 'CMH', 'cfm']),
      '(?:м3|м³|л)\\s{0,2}/\\s{0,2}(?:ч|час|мин|с)(?![\\p{L}])',
    ),
  },
];

/**
 * What the figure was measured under, or the rule it is a limit of: "at 50% brightness", "@25 °C", "per IEC 61960",
 * "ANSI/PLATO FL 1", "per IEEE 802.3at", "per NFPA 13", "theo bản vẽ KT-12", "按图纸 AZ-07", "glare limit". A ceiling
 * a standard, a drawing or a named limit sets is an acceptance or installation limit the goods are checked against,
 * not a best case.
 */
const CONDITION =
  /(?:\bat\s{1,2}\d|@\s{0,2}\d|\bunder\s|\btested\b|\bmeasured\b|\btest condition|\bflash[- ]test|\bper\s+(?:IEC|EN|ISO|GB|ANSI|UL|IEEE|NFPA|ASTM|DIN|JIS|BS)\b|\b(?:IEC|EN|ISO|GB\/T|ANSI|IEEE|NFPA)\s{0,2}\d|\bANSI\b|\bFL\s?1\b|\d\s{0,2}%\s{0,2}(?:brightness|volume|load|DoD|depth)|\bDoD\b|\b(?:al|à|a|bei)\s+\d{1,3}\s{0,2}(?:%|°)|\bbei\s+\d|\blimits?\b|测试条件|条件下|altura manom|(?:de|da) (?:coluna|columna)|\d\s{0,2}m\s+(?:of\s+)?head\b|\bhead\s{0,2}(?:of\s+)?[:=]?\s{0,2}\d|pump curve|\bQ-?H\b|curva (?:de la|da) bomba|Kennlinie|courbe (?:de la )?pompe|扬程)/iu;
/** A drawing or a spec sheet named by its code: "drawing DWG-44", "bản vẽ KT-12", "图纸 AZ-07", "spec LS-2". */
const DRAWING_CODE =
  /(?:\b(?:drawing|dwg|spec(?:ification)?|Zeichnung|plano|dessin|desenho|disegno|rysun\p{L}{0,3})|bản vẽ|图纸|图纸号|図面)\s{0,3}(?:no\.?\s{0,2}|nr\.?\s{0,2}|#\s{0,2})?[:：]?\s{0,2}[A-Z]{1,6}[-/]?\d{1,6}/u;
/**
 * "max 8 h per day", "max 2 h per cycle", "最长2小时/次": a time the goods may run in each cycle or day is a duty
 * limit the user keeps to, not a runtime the goods promise.
 */
const PER_DUTY = String.raw`(?=\s{0,2}(?:(?:per|each|every|a|/)\s{0,2}(?:day|cycle|shift|run|batch|operation|session)\b|(?:pro|je)\s(?:Tag|Zyklus|Schicht)\b|por\s(?:día|dia|ciclo|turno)\b|par\s(?:jour|cycle)\b|al\s(?:giorno)\b|mỗi\s(?:ngày|chu kỳ|ca)|/\s{0,2}(?:天|次|班)|每(?:天|次|班|周期)))`;

/** "od 10 do 50 m", "from 5 to 30 m", "-20 do 50": the ceiling word closes a range, it is no ceiling. */
const RANGE_BEFORE = /(?:\d[\p{L}°%.]{0,3}|\b(?:od|from|de|von|z|từ))\s{0,2}$/iu;

const FLOOR_WORD = String.raw`(?:min(?:imum)?\.?|at least|not less than|no less than|≥|>=|mind\.|mindestens|mínimo|au moins|almeno|tối thiểu|至少|不少于|最少)`;
const FLOOR_AFTER = String.raw`(?:min(?:imum)?\.?|guaranteed|minimum guaranteed|garantiert|garantizad[oa]s?|garanti(?:e|es)?|保证|以上)`;

/** A piece of the line (between ";") that is only a floor figure of `unit`: "8 h minimum guaranteed", "min. 10 h". */
function floorBeside(line: string, unit: string): boolean {
  const floor = new RegExp(
    String.raw`^\s*(?:${FLOOR_WORD}\s{0,2}${FIGURE}\s{0,2}${unit}(?:\s{0,2}${FLOOR_AFTER})*|${FIGURE}\s{0,2}${unit}(?:\s{0,2}${FLOOR_AFTER})+)\s*[.。]?\s*$`,
    'iu',
  );
  return line.split(/[;；]/u).some((piece) => floor.test(piece));
}

/**
 * The best-case figures of a clause that names the property they belong to and no condition they were measured
 * under, when no plain figure of the same unit stands beside them.
 */
export function ceilingWithoutCondition(
  text: string,
  line = text,
): { start: number; end: number; text: string; kind: CeilingKind }[] {
  if (CONDITION.test(text) || DRAWING_CODE.test(text)) return [];
  const out: { start: number; end: number; text: string; kind: CeilingKind }[] = [];
  for (const m of MEASURES) {
    if (!test(m.property, text)) continue;
    const ceilings = findAll(
      `${UP_TO}\\s{0,2}${FIGURE}\\s{0,2}${m.unit}${m.kind === 'life' ? TIME_TAIL : ''}`,
      text,
    )
      .filter((c) => !RANGE_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start)))
      .filter((c) => m.kind !== 'life' || !new RegExp(PER_DUTY, 'iu').test(text.slice(c.end)));
    if (ceilings.length === 0) continue;
    // "Runtime: up to 12 h; 8 h minimum guaranteed": a floor of the same unit in a clause of its own, saying no more
    // than the floor, is the figure the goods must reach.
    if (floorBeside(line, m.unit)) continue;
    // "Runtime: 8 h typical, up to 12 h": a plain figure of the same measure is the one the goods must reach.
    const plain = findAll(`(?<![\\d.,])${FIGURE}\\s{0,2}${m.unit}`, text).some(
      (f) => !ceilings.some((c) => c.start <= f.start && f.end <= c.end),
    );
    if (!plain) out.push(...ceilings.map((c) => ({ ...c, kind: m.kind })));
  }
  return out;
}

/**
 * "Modulwirkungsgrad: bis zu 23%", "Efficiency: up to 92%", "Rendement : jusqu'à 21 %": an efficiency given only as
 * its best case. A module or a motor of any lower efficiency still meets "up to"; only a figure it must reach (rated,
 * minimum, typical) can be held against it, so the ceiling counts only when the clause gives no other percentage.
 */
const EFFICIENCY = anyOf(
  // German compounds carry the kind in front: "Modulwirkungsgrad", "Zellwirkungsgrad".
  String.raw`\p{L}{0,12}(?:wirkungsgrad|effizienz)`,
  latinWords([
    'efficiency',
    'eficiencia',
    'eficiência',
    'rendement',
    'efficienza',
    'efficiëntie',
    'rendement',
    'verim(?:lilik)?',
    'hiệu suất',
    'sprawność',
    'účinnost',
    'eficien[tț][aă]',
    'randament',
    'efisiensi',
  ]),
  '(?:КПД|ККД|эффективность|ефективність)',
  cjk(['效率', '変換効率', '効率', '효율']),
);
const PERCENT = String.raw`\d{1,3}(?:[.,]\d{1,2})?\s{0,2}%`;
const CEILING_PERCENT = anyOf(
  latinWords([
    String.raw`(?:up to|upto|as high as|bis zu|hasta|jusqu[’']à|até|fino a|tot|do|až|lên (?:đến|tới)|până la|hingga)\s{0,2}${PERCENT}`,
  ]),
  String.raw`(?:до|не более)\s{0,2}${PERCENT}`,
  cjk([`(?:高达|可达|最高可达)\\s{0,2}${PERCENT}`, `${PERCENT}\\s{0,2}(?:以上)?まで`]),
);

/**
 * "Panel efficiency: 21%-23%", "Rendement : 20 à 22 %": the efficiency's own value given as a span. Panels and motors
 * of one series are sold in efficiency bins, and a span names the whole series: any bin in it passes, the lowest
 * cheapest. It binds no more than a ceiling does, so it is read the same way.
 */
const SPAN_PERCENT = String.raw`(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?\s{0,2}%?\s{0,2}(?:-|–|~|～|to|à|a|bis|até|do|至|到)\s{0,2}${PERCENT}`;
/**
 * The ceiling right after the efficiency word, or after its label when the label names whose efficiency it is:
 * "Eficiência do painel: até 22,8%", "Efficiency of module: up to 21%", "Rendement du panneau : jusqu'à 20 %".
 */
const OWN_CEILING = anyOf(
  String.raw`${EFFICIENCY}[\s:：=-]{0,4}(?:${CEILING_PERCENT}|${SPAN_PERCENT})`,
  String.raw`${EFFICIENCY}(?:\s{1,2}\p{L}{1,12}){1,3}\s{0,2}[:：=]\s{0,3}(?:${CEILING_PERCENT}|${SPAN_PERCENT})`,
);

/** The efficiency ceilings of a clause that states no other percentage the goods must reach. */
export function efficiencyCeilings(text: string): { start: number; end: number; text: string }[] {
  if (!test(EFFICIENCY, text)) return [];
  // The ceiling must be the efficiency's own value, right after its word or label: in "Energy efficiency class A++,
  // operating humidity up to 85%" the ceiling belongs to the humidity, and the efficiency is a class.
  // "Motor efficiency: 91.0–92.4% measured per IEC 60034-2-1", "21.3%-21.8% (flash-tested)": a span measured under a
  // named test is the tolerance of that measurement, not a series of bins to pick from.
  const measured = CONDITION.test(text);
  const ceilings = findAll(OWN_CEILING, text).flatMap((m) => {
    const c = new RegExp(`${CEILING_PERCENT}|${SPAN_PERCENT}`, 'iu').exec(m.text)!;
    if (measured && new RegExp(`^(?:${SPAN_PERCENT})$`, 'iu').test(c[0])) return [];
    return [{ start: m.start + c.index, end: m.start + c.index + c[0].length, text: c[0] }];
  });
  if (ceilings.length === 0) return [];
  const figures = findAll(PERCENT, text);
  const inside = (f: { start: number; end: number }) =>
    ceilings.some((c) => f.start >= c.start && f.end <= c.end);
  return figures.every(inside) ? ceilings : [];
}
