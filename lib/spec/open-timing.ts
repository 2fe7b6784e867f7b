/**
 * Shipment timings that name no last day, in the forms the shared date lexicon does not read: a week number with no
 * year ("ETD: week 14", "KW 14"), a holiday in the other languages ("после праздников", "sau Tết", "春节前"), "a few
 * weeks" ("binnen enkele weken", "quelques semaines"), an approximate count ("ประมาณ 2-3 สัปดาห์", "sekitar 3
 * minggu") and a lead time said to vary with the factory's load ("sipariş yoğunluğuna göre değişir"). None of them
 * gives a day the goods are late after, even when a start event is named: "a few weeks after deposit" still has
 * no count.
 */

import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';

export interface TimingHit {
  start: number;
  end: number;
  text: string;
}

/**
 * Sending verbs and the timing nouns of the languages SHIP_CUE does not list: Russian "отгрузим", Chinese chat
 * "发出去", Dutch "levering", Thai "จัดส่ง", Indonesian "pengiriman", Vietnamese "giao hàng". Read only to decide that
 * a holiday, a week or "a few weeks" is about the goods.
 */
const MORE_SHIP_CUES = anyOf(
  latinWords([
    'lever(?:ing|en|tijd|datum|termijn)',
    'geleverd',
    'verzend(?:ing|en)?',
    'verzonden',
    'pengiriman',
    '(?:di)?kirim(?:kan)?',
    'giao(?: hàng)?',
    'gửi hàng',
  ]),
  scriptWords(['отгруз\\p{L}*', 'отправ\\p{L}*', 'достав\\p{L}*', 'поставк\\p{L}*', 'الشحن', 'التسليم']),
  cjk(['发出', '发走', '寄出', '出运', '到货', 'จัดส่ง', 'ส่งของ', 'ส่งสินค้า', '배송', '발송', '出荷']),
);

/**
 * "ETD: week 14", "KW 14", "CW14", "semana 14", "第14周": a week number with no year and no numbering named. ISO and
 * US weeks differ, and the year is open; "CW14/2026", "2026-KW 14" or "week 14 (30 Mar – 5 Apr 2026)" names it and
 * is left alone. Only a year tied to the week does: in "week 14, price valid until 31 Dec 2026" the year is the
 * price's. A range of weeks ("week 14-15") is as open as one week.
 */
const WEEK_NUMBER = anyOf(
  latinWords([
    '(?:week|wk|KW|CW|WW|semana|semaine|settimana|Woche|tydzień|tydzien|hafta|minggu ke-?|tuần)\\.?\\s{0,2}(?:no\\.?\\s{0,2}|#\\s{0,2})?\\d{1,2}(?:\\s{0,2}[-–~]\\s{0,2}\\d{1,2}(?!\\d))?(?!\\d|\\s{0,2}(?:[-–~]\\s{0,2}\\d|after|from|of|nach|después|après|dopo|sau|setelah|po\\b))',
  ]),
  cjk(['第\\s{0,2}\\d{1,2}\\s{0,2}(?:周|週|주)']),
);
/** A year right after the week ("/2026", ", 2026", " of 2026", " (30 Mar – 5 Apr 2026)") or right before it ("2026-"). */
const YEAR_AFTER_WEEK =
  /^\s{0,2}(?:(?:[/,.-]|of|del?|du|von|z)\s{0,2}|[(（][^)）]{0,30}?)(?:19|20)\d{2}(?!\d)/iu;
const YEAR_BEFORE_WEEK = /(?<!\d)(?:19|20)\d{2}\s{0,2}(?:[-/年(（]\s{0,2})?$/u;
/** What may stand between a week and the date that spells it out: "03.04.2026 (week 14)", "week 14 = 3 Apr". */
const BESIDE = /^[\s(（)）/,=:–-]{0,4}$/u;

function weekWithoutYear(text: string, dates: readonly { start: number; end: number }[] = []): TimingHit[] {
  return findAll(WEEK_NUMBER, text).filter(
    (m) =>
      !YEAR_AFTER_WEEK.test(text.slice(m.end, m.end + 40)) &&
      !YEAR_BEFORE_WEEK.test(text.slice(Math.max(0, m.start - 8), m.start)) &&
      !dates.some(
        (d) =>
          (d.start >= m.end && BESIDE.test(text.slice(m.end, d.start))) ||
          (d.end <= m.start && BESIDE.test(text.slice(d.end, m.start))),
      ),
  );
}

/**
 * The week numbers left open in a clause that also holds exact dates: "Delivery: week 14, price valid until 31 Dec
 * 2026" (the date is the price's); a date written right beside the week spells it out ("week 14 (3 Apr 2026)").
 */
export function weeksBesideDates(
  text: string,
  cued: boolean,
  dates: readonly { start: number; end: number }[],
): TimingHit[] {
  if (!(cued || test(MORE_SHIP_CUES, text))) return [];
  // "KW 36 (ab Werk), spätestens 05.09.2025", "week 36, no later than 5 Sep 2025": the deadline's date bounds the week
  // and gives it its year; late is provable against it.
  if (dates.some((d) => LATEST_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)))) return [];
  return weekWithoutYear(text, dates);
}
const LATEST_BEFORE =
  /(?:(?<![\p{L}])(?:spätestens|at the latest|latest|latest by|no later than|not later than|au plus tard(?: le)?|a más tardar(?: el)?|como máximo(?: el)?|o mais tardar(?: em)?|até no máximo|entro e non oltre(?: il)?|al più tardi(?: il)?|najpóźniej(?: do)?|uiterlijk|en geç|не позднее|не позже)|不迟于|最迟|最晚)\s{0,2}[:：]?\s{0,2}$/iu;

/** Holidays and their breaks in the languages the English list does not cover; none names a day or a year. */
const HOLIDAY = anyOf(
  latinWords([
    // Dutch and Polish: "na de feestdagen", "voor Chinees Nieuwjaar", "po świętach", "przed Nowym Rokiem".
    '(?:na|voor|rond) (?:de |het )?(?:feestdagen|vakantie|bouwvak|(?:Chinees )?Nieuwjaar|Kerst(?:mis)?)',
    '(?:po|przed) (?:świętach|święta|Nowym Rokiem|chińskim Nowym Rokiem|urlopie|wakacjach)',
    // Turkish: "bayramdan sonra", "bayram öncesi", "yılbaşından sonra".
    '(?:bayram|tatil|yılbaşı|Çin yeni yılı)(?:dan|den|ından|inden|ndan|nden)? (?:sonra|önce(?:si)?)',
    // Indonesian and Vietnamese: "setelah Lebaran", "sebelum Imlek", "sau Tết", "trước Tết", "sau kỳ nghỉ".
    '(?:setelah|sesudah|sebelum|habis|abis) (?:libur(?:an)?|Lebaran|Imlek|Idul Fitri|tahun baru|Natal)(?: Imlek)?',
    '(?:sau|trước) (?:kỳ nghỉ|Tết|lễ|dịp lễ)(?: Nguyên Đán)?',
  ]),
  scriptWords([
    // Russian: "после праздников", "до Нового года", "после китайского Нового года", "после майских".
    '(?:после|до|перед) (?:праздник(?:ов|ами|а)?|каникул|отпуск(?:а|ов)|майских|(?:китайского )?Нового года|Рождества)',
    // Arabic: "بعد العيد", "قبل رأس السنة الصينية".
    '(?:بعد|قبل) (?:العيد|عيد [\\p{Script=Arabic}]+|رأس السنة(?: الصينية)?|الإجازة|العطلة)',
  ]),
  cjk([
    '春节(?:之?[前后]|期间|假期?(?:之?[前后]|结束))',
    '过年(?:之?[前后]|回来)',
    '年[前后](?=\\s{0,2}(?:一定|就|会|可以|能|发|出|交|到))',
    '(?:国庆|中秋|端午|五一|元旦)(?:节|假期?)?(?:之?[前后])',
    // Japanese and Korean: "正月明け", "連休明け", "年明け", "설 연휴 이후", "명절 후".
    '(?:正月|連休|お盆|年末年始|GW|ゴールデンウィーク)(?:明け|前|後)',
    '年明け',
    '(?:설|추석|명절|연휴)(?: 연휴)? ?(?:이후|후|전|지나고)',
    // Thai: "หลังสงกรานต์" (after Songkran), "หลังปีใหม่", "ก่อนตรุษจีน".
    '(?:หลัง|ก่อน)(?:สงกรานต์|ปีใหม่|ตรุษจีน|วันหยุด|เทศกาล)',
  ]),
);

/** "within a few weeks", "binnen enkele weken", "dans quelques semaines", "几天内", "몇 주": a count left unsaid. */
const FEW_UNITS = anyOf(
  latinWords([
    '(?:a )?(?:few|couple(?: of)?|several)(?: more)? (?:days|weeks|months)',
    '(?:enkele|een paar|paar|aantal) (?:dagen|weken|maanden)',
    '(?:einigen|ein paar|wenigen|mehreren) (?:Tagen|Wochen|Monaten)',
    '(?:unas|unos|algunas|algunos|pocas|pocos)(?: pocas| pocos)? (?:días|semanas|meses)',
    'quelques (?:jours|semaines|mois)',
    '(?:qualche|pochi|poche|alcuni|alcune) (?:giorn[oi]|settiman[ae]|mes[ei])',
    '(?:alguns|algumas|poucos|poucas) (?:dias|semanas|meses)',
    'kilk(?:a|u)(?:nast(?:u|e))? (?:dni|tygodni|miesięcy)',
    'birkaç (?:gün|hafta|ay)',
    'beberapa (?:hari|minggu|bulan)',
    'vài (?:ngày|tuần|tháng)',
  ]),
  scriptWords([
    'нескольк(?:о|их|ими) (?:дн(?:ей|я)|недел(?:ь|и|ями)|месяц(?:ев|а))',
    'بضعة (?:أيام|أسابيع|أشهر)',
  ]),
  cjk([
    '几(?:天|周|个星期|个月)',
    '数(?:日|週間|ヶ月|か月)',
    '몇 ?(?:일|주|달|개월)',
    'ไม่กี่(?:วัน|สัปดาห์|อาทิตย์|เดือน)',
  ]),
);

const COUNT = String.raw`\d{1,4}(?:\s{0,2}[-–~〜]\s{0,2}\d{1,4})?`;
/** A count in Persian or Urdu: figures of any script, or a number word ("یک", "دو", "ایک"). */
const FA_COUNT = String.raw`(?:[\d۰-۹٠-٩]{1,4}(?:\s{0,2}[-–~]\s{0,2}[\d۰-۹٠-٩]{1,4})?|یک|دو|سه|چهار|پنج|شش|هفت|هشت|ده|چند|ایک|تین|چار)`;
const FA_UNIT = String.raw`(?:روز(?:\s?کاری)?|هفته|ماه|دن|ہفت[ےه]|مہین[ےہ]|ماہ)`;
const HI_COUNT = String.raw`(?:[\d०-९]{1,4}(?:\s{0,2}[-–~]\s{0,2}[\d०-९]{1,4})?|एक|दो|तीन|चार|पांच|पाँच|छह|दस)`;
/** "ประมาณ 2-3 สัปดาห์", "sekitar 3 minggu", "ongeveer 4 weken", "yaklaşık 20 gün", "2週間程度": an estimate, not a term. */
const APPROX_COUNT = anyOf(
  latinWords([
    `(?:ongeveer|circa|ca\\.|rond de|zo'n) ${COUNT} ?(?:werk)?(?:dagen|weken|maanden)`,
    `(?:sekitar|kurang lebih|kira-kira|lebih kurang|kurleb) ${COUNT} ?(?:hari|minggu|bulan)(?: kerja)?`,
    `(?:yaklaşık|ortalama|aşağı yukarı|tahmini) ${COUNT} ?(?:iş )?(?:gün|hafta|ay)`,
    `(?:około|ok\\.|mniej więcej|orientacyjnie) ${COUNT} ?(?:dni|tygodni(?:e)?|tyg\\.|miesięcy|mies\\.)(?: roboczych)?`,
    `khoảng ${COUNT} ?(?:ngày|tuần|tháng)`,
    // Czech: "cca 30 dní", "přibližně 4 týdny", "zhruba 2 měsíce".
    `(?:cca\\.?|přibližně|zhruba|asi|okolo) ${COUNT} ?(?:pracovních )?(?:dní|dnů|dny|týdn(?:ů|y)|měsíc(?:e|ů)?)`,
  ]),
  scriptWords([
    `(?:حوالي|تقريبا|تقريبًا) ${COUNT} ?(?:يوم|أيام|أسابيع|أسبوع|أشهر|شهر)`,
    // Persian and Urdu, the count in figures of either script or in words: "حدود یک ماه", "تقریباً ۳۰ روز",
    // "تقریباً ایک مہینہ"; or a count closed by the adjective: "یک ماه پس از پیش‌پرداخت، تقریبی".
    `(?:در حدود|حدود|حدودا|حدوداً|تقریبا|تقریباً|نزدیک به|لگ بھگ) ${FA_COUNT} ?${FA_UNIT}`,
    `${FA_COUNT} ?${FA_UNIT}[^،,;.\\n]{0,40}[،,]\\s{0,2}(?:تقریبی|تخمینی|حدودی)`,
    // Hindi: "लगभग 30 दिन", "करीब एक महीना".
    `(?:लगभग|करीब|क़रीब|तकरीबन|अंदाज़न) ${HI_COUNT} ?(?:दिन|हफ़्त\\p{M}?|हफ्त\\p{M}?|सप्ताह|महीन\\p{M}?)`,
    // The same estimate written after the count, as Hindi, Nepali and Marathi also do: "30 दिन के आसपास", "30 दिन
    // लगभग", "३० दिन जति" (Nepali), "30 दिवसांच्या आसपास" (Marathi); and Nepali/Marathi before it: "करिब ३० दिन", "सुमारे 30 दिवस".
    `${HI_COUNT} ?(?:दिन|दिवस\\p{L}*|हफ़्त\\p{M}?|हफ्त\\p{M}?|सप्ताह|महीन\\p{M}?)(?: के| का| की|ांच्या)? ?(?:आसपास|लगभग|जति|जत्ति)(?![\\p{L}\\p{M}])`,
    `(?:करिब|सुमारे|अंदाजे) ${HI_COUNT} ?(?:दिन|दिवस\\p{L}*|हप्त\\p{L}*|सप्ताह|महिन\\p{L}*)`,
    // Bengali: "প্রায় ৩০ দিন", "৩০ দিনের মতো".
    `প্রায় [\\d০-৯]{1,4} ?(?:দিন|সপ্তাহ|মাস)`,
    `[\\d০-৯]{1,4} ?(?:দিনের|সপ্তাহের|মাসের) মতো`,
  ]),
  cjk([
    `ประมาณ\\s{0,2}${COUNT}\\s{0,2}(?:วัน|สัปดาห์|อาทิตย์|เดือน)`,
    `(?<!\\d)${COUNT}\\s{0,2}(?:日|日間|営業日|週間|ヶ月|か月)(?:程度|ほど|前後|くらい|ぐらい)`,
    // "約2〜3週間", "およそ30日": the Japanese estimate written before the count, as 程度 is after it. Not the 約 of a
    // word it ends (契約 contract, 予約 booking, 規約, 節約, 要約, 集約, 制約, 条約, 簽約/合約 in Chinese): "契約30日以内".
    `(?:(?<![契予規规節节要集制条條簽签合締缔盟誓公婚解特違违確确成協协密黙默倹俭])約|およそ|大体|だいたい)\\s{0,2}${COUNT}\\s{0,2}(?:日|日間|営業日|週間|ヶ月|か月)`,
  ]),
);

/** The timing nouns a "varies with …" sentence is about: "delivery time", "teslimat süresi", "levertijd", "交期". */
const TIMING_NOUN = anyOf(
  latinWords([
    '(?:delivery|shipping|shipment|production|dispatch) (?:time|date|schedule)',
    'lead[- ]?times?',
    'turnaround(?: time)?',
    'Liefer(?:zeit|termin)',
    'Produktionszeit',
    'plazos? de (?:entrega|producción)',
    'tiempos? de (?:entrega|producción|envío)',
    'délais?(?: de (?:livraison|production|fabrication))?',
    'tempi di (?:consegna|produzione|spedizione)',
    'prazos? de (?:entrega|produção)',
    'tempo de (?:entrega|produção|envio)',
    'lever(?:tijd|termijn|datum)',
    '(?:czas|termin) (?:dostawy|realizacji|wysyłki)',
    '(?:teslim(?:at)?|üretim|sevkiyat) (?:süresi|tarihi)',
    'waktu (?:pengiriman|produksi|pengerjaan)',
    'thời gian (?:giao hàng|sản xuất)',
  ]),
  scriptWords(['срок(?:и)? (?:поставки|отгрузки|изготовления|производства|доставки)']),
  cjk(['交期', '交货期', '货期', '納期', '납기', 'ระยะเวลา(?:จัดส่ง|ผลิต)']),
);
/** "varies with", "depends on", "göre değişir", "hängt … ab", "视…而定": the supplier sets it later. */
const VARIES = anyOf(
  latinWords([
    'var(?:y|ies|ying|iable)',
    'depend(?:s|ing|ent)?',
    'variiert',
    'hängt',
    'abhängig',
    // "Lieferzeit je nach Lagerbestand", "plazo según existencias", "délai selon stock": set by what the supplier holds.
    'je nach',
    'seg[uú]n (?:(?:el|la|las|los) )?(?:stock|existencias|disponibilidad|inventario)',
    'selon (?:le |la |les )?(?:stock|disponibilité)',
    'var[íi]a(?:n|ble)?',
    'depende(?:n)?',
    'dépend(?:ent)?',
    'dipend(?:e|ono)',
    'varieert',
    'hangt',
    'afhankelijk',
    'zależ(?:y|ą|ny)',
    '(?:göre|bağlı olarak) değiş\\p{L}*',
    'değişir',
    'değişkenlik gösterir',
    'bağlıdır',
    'tergantung',
    'bervariasi',
    'tùy(?: theo| vào)?',
    'phụ thuộc',
  ]),
  scriptWords(['завис(?:ит|ят)', 'варьиру\\p{L}*', 'меня(?:ется|ются)']),
  cjk([
    '视.{1,8}而定',
    '不定',
    '不一定',
    '次第',
    '(?:により|によって)(?:異なり|変わり)',
    'ขึ้นอยู่กับ',
    '따라 (?:다릅니다|달라)',
  ]),
);
const VARYING_TIMING = `(?:${TIMING_NOUN})[^,;.，。；\\d]{0,60}?(?:${VARIES})[^,;.，。；\\d]{0,40}`;

/**
 * "production time as per factory", "lead time at the supplier's discretion", "plazo de entrega según la fábrica":
 * the timing noun handed to the maker by name. Whatever figure stands beside it, the maker sets the day.
 */
const MAKER_SETS_TIMING = `(?:${TIMING_NOUN})\\s{0,2}[:：]?\\s{0,2}${anyOf(
  latinWords([
    "(?:as per|per|according to|set by|decided by|at the discretion of) (?:the |our )?(?:factory|supplier|seller|manufacturer|maker|mill|workshop)(?:[’']s)?(?! (?:schedule|plan|calendar|list|contract|agreement|confirmation|quotation)\\s{0,2}(?:no\\.?|#|n[°º])?\\s{0,2}\\d)",
    "at (?:the )?(?:factory|supplier|seller|manufacturer)[’']s discretion",
    '(?:seg[uú]n|a criterio de) (?:la |el )?(?:fábrica|proveedor|fabricante)',
    '(?:conforme|a critério d[ao]) (?:a |o )?(?:fábrica|fornecedor|fabricante)',
    '(?:selon|au choix de) (?:l[’\u0027])?(?:usine|fournisseur|fabricant)',
    '(?:laut|nach Ermessen) (?:des |dem )?(?:Werks?|Lieferanten|Herstellers?)',
  ]),
)}`;

/**
 * Open timings in one clause; `cued` says the clause is already known to talk about the goods' timing, `labelled`
 * that it stands under a timing label (whose value the ship-date rule reads itself: "Lead time: depends on stock").
 */
export function openTimingHits(text: string, cued: boolean, labelled = false): TimingHit[] {
  // "production time as per factory" names its own subject and its doer, with or without a figure beside it.
  const maker = findAll(MAKER_SETS_TIMING, text).map(trimmed);
  if (!cued && !test(MORE_SHIP_CUES, text)) {
    // "Lead time varies with order volume" names its own subject; the other forms need a timing word.
    return /\d/u.test(text) ? maker : [...maker, ...findAll(VARYING_TIMING, text).map(trimmed)];
  }
  const hits = [
    ...maker,
    ...findAll(HOLIDAY, text),
    ...findAll(FEW_UNITS, text),
    ...findAll(APPROX_COUNT, text),
  ];
  hits.push(...weekWithoutYear(text));
  // With a figure in the clause, the figure is the lead time and is read by the duration rules instead.
  if (!labelled && !/\d/u.test(text)) hits.push(...findAll(VARYING_TIMING, text).map(trimmed));
  return hits;
}

function trimmed(m: TimingHit): TimingHit {
  const text = m.text.replace(/[\s\p{P}]+$/u, '');
  return { ...m, end: m.start + text.length, text };
}
