/**
 * How long one unit runs, given as an estimate: "Autonomie batterie : environ 8 heures", "Battery life: about 8
 * hours", "連続再生時間：約8時間", "Laufzeit: ca. 6 Std.". A runtime is what the buyer checks against a minimum; "about 8
 * hours" sets none, so a unit that dies after seven still matches the order. Read only under a runtime label: "about
 * 8 hours" of curing or of a charging step is not the goods' endurance. A runtime written as a floor ("min. 8 h",
 * "≥ 8 h") or tested under a named standard is already the promise.
 * A span ("Playing time: 3-4 h", "Battery life: 5 to 10 days") is left alone: listings write a runtime that way as
 * the range the use makes it vary over, and the real-source corpus labels such lines clear.
 */
import { anyOf, cjk, latinWords, regex, scriptWords, test } from './patterns';
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
  String.raw`${FIG}\s{0,2}${TIME_UNIT}(?:${END}\s{0,2}(?:approx(?:\.|imately)?|aprox(?:\.|imadamente)?|or so|more or less|roughly|environ|à peu près|ca\.|circa|etwa|all'incirca|około|khoảng|تقريبا|تقریبا|लगभग|के आसपास)(?![\p{L}\p{M}])|\s{0,2}(?:左右|上下|前後|程度|くらい|ぐらい|ほど|정도|내외|가량))`,
  'giu',
);
/**
 * "Battery: 2000mAh, lasts about 8 hours", "dura unas 8 horas", "hält ca. 6 Stunden", "працює близько 8 годин": a verb of
 * lasting names the runtime when the label names only the battery. The estimate is the same one a runtime label's is.
 */
const LASTS = regex(
  String.raw`(?:(?<![\p{L}])(?:lasts?|runs?|works?|keeps? (?:going|working)|dura|duran|dure|durent|hält|läuft)(?: for)?|(?<![\p{L}])(?:працює|работает|служит))\s{1,2}`,
  'iu',
);
const LASTS_ESTIMATED = regex(
  String.raw`${LASTS.source}(?:(?:${RATING_ESTIMATE_BEFORE}|${SPANISH_SOME})\s{0,2}${FIG}\s{0,2}${TIME_UNIT}${END}|${FIG}\s{0,2}${TIME_UNIT}${END}\s{0,2}(?:approx(?:\.|imately)?|or so|more or less|roughly|environ|aproximadamente|ungefähr|etwa)(?![\p{L}\p{M}]))`,
  'giu',
);
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
  if (!RUNTIME_LABEL.test(label))
    return [...value.matchAll(LASTS_ESTIMATED)]
      .map((m) => ({ start: valueStart + m.index, end: valueStart + m.index + m[0].length }))
      .filter((h) => !heldByTolerance(text.slice(h.end)));
  const hits: RuntimeHit[] = [];
  for (const re of [ESTIMATED, JA_ZH_ESTIMATE, HEDGE_AFTER])
    for (const m of value.matchAll(re))
      hits.push({ start: valueStart + m.index, end: valueStart + m.index + m[0].length });
  // "approx. 8 h ±0.5 h": the tolerance written beside the estimate bounds it, so the figure is held after all.
  return hits.filter((h) => !heldByTolerance(text.slice(h.end)));
}
