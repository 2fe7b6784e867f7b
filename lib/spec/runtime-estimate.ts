/**
 * How long one unit runs, given as an estimate: "Autonomie batterie : environ 8 heures", "Battery life: about 8
 * hours", "連続再生時間：約8時間", "Laufzeit: ca. 6 Std.". A runtime is what the buyer checks against a minimum; "about 8
 * hours" sets none, so a unit that dies after seven still matches the order. Read only under a runtime label: "about
 * 8 hours" of curing or of a charging step is not the goods' endurance. A runtime written as a floor ("min. 8 h",
 * "≥ 8 h") or tested under a named standard is already the promise.
 * A span ("Playing time: 3-4 h", "Battery life: 5 to 10 days") is left alone: listings write a runtime that way as
 * the range the use makes it vary over, and the real-source corpus labels such lines clear.
 */
import { anyOf, cjk, FIGURE_START, latinWords, regex, scriptWords, test } from './patterns';
import { RATING_ESTIMATE_BEFORE } from './rating-estimate';

/** Labels that name how long one unit works on its own power or per charge. */
const RUNTIME_LABEL = regex(
  anyOf(
    latinWords([
      '(?:battery|run(?:ning)?|work(?:ing)?|play(?:ing)?|playback|music|talk|usage|use|operating|operation|standby|lighting|light(?:ing)?|endurance|mowing|cleaning|spray(?:ing)?|heating|cooling) ?(?:life|time|duration|hours)',
      'runtime',
      'battery backup',
      'autonomy',
      'endurance',
      'autonomie',
      "durée (?:de (?:fonctionnement|lecture|la batterie|vie de la batterie)|d[’']utilisation|d[’']autonomie)",
      'autonom[ií]a',
      'duraci[oó]n (?:de (?:la )?bater[ií]a|de uso)',
      'tiempo de (?:uso|reproducci[oó]n|funcionamiento|trabajo|autonom[ií]a)',
      'dura[çc][ãa]o da bateria',
      'tempo de (?:uso|reprodu[çc][ãa]o|funcionamento|autonomia)',
      'durata (?:della )?batteria',
      'tempo di (?:utilizzo|riproduzione|funzionamento|lavoro)',
      '(?:Akku)?[Ll]aufzeit',
      'Betriebs(?:dauer|zeit)',
      'Spielzeit',
      'Wiedergabezeit',
      'Akkulaufzeit',
      'czas (?:pracy|odtwarzania|działania)',
      '(?:pil ömrü|çalışma süresi|kullanım süresi)',
      'thời gian (?:sử dụng|chơi nhạc|hoạt động)',
      'daya tahan baterai',
    ]),
    scriptWords([
      'время (?:работы|воспроизведения|автономной работы)',
      'автономность',
      'час (?:роботи|відтворення)',
      'автономність',
      'عمر (?:باتری|البطارية)',
      'مدت (?:زمان )?(?:کارکرد|استفاده|پخش|شارژدهی)',
      'مدة (?:التشغيل|الاستخدام)',
      'बैटरी (?:बैकअप|लाइफ)',
      'प्लेटाइम',
    ]),
    cjk([
      '(?:連続)?(?:再生|使用|駆動|稼働|通話|点灯)時間',
      'バッテリー(?:持続|駆動)?時間',
      '续航(?:时间)?',
      '續航(?:時間)?',
      '(?:播放|工作|使用|待机|照明)时间',
      '(?:재생|사용|연속 ?재생) ?시간',
      '배터리 (?:수명|지속 ?시간)',
    ]),
  ),
  'iu',
);

/** A figure in any digits the sheets write: "8", "٨", "۸". */
const FIG = String.raw`[\d٠-٩۰-۹]+(?:[.,٫][\d٠-٩۰-۹]+)?`;
/** Units of a runtime, in the languages read. */
const TIME_UNIT = String.raw`(?:h|hrs?|hours?|heures?|Std\.?|Stunden|horas?|ore|godz\.?|godzin\p{L}*|saat|giờ|jam|min(?:s|utes?)?|minutos|Minuten|days?|jours?|días|dias|Tage|ч(?:ас(?:ов|а|ів)?)?|годин\p{L}{0,2}|ساعت|ساعات|ساعة|دقیقه|घंटे|घंटा|時間|小时|小時|分钟|시간)`;
/** The unit runs on into no further letter: "8 h" is hours, "8 hp" is not. */
const END = String.raw`(?![\p{L}\p{M}\d])`;

/**
 * Spanish and Portuguese "unas 8 horas", "unos 90 minutos", "umas 8 horas": "some" before a count is "about". Read only
 * before a figure and a time unit here, where it can mean nothing else.
 */
const SPANISH_SOME = String.raw`\b(?:un[oa]s|uns|umas)(?![\p{L}])`;
const ESTIMATED = regex(
  `(?:${RATING_ESTIMATE_BEFORE}|${SPANISH_SOME})\\s{0,2}${FIG}\\s{0,2}${TIME_UNIT}${END}`,
  'giu',
);
const JA_ZH_ESTIMATE = regex(`(?:約|约|大约|大約|およそ|약)\\s{0,2}${FIG}\\s{0,2}${TIME_UNIT}${END}`, 'gu');
/**
 * The hedge written after the figure: "8 hours approx.", "8 heures environ", "8 Stunden ca.", "8小时左右", "8時間程度",
 * "8시간 정도". The same estimate, word order aside.
 */
const HEDGE_AFTER = regex(
  String.raw`${FIGURE_START}${FIG}\s{0,2}${TIME_UNIT}(?:${END}\s{0,2}(?:approx(?:\.|imately)?|aprox(?:\.|imadamente)?|or so|more or less|roughly|environ|à peu près|ca\.|circa|etwa|all'incirca|około|khoảng|تقريبا|تقریبا|लगभग|के आसपास)(?![\p{L}\p{M}])|\s{0,2}(?:左右|上下|前後|程度|くらい|ぐらい|ほど|정도|내외|가량))`,
  'giu',
);
/**
 * "Battery: 2000mAh, lasts about 8 hours", "dura unas 8 horas", "hält ca. 6 Stunden", "працює близько 8 годин": a verb of
 * lasting names the runtime when the label names only the battery. The estimate is the same one a runtime label's is.
 */
// "aguanta unas 8 horas", "tient environ 6 heures", "reicht etwa 10 Stunden", "держит около 8 часов": the verbs of holding
// out a charge say the same as "lasts".
const LASTS = regex(
  String.raw`(?:(?<![\p{L}])(?:lasts?|runs?|works?|keeps? (?:going|working)|holds? up|dura|duran|dure|durent|hält|halten|läuft|aguanta|aguantan|aguenta|aguentam|tient|tiennent|reicht|reichen|regge|reggono|wytrzymuje|starcza|houdt het)(?: for| bis| vol)?|(?<![\p{L}])(?:працює|работает|служит|держит|тримає|вистачає|хватает))\s{1,2}`,
  'iu',
);
const LASTS_ESTIMATED = regex(
  String.raw`${LASTS.source}(?:(?:${RATING_ESTIMATE_BEFORE}|${SPANISH_SOME})\s{0,2}${FIG}\s{0,2}${TIME_UNIT}${END}|${FIG}\s{0,2}${TIME_UNIT}${END}\s{0,2}(?:approx(?:\.|imately)?|or so|more or less|roughly|environ|aproximadamente|ungefähr|etwa)(?![\p{L}\p{M}]))`,
  'giu',
);
/**
 * "Battery life: maybe 8 hours", "we think 8 h", "续航：可能8小时", "Laufzeit: vielleicht 6 Std.": the writer doubts the
 * figure out loud, which binds even less than "about".
 */
const DOUBT_BEFORE = anyOf(
  latinWords([
    'maybe',
    'perhaps',
    'possibly',
    'probably',
    "(?:I|we) (?:think|guess|believe)(?: (?:it(?: is|[’']s)?|about))?",
    'vielleicht',
    'wahrscheinlich',
    'peut-être',
    'probablement',
    'quiz[áa]s?',
    'tal vez',
    'probablemente',
    'talvez',
    'forse',
    'być może',
    'mungkin',
    'có thể',
  ]),
  scriptWords(['возможно', 'может быть', 'можливо', 'наверное']),
  cjk(['可能', '也许', '或许', '大概', 'たぶん', '多分', '아마']),
);
const DOUBTED = regex(`(?:${DOUBT_BEFORE})\\s{0,2}${FIG}\\s{0,2}${TIME_UNIT}${END}`, 'giu');
/**
 * "Battery: lasts all day", "Batería: aguanta todo el día", "续航：一整天": a whole day or night is no length of time an
 * inspector can time (whose day, at what brightness?). Read after a runtime label or a verb of lasting, and only when
 * the value gives no hours of its own ("10 h, enough for a full day" is held by the 10 h).
 */
const WHOLE_DAY = anyOf(
  latinWords([
    'all[- ]day(?: long)?',
    'all[- ]night(?: long)?',
    '(?:a |the )?(?:full|whole|entire) (?:day|night|working day|workday)',
    'todo el día',
    'toda la (?:noche|jornada)',
    'todo o dia',
    'toda a noite',
    'toute la (?:journée|nuit)',
    'une journée (?:entière|complète)',
    'den ganzen Tag',
    'die ganze Nacht',
    'einen ganzen Tag',
    'tutto il giorno',
    'tutta la (?:notte|giornata)',
    'cały dzień',
    'całą noc',
    'cả ngày',
    'seharian',
    'sepanjang hari',
    '(?:bütün|tüm) gün',
  ]),
  scriptWords(['весь день', 'всю ночь', 'цілий день', 'всю ніч', 'целый день']),
  cjk(['一整天', '一整晚', '整天', '全天', '一日中', '丸一日', '하루 종일']),
);
const BATTERY_LABEL = regex(
  `${latinWords(['battery', 'batería', 'bateria', 'batterie', 'batteria', 'Akku', 'pin', 'baterai', 'akumulator'])}|${scriptWords(['аккумулятор', 'батарея', 'акумулятор'])}|${cjk(['电池', '電池', 'バッテリー', '배터리'])}`,
  'iu',
);
const LASTS_WHOLE_DAY = regex(`${LASTS.source}(?:${WHOLE_DAY})`, 'giu');
const STARTS_WHOLE_DAY = regex(`^\\s{0,3}(?:${WHOLE_DAY})`, 'iu');
const ANY_RUNTIME_FIGURE = regex(`${FIGURE_START}${FIG}\\s{0,2}${TIME_UNIT}${END}`, 'iu');

/**
 * "Estimated battery life: 8 hours", "Geschätzte Laufzeit: 6 h", "预计续航：8小时": the label itself calls the single
 * figure that follows an estimate, no runtime the goods must reach. A span ("Estimated battery life: 3-5 hours") is
 * left alone, as under a plain runtime label: its lower end is a floor a dispute can hold the goods to (and the real
 * attribute tables' labels read it so).
 */
const ESTIMATED_LABEL = regex(
  `${latinWords(['estimated', 'expected', 'approx(?:\\.|imate)?', 'geschätzte?', 'voraussichtliche?', 'estimad[oa]', 'estimée?', 'stimat[oa]', 'szacowan[yae]', 'tahmini', 'ước tính'])}|${scriptWords(['ориентировочн\\p{L}*', 'примерн\\p{L}*', 'орієнтовн\\p{L}*'])}|${cjk(['预计', '预估', '預計', '估计', '約', '推定'])}`,
  'iu',
);
/** Two figures joined as a span inside one runtime match. */
const SPAN = /\d\s{0,2}(?:-|–|~|～|to|à|a|bis|до)\s{0,2}\d/iu;
const RUNTIME_FIGURES = regex(
  `(?<![\\d.,٫])(?<!(?:±|\\+\\/-|\\+-)\\s{0,2})${FIG}(?:\\s{0,2}(?:-|–|~|～|to|à|a|bis|до)\\s{0,2}${FIG})?\\s{0,2}${TIME_UNIT}${END}`,
  'giu',
);

/** A runtime answered by a whole day or night, with no hours written: hits relative to `text`. */
function wholeDayRuntime(label: string, value: string, valueStart: number): RuntimeHit[] {
  if (ANY_RUNTIME_FIGURE.test(value)) return [];
  const hits = [...value.matchAll(LASTS_WHOLE_DAY)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const first = STARTS_WHOLE_DAY.exec(value);
  if (first && hits.length === 0 && (RUNTIME_LABEL.test(label) || BATTERY_LABEL.test(label)))
    hits.push({ start: first[0].length - first[0].trimStart().length, end: first[0].length });
  return hits.map((h) => ({ start: valueStart + h.start, end: valueStart + h.end }));
}

/** The runtime given as a floor, or tested under a standard. */
const FLOOR = anyOf(
  String.raw`≥|>=|\bmin(?:imum|\.)?(?![\p{L}])|\bat least\b|\bno less than\b|\bnot less than\b|\bau moins\b|\bmínimo\b|\bmindestens\b|\bcomo mínimo\b`,
  String.raw`\b(?:IEC|EN|ANSI|ISO|GB/T|JIS)\s{0,2}\d`,
);

/** A tolerance right after the figure: "± 0.5 h", "+/- 30 min". */
const TOLERANCE_NEXT = /^\s{0,2}(?:±|\+\/-|\+-)\s{0,2}\d/u;
/**
 * A condition after the tolerance puts the figure back in the supplier's hands: "± 3 h depending on usage", "je nach
 * Nutzung", "según el uso", "selon l'utilisation", "取决于使用". The tolerance then bounds nothing.
 */
const CONDITION_AFTER =
  /^[^;\n]{0,40}?(?:(?<![\p{L}])(?:depend(?:s|ing)?|dependent|varies|vary|based on|according to|subject to|je nach|abhängig|según|dependiendo|depende|selon|suivant|en fonction|a seconda|dipende|w zależności|zależy|в зависимости|залежно|tùy|tergantung)(?![\p{L}])|取决于|视(?:使用|情况|负载)|根据|による|次第)/iu;
/** The tolerance holds the estimate only when no condition follows it. */
function heldByTolerance(after: string): boolean {
  return TOLERANCE_NEXT.test(after) && !CONDITION_AFTER.test(after);
}

export interface RuntimeHit {
  start: number;
  end: number;
}

/** Estimated runtimes in `text`, read only when `label` (the clause's label) names a runtime. */
export function estimatedRuntime(label: string, text: string, valueStart: number): RuntimeHit[] {
  const value = text.slice(valueStart);
  if (test(FLOOR, value)) return [];
  const wholeDay = wholeDayRuntime(label, value, valueStart);
  if (!RUNTIME_LABEL.test(label))
    return [...value.matchAll(LASTS_ESTIMATED)]
      .map((m) => ({ start: valueStart + m.index, end: valueStart + m.index + m[0].length }))
      .filter((h) => !heldByTolerance(text.slice(h.end)))
      .concat(wholeDay);
  const hits: RuntimeHit[] = [...wholeDay];
  if (ESTIMATED_LABEL.test(label))
    for (const m of value.matchAll(RUNTIME_FIGURES))
      if (!SPAN.test(m[0]))
        hits.push({ start: valueStart + m.index, end: valueStart + m.index + m[0].length });
  for (const re of [ESTIMATED, JA_ZH_ESTIMATE, HEDGE_AFTER, DOUBTED])
    for (const m of value.matchAll(re))
      hits.push({ start: valueStart + m.index, end: valueStart + m.index + m[0].length });
  // "approx. 8 h ±0.5 h": the tolerance written beside the estimate bounds it, so the figure is held after all.
  return hits.filter((h) => !heldByTolerance(text.slice(h.end)));
}
