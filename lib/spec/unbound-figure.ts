/**
 * A figure the line itself says is not the goods' value: "Assay: 98-99% (typical value, for reference only)",
 * "Reinheit 99 % (Richtwert)", "含量：98%（典型值，仅供参考）", "Thread Count: 1800TC equivalent", "相当于1800支".
 * A typical or reference value is what the maker's lots usually show, not what this lot must reach; an
 * "equivalent" thread count is a marketing comparison (microfibre has no threads to count). Either way no
 * measurement of the delivered goods can fall short of it.
 *
 * Left alone when the field states a limit as well ("≥ 99.0%, typical 99.5%", "±0.3"): the limit binds and the
 * typical value only describes the lots. Freight estimates ("approx. 12 CBM, for reference only") are the shipper's
 * figure, not the goods', and are left alone too. Both are read in the disclaimed figure's own field: in "Assay:
 * 98-99% (typical value), Moisture: max 0.5%" the moisture limit binds the moisture, and the assay is still open.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import { BY_PRICE } from './by-price';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { figureElsewhere } from './figure-elsewhere';
import { namesAStandard } from './named-record';
import { anyOf, cjk, findAll, latinWords, regex, runStart, scriptWords, test } from './patterns';
import { tidyRange, vagueFinding } from './spec-finding';
import { BY_USE_OR_SEASON, onlyUseOrSeason } from './use-or-season';

/** "typical value", "for reference only", "Richtwert", "仅供参考": the writer's own disclaimer of the figure. */
const NOT_BINDING = anyOf(
  latinWords([
    // Not a bare 'Typ': German and Polish write it for 'type' ('12 V Typ H7').
    'typical(?: values?| figures?| data| results?)?',
    'typ\\.',
    '(?:for )?reference (?:only|value|data)',
    'for (?:your )?reference(?: only)?',
    'for information only',
    'indicative(?: only| values?)?',
    'not guaranteed',
    'valeurs? typiques?',
    'à titre (?:indicatif|informatif)',
    'valeur indicative',
    'Richtwert(?:e)?',
    'typische[rn]? Werte?',
    'nur zur (?:Information|Orientierung)',
    'unverbindlich',
    'valor(?:es)? típicos?',
    'solo como referencia',
    'valor(?:es)? de referencia',
    'valor(?:es)? de referência',
    'apenas (?:para|como) referência',
    'valor(?:i|e)? tipic[oi]',
    'solo indicativ[oi]',
    'a titolo indicativo',
    'wartość typowa',
    'tipik değer',
    'nilai tipikal',
    'giá trị (?:điển hình|tham khảo)',
  ]),
  scriptWords(['типичн\\p{L}* значени\\p{L}*', 'справочн\\p{L}*']),
  cjk(['仅供参考', '典型值', '参考值', '参考値', '代表値', '標準値', '참고(?:치|용|값)', '대표값']),
);
/**
 * "21%+ maybe", "800 lm, perhaps", "2 kg vielleicht", "21%也许": the writer will not stand behind the figure just written.
 * Read only right after a figure (FIGURE_BEFORE), so "maybe blue" is not this; not "maybe more" (a floor's hope), and
 * not under a timing label, whose estimates the ship-date rule reads.
 */
const MAYBE_WORD = anyOf(
  latinWords([
    '(?:maybe|perhaps|possibly|probably)(?! (?:more|higher|better|longer|even|earlier|sooner))',
    'quiz[áa]s?',
    'tal vez',
    'peut-être',
    'vielleicht',
    'forse',
    'talvez',
    'być może',
  ]),
  cjk(['也许', '或许']),
);
/**
 * The hedge bound to the figure: it ends the field or its clause ("8 kg maybe", "21%+ maybe, depends on batch") or
 * hedges a figure next to it ("60 W, possibly 65 W"). Not one that opens a clause of its own: "2 kg, probably the
 * lightest in its class", "2 kg, vielleicht interessiert Sie auch…" praise or sell, and leave the 2 kg standing.
 */
const MAYBE = String.raw`(?:${MAYBE_WORD})(?=\s{0,2}(?:$|[,;.)）。，；!?]|[~≈]?\d))`;
/**
 * The stated figure disowned by the real one, which may differ by any amount: "5000 mAh (nominal, actual may
 * differ)", "65 W rated, real output varies", "el valor real puede variar", "(номінальна, фактична може
 * відрізнятися)", "（标称，实际可能有差异）". The subject is read with the verb so that the figure before it is found
 * across it, in the same clause or the one before; a colour or a photo is no figure (not among the nouns).
 */
export const DISOWNING = anyOf(
  latinWords([
    '(?:the )?(?:actual|real|true)(?: (?:value|figure|capacity|power|output|one|results?|performance|runtime|brightness|reading))? (?:(?:may|can|might|could|will) )?(?:var(?:y|ies)|differs?|deviates?|be (?:different|lower))',
    '(?:el |la |lo )?(?:valor |capacidad |potencia )?(?:real|efectiv[oa]) (?:puede|podría) (?:variar|diferir|ser (?:diferente|menor))',
    '(?:o |a )?(?:valor |capacidade |potência )?(?:real|efetiv[oa]) (?:pode|poderá) (?:variar|diferir|ser (?:diferente|menor))',
    '(?:la |le )?(?:valeur |capacité |puissance )?(?:réelle?|effective?) (?:peut|pourrait) (?:varier|différer|être (?:différente?|inférieure?))',
    '(?:der |die |das )?(?:tatsächliche[rs]?|reale[rs]?) (?:Wert |Kapazität |Leistung )?(?:kann|könnte) (?:abweichen|variieren|geringer sein)',
    '(?:il |la )?(?:valore |capacità |potenza )?(?:reale|effettiv[oa]) (?:può|potrebbe) (?:variare|differire|essere (?:diversa|inferiore))',
    '(?:rzeczywist[aey]|faktyczn[aey]) (?:wartość |pojemność |moc )?(?:może|mogą) (?:się )?(?:różnić|odbiegać)',
    '(?:gerçek|fiili)(?: (?:değer|kapasite|güç))? (?:farklı olabilir|değişebilir)',
    '(?:giá trị |dung lượng |công suất )?thực tế (?:có thể )?(?:khác|thay đổi|chênh lệch)',
    '(?:nilai |kapasitas |daya )?(?:aktual|sebenarnya) (?:bisa|dapat|mungkin) (?:berbeda|bervariasi)',
  ]),
  scriptWords([
    '(?:фактичн|реальн|фактическ)\\p{L}{1,3}(?: (?:ємність|ёмкость|емкость|потужність|мощность|значення|значение))? (?:може|может|можуть|могут) (?:відрізнятися|відрізнятись|змінюватися|варіюватися|отличаться|варьироваться)',
  ]),
  // Simplified and traditional Chinese, Japanese "実際の容量は異なる場合があります", Korean "실제 용량은 다를 수 있음".
  cjk([
    '(?:实际|實際)(?:容量|功率|数值|數值|值)?(?:可能|会|會|或)(?:有|存在)?(?:差异|差異|偏差|出入|不同)',
    '実際の?(?:容量|値|出力|数値)?(?:は|が)?(?:異なる|変わる)(?:場合があります|ことがあります|可能性があります)',
    '실제\\s?(?:용량|값|출력)?(?:은|는|이|가)?\\s?(?:다를|달라질)\\s?수\\s?있',
  ]),
);

/**
 * "actual may vary slightly on screen vs printed chip", "real colour may differ from the photo due to monitor": the
 * difference named is how the goods look on a screen, a print or a photo, not a figure the goods fall short of.
 */
const RENDERING = regex(
  `^[^.;。；]{0,40}?${latinWords([
    'screens?',
    'monitors?',
    'displays?',
    'photos?',
    'pictures?',
    'images?',
    'printed',
    'print(?:ing|out)?',
    'chips?',
    'swatch(?:es)?',
    'pantalla',
    'foto',
    'imagen',
    'écran',
    'Bildschirm',
    'schermo',
  ])}|^[^。；]{0,20}?(?:屏幕|显示器|照片|图片|色卡)`,
  'iu',
);

/**
 * Whether a disowning phrase at `end` of `text` disowns a figure: not on a colour line (a colour is held to its code or
 * chip, "Pantone 186 C" is no measured figure), nor when what differs is the screen, print or photo.
 */
function disownsAFigure(clause: Clause, text: string, end: number): boolean {
  return clause.attribute !== 'color' && !RENDERING.test(text.slice(end, end + 60));
}

/**
 * A figure left to the lot the factory happens to make or buy: "900 lm, depends on LED batch", "1.0 mm, subject to
 * production batch", "3000 K, may vary by lot", "tùy lô hàng", "看批次". The lot is chosen after the order, so any
 * lot's figure is "the" figure. Read under any label, as the disowning phrases are: the lot names what varies.
 * Not "according to lot size" (ISO 2859 sampling), "batch date printed on label", "per batch no.": the lot's size, date
 * or number is a defined thing, not a value the lot decides.
 */
export const BY_BATCH = anyOf(
  latinWords([
    '(?:(?:it )?depend(?:s|ing|ent)?(?: on| upon)?|subject to|(?:may |can )?var(?:y|ies|ying) (?:by|with|per|from|according to)|according to|based on|as per) (?:the )?(?:actual |each |every |individual |specific )?(?:(?:production|LED|chip|raw[- ]material|material|fabric|dye|paper|resin|stone) )?(?:batch(?:es)?|lots?|bins?|binning|production runs?)(?!\\s{0,2}[-/]?\\s{0,2}(?:(?:lot|batch) )?(?:sizes?|dates?|numbers?|nos?\\b|nos?\\.|codes?|#|qty|quantit(?:y|ies)|labels?|records?|prints?|printed|marking))',
    '(?:from )?(?:batch to batch|lot to lot)',
    // "Purity >=95% (depending on grade)": the grade that ships is the supplier's pick, so the floor is whichever
    // grade's. Only after a verb of depending or varying: "packed according to grade" sorts the goods.
    '(?:(?:it )?depend(?:s|ing|ent)? (?:on|upon)|(?:may |can )?var(?:y|ies|ying) (?:by|with|according to)) (?:the )?(?:product |quality )?grades?',
    // "je nach Charge", "según el lote", "selon le lot", "w zależności od partii", "partiye göre": the lot in the
    // other languages read.
    '(?:je nach|abhängig von der) (?:Charge|Partie)|chargenabhängig',
    '(?:según|dependiendo del?|depende del?|seg[uú]n el) (?:el )?lote',
    '(?:selon|suivant|en fonction du) (?:le )?lot',
    '(?:conforme|dependendo do|depende do) (?:o )?lote',
    '(?:a seconda del|secondo il|in base al) lotto',
    '(?:w )?zależn(?:ie|ości) od partii',
    '(?:partiye|lota) göre',
  ]),
  // Ukrainian and Russian: "залежно від партії", "в залежності від партії", "в зависимости от партии", "от партии к
  // партии"; "залежно від сорту" (grade) likewise.
  scriptWords([
    '(?:в )?залежн(?:о|ості) від (?:парті[їяю]|сорту|ґатунку|гатунку)',
    '(?:в )?зависимости от (?:партии|сорта)',
    'від партії до партії',
    'от партии к партии',
  ]),
  // Not "根据批号" (the lot number), "按批量" (the lot size) or "批次日期" (its date): each is a defined thing.
  cjk([
    '(?:看|根据|按|依)(?:每|不同)?(?:批次(?![号码量]|日期)|批(?![次号码量]))(?:而定|不同|情况)?',
    '(?:批次|每批)(?:不同|会有差异|有差异|略有差异)',
  ]),
);

/**
 * "200-300 kg/h (depends on material)", "100% cotton (may contain other fibres)", "80 kg/h (je nach Rohstoff)": a
 * bracket right after the figure makes it conditional on what the factory later chooses, or lets the goods differ
 * from it, so no delivered lot can fall short of it. Only in that bracket: "lead time 30 days, depends on order size"
 * is a lead-time question the ship-date rule asks, and "depending on stock" after a list of grades is a choice.
 */
export const CONDITIONAL = anyOf(
  DISOWNING,
  BY_BATCH,
  BY_USE_OR_SEASON,
  BY_PRICE,
  latinWords([
    'depend(?:s|ing)? (?:on|upon)',
    'varies (?:with|by|according to)',
    'may (?:contain|include|vary|differ)',
    // "depende del modelo", "dependendo dos lotes": the article joined to the preposition is read too.
    'depende(?:n|ndo|rá)? d(?:el|[eoa]s?)',
    'puede (?:contener|variar)',
    'dépend(?:ant|ra)? d(?:es|[eu])',
    'peut (?:contenir|varier)',
    'je nach',
    'abhängig von',
    '(?:chargen|modell|serien)abhängig',
    'kann (?:\\p{L}+ ){0,3}(?:enthalten|variieren|abweichen)',
    'pode (?:conter|variar)',
    'tergantung',
    'bergantung (?:pada|dengan)',
    'dipende (?:da|dal|dalla|dai|dagli|dalle|dallo)',
    'a seconda d(?:el|ella|ei|ai|i)',
    'può (?:contenere|variare)',
    // A condition that names the lot or the model the figure follows: "selon le lot", "según modelo". A bare
    // "selon"/"según" is also how a drawing is cited ("según plano n.º …"), so only these nouns are read.
    '(?:selon|suivant|en fonction d(?:u|e la|es)) (?:le |la |les )?(?:lot|lots|modèle|modèles|série|arrivage|production)',
    '(?:según|conforme|de acuerdo (?:con|al)) (?:el |la |los |o |a )?(?:lote|lotes|modelo|partida)',
    '(?:varía|varia|varie|variano|variam|varían) (?:según|selon|conforme|a seconda|in base)',
    // Polish, Dutch, Czech, Romanian, Greek-free Latin forms, Swedish, Turkish, Vietnamese.
    '(?:w )?zależn(?:ie|ości) od',
    'zależy od',
    'może się różnić',
    'afhankelijk van',
    'hangt af van',
    'kan variëren',
    'verschilt per',
    'záleží na',
    'závisí na',
    'v závislosti na',
    'podle šarže',
    'în funcție de',
    'depinde de',
    'poate varia',
    `${runStart('\\p{L}')}\\p{L}+(?:tól|től) függ(?:ően)?`,
    'változhat',
    'beroende på',
    'beror på',
    'kan variera',
    'varierar',
    `${runStart('\\p{L}')}\\p{L}+ (?:göre|bağlı olarak) (?:değiş\\p{L}*|farklılık gösterir)`,
    'değişebilir',
    '(?:tùy|tuỳ) (?:theo|vào|thuộc)',
    // "0.8-1.2mm tùy lô hàng": "per lot" with the preposition left out, as Vietnamese writes it.
    '(?:tùy|tuỳ) (?:từng )?(?:lô|đợt|mẻ)(?: hàng| sản xuất)?',
    'phụ thuộc vào',
    'có thể (?:thay đổi|khác)',
  ]),
  scriptWords([
    'зависит от',
    'в зависимости от',
    'может (?:отличаться|варьироваться|меняться)',
    'залежить від',
    // Ukrainian "може відрізнятися" (may differ), as the Russian "может отличаться".
    '(?:може|можуть) (?:відрізнятися|відрізнятись|змінюватися|варіюватися)',
    'залежно від',
    'в залежності від',
    'εξαρτάται από',
    'ανάλογα με',
    'μπορεί να διαφέρει',
    // Arabic "حسب" is also how a drawing is cited ("حسب الرسم"): only with the lot, the model or the stock.
    '(?:حسب|بحسب|وفقا ل)\\s?(?:ال)?(?:دفعة|موديل|طراز|شحنة|مخزون|إنتاج)',
    'يعتمد على',
    'قد يختلف',
    'بسته به',
    'بستگی (?:دارد|به)',
    'תלוי ב\\p{L}*',
    'עשוי להשתנות',
    'पर निर्भर',
    'निर्भर करता',
  ]),
  cjk([
    '取决于',
    '视\\p{Script=Han}{1,6}而定',
    '因\\p{Script=Han}{1,6}而(?:异|不同)',
    '可能(?:含有|不同)',
    // Japanese and Korean: "ロットにより異なる", "モデルによって変わります", "로트에 따라 다름".
    '(?:により|によって|ごとに)(?:異な|変わ|違)',
    '에\\s?따라\\s?(?:다름|다릅니다|다를|달라|상이)',
    // Thai: "ขึ้นอยู่กับ…" (depends on), "แล้วแต่…" (up to).
    'ขึ้นอยู่กับ',
    'แล้วแต่',
  ]),
);
/**
 * "(depends on destination: 110 V 60 Hz version for US)", "(depends on storage below 25 °C)", "(pode variar conforme
 * cobertura ISO/IEC 19752, 5%)": the bracket measures what it makes the figure depend on, a stated alternative, a
 * condition with its figure or the test standard the figure is taken under. Each can be checked, so the figure is
 * not left to the factory's choice. A bare count ("depends on 2 factors") measures nothing.
 */
const MEASURED_CONDITION =
  /\d[\d.,]*\s{0,2}(?:%|°\s?[CF]?|℃|(?:V|Hz|kHz|W|kW|A|mA|mAh|Wh|kWh|mm|cm|m|km|g|kg|t|L|l|ml|h|min|s|rpm|bar|psi|MPa|kPa|lm|lx|K|dB|ppm|RH|µm|μm|days?|months?|years?|hours?|meses|mois|Monate|anos?|años?)(?![\p{L}\d]))/u;

/** A figure in the bracket about something else: a warranty, "100% new/tested", a CE mark, a shift, a dispatch. */
const OTHER_MATTER =
  /(?:warrant|guarant|garant|Gewährleist|garanzia|质保|保修|(?<![\p{L}])(?:new|novo|nuevo|neu|neuf|nuovo|test\p{L}*|CE|shifts?|Schicht|turno|poste|ship\p{L}*|dispatch\p{L}*|env[ií]o|entrega|livraison|Lieferung|delivery)(?![\p{L}]))/iu;

/**
 * The words that name the condition itself: up to the first comma ("depends on humidity below 60 % RH"), or, when a
 * colon follows the condition, what the colon gives ("depends on load: 75 kg rider, 25 °C"). "(depends on model,
 * 1 year warranty)" measures the warranty, not the model, and leaves the figure open.
 */
function conditionWords(bracket: string): string[] {
  const pieces = bracket.split(/[,;，；、]/u);
  const first = pieces[0] ?? '';
  return /[:：]/u.test(first) ? [first, ...pieces.slice(1)] : [first];
}

function measuresItsCondition(bracket: string): boolean {
  return conditionWords(bracket).some(
    (piece) => !OTHER_MATTER.test(piece) && (MEASURED_CONDITION.test(piece) || namesAStandard(piece)),
  );
}

/** A figure (and its unit) right before the disclaimer: "98-99% (typical value", "Reinheit 99 % Richtwert". */
const FIGURE_BEFORE = /\d[\d.,\s]*(?:[-–~]\s?\d[\d.,]*)?\s?\S{0,6}\s{0,2}[(（,，]?\s{0,2}$/u;
/**
 * A figure and its unit right before a condition with no bracket: "1,2 mm je nach Charge", "1,2 mm, dipende dal
 * lotto", "450 W selon le modèle". The unit must be written: "304 or 201 depending on stock" offers a choice of grades
 * (alternatives.ts), not a measured figure made conditional.
 */
// A rating word may stand between the figure and the condition: "65 W rated, real output varies", "5000 mAh номінальна,".
// "GSM 160-220 depends on batch", "pH 5-7, je nach Charge": the unit written before the figure, as fabric weight and
// acidity often are.
const FIGURE_UNIT_BEFORE =
  /(?:\d[\d.,]*(?:\s?[-–~]\s?\d[\d.,]*)?\s?[\p{L}°%℃"²³/]{1,8}\+?(?:\s{0,2}[,，]?\s{0,2}(?:nominal|rated|nominell|nominale?|Nennwert|номінальн\p{L}{1,3}|номинальн\p{L}{1,3}|标称|额定|danh định))?|(?<![\p{L}])(?:GSM|pH|Brix)\s{0,2}[:：]?\s{0,2}\d[\d.,]*(?:\s?[-–~]\s?\d[\d.,]*)?)\s{0,2}[,，]?\s{0,2}$/iu;
/** Matches nothing: the unbracketed reading is off. */
const NO_FIGURE = /(?!)/u;
/** A figure, a few unit words, then an open bracket the disclaimer sits in: "3000 lumens (ANSI lumens not". */
const FIGURE_BRACKET_BEFORE =
  /\d[\d.,]*(?:\s?[-–~]\s?\d[\d.,]*)?\s?[^\d()（）,;，；:：]{0,20}[(（][^()（）]{0,30}$/u;
/** A limit or tolerance on the line: the figure that binds is stated after all. */
const LIMIT =
  /[≥≤±]|\+\s?\/\s?-|>=|<=|\b(?:min(?:imum)?|max(?:imum)?|not (?:less|more) than|at least|no less than|(?<!not )guaranteed)\b|不(?:低|小|高|大)于|以上|以下|(?<![\p{L}])(?:макс|мін|мин)(?:имум|імум|имальн\p{L}*|імальн\p{L}*)?(?![\p{L}])|(?<![\p{L}])не (?:менш|більш|мене|боле)\p{L}*/iu;
/**
 * The shipper's estimates and the prices, not the goods' values. Not a bare "volume": "Volume: 500 ml" is the
 * goods' fill; a freight volume is written in CBM or m³ (after which no "\b" can stand).
 */
const FREIGHT =
  /[$€£¥]|m³|\b(?:USD|EUR|RMB|CNY|prices?|cost|quot(?:e|ation)|CBM|m3|freight|shipping|customs|gross weight|G\.?W\.?|measurement|container)\b|运费|体积|毛重/iu;

/** A separator followed by the next field's label: ", Moisture:", "; 水分：". */
const NEXT_FIELD = /[,;，；|]\s{0,3}\p{L}[\p{L}\p{N} .#/()%-]{0,30}?[:：]/gu;
/** How far a field is looked for around a figure: bounded, so a long line stays linear. */
const FIELD_REACH = 160;

/** The field of `line` around the offset `at`: from the label before it to the next field's label. */
function fieldAround(line: string, at: number): { start: number; end: number } {
  const from = Math.max(0, at - FIELD_REACH);
  let start = from;
  for (const m of line.slice(from, at).matchAll(NEXT_FIELD)) start = from + m.index + 1;
  const after = line.slice(at, at + FIELD_REACH);
  const next = after.search(new RegExp(NEXT_FIELD.source, 'u'));
  return { start, end: next < 0 ? at + after.length : at + next };
}

/** "1800TC equivalent", "equivalent to 1000 thread count", "équivalent 1000 fils", "相当于1800支". */
const THREAD_UNIT = '(?:TC|T/C|thread[- ]?count|threads?|fils|hilos|fios|Fäden|fili)';
const EQUIVALENT = anyOf(
  latinWords([
    `\\d{2,5}\\s{0,2}${THREAD_UNIT}?\\s{0,2}[- ]?(?:equivalent|equiv\\.?|équivalent|equivalente|äquivalent)`,
    `(?:equivalent to|equiv\\.? to|comparable to|feels like|équivalent(?: à)?|equivalente a|entspricht|vergleichbar mit)\\s{0,2}\\d{2,5}\\s{0,2}${THREAD_UNIT}`,
  ]),
  cjk(['相当于\\s{0,2}\\d{2,5}\\s{0,2}(?:支|TC|根)', '\\d{2,5}\\s{0,2}(?:支|TC)\\s{0,2}(?:同等|相当)']),
);
const THREAD_LABEL = /thread[- ]?count|\bTC\b|fils|hilos|fios|Fadendichte|fili|纱支|支数|密度/iu;

/** A measured property as the subject right before the condition: "output power depends on", "la capacidad depende". */
const PROPERTY_AS_SUBJECT =
  /(?:^|[\s,;(])(?:(?:output|rated|max(?:imum)?)\s+)?(?:performance|capacity|power|wattage|output|speed|flow|pressure|efficiency|brightness|lumens?|capacidad|potencia|rendimiento|capacidade|potência|desempenho|leistung|kapazität|puissance|capacité|rendement|capacità|potenza|prestazioni)\s*(?:[:：]\s*|\s(?:is|are|will)\s+|\s)$/iu;

/** A limit sign or word right before the figure the lot or grade condition follows: "≥95% (", "min 180 gsm, ". */
const LIMIT_FIGURE =
  /(?:[≥≤]|>=|<=|\b(?:min(?:imum)?|max(?:imum)?|at least)\b|(?<![\p{L}])(?:макс|мін|мин)(?:имум|імум)?(?![\p{L}]))\s{0,2}[.:]?\s{0,2}$/iu;
/** "Moisture: max 8% batch to batch": the limit holds for every lot, so nothing is taken back. */
const EVERY_LOT = /(?:batch|lot) to (?:batch|lot)|від партії до партії|от партии к партии/iu;
function takesTheLimitBack(condition: string, beforeFigure: string): boolean {
  return test(BY_BATCH, condition) && !EVERY_LOT.test(condition) && LIMIT_FIGURE.test(beforeFigure);
}

export const unboundFigureDetector: AttributeDetector = {
  attribute: 'performance',
  detect(clause: Clause, line: string): Finding[] {
    const text = clause.text;
    const hits: { start: number; end: number }[] = [];
    // "65 W rated, real output varies" is read by the performance rule already (figure-elsewhere.ts): told once.
    const readElsewhere = figureElsewhere(text, line);
    const disclaimers = [
      ...findAll(NOT_BINDING, text).map((m) => ({ ...m, figure: FIGURE_BEFORE })),
      ...(clause.attribute === 'shipDate' ? [] : findAll(MAYBE, text)).map((m) => ({
        ...m,
        figure: FIGURE_BEFORE,
      })),
      ...(clause.attribute === 'shipDate'
        ? []
        : findAll(CONDITIONAL, text)
            .filter((m) => !measuresItsCondition(bracketRest(text, m.end)))
            .filter((m) => !readElsewhere.some((e) => e.start < m.end && m.start < e.end))
            .filter((m) => !test(DISOWNING, m.text) || disownsAFigure(clause, text, m.end))
            // Unbracketed only under a field's own label ("Wandstärke: 1,2 mm je nach Charge"): in running text
            // ("ship within 20 days, depends on the schedule") the condition is some other rule's question.
            // A disowning phrase ("el valor real puede variar") or a lot ("depends on LED batch") names what the
            // figure's real value follows, so it is read under any label the clause reader does not know as well.
            .map((m) => ({
              ...m,
              figure:
                clause.attribute ||
                test(DISOWNING, m.text) ||
                test(BY_BATCH, m.text) ||
                test(BY_USE_OR_SEASON, m.text) ||
                test(BY_PRICE, m.text)
                  ? FIGURE_UNIT_BEFORE
                  : NO_FIGURE,
            }))),
    ];
    // "Capacidad: depende del modelo", "output power depends on the model": a measured property whose only value is the
    // condition, so no figure is promised at all (a figure before it is the bracket reading's case, below).
    if (clause.attribute !== 'shipDate')
      for (const m of findAll(CONDITIONAL, text)) {
        const subject = PROPERTY_AS_SUBJECT.exec(text.slice(0, m.start));
        if (!subject || measuresItsCondition(bracketRest(text, m.end))) continue;
        hits.push({ start: m.start - subject[0].trimStart().length, end: conditionEnd(text, m.end) });
      }
    // "Tenue de la couleur: selon usage", "Load: depends on use": the field's whole value is the condition.
    if (
      clause.valueStart > 0 &&
      clause.attribute !== 'shipDate' &&
      onlyUseOrSeason(text.slice(clause.valueStart))
    )
      hits.push({ start: clause.valueStart, end: text.length });
    // "Capacidad: 10000 mAh, el valor real puede variar": the disowning clause stands after the comma that closed the
    // figure's own clause, and disowns that figure.
    if (clause.start > 0 && clause.attribute !== 'shipDate')
      for (const m of findAll(DISOWNING, text)) {
        if (
          text.slice(0, m.start).trim() !== '' ||
          !disownsAFigure(clause, text, m.end) ||
          readElsewhere.some((e) => e.start < m.end && m.start < e.end)
        )
          continue;
        const before = line.slice(Math.max(0, clause.start - 60), clause.start + m.start);
        if (!FIGURE_UNIT_BEFORE.test(before) && !FIGURE_BRACKET_BEFORE.test(before)) continue;
        const field = fieldAround(line, clause.start + m.start);
        if (LIMIT.test(line.slice(field.start, field.end)) || FREIGHT.test(before)) continue;
        if (measuresItsCondition(text.slice(m.end, m.end + 40))) continue;
        hits.push({ start: m.start, end: conditionEnd(text, m.end) });
      }
    for (const m of disclaimers) {
      // The disclaimer must follow a figure of the same clause: "Photos for reference only" disclaims no figure.
      // "3000 lumens (ANSI lumens not guaranteed)": or sits in a bracket opened right after the figure and its unit.
      const before = text.slice(0, m.start);
      const figure = Math.max(before.search(m.figure), before.search(FIGURE_BRACKET_BEFORE));
      if (figure < 0) continue;
      // A limit binds its own field, even across a ";" ("99.5% typical; min 99.0%"); a price or freight word only
      // within the clause as well.
      const field = fieldAround(line, clause.start + m.start);
      // "Purity >=95% (depending on grade)": a lot or a grade right after the limit takes the limit itself back.
      if (
        LIMIT.test(line.slice(field.start, field.end)) &&
        !takesTheLimitBack(m.text, before.slice(0, figure))
      )
        continue;
      if (typicalBesideCeiling(before.slice(figure), text.slice(m.end))) continue;
      const end = clause.start + text.length;
      // "0.3-0.7 mm depending on price": the price the figure follows is the condition, not a freight or price field.
      const own = line.slice(Math.max(field.start, clause.start), Math.min(field.end, end));
      const condition = clause.start + m.start - Math.max(field.start, clause.start);
      const withoutPrice = test(BY_PRICE, m.text)
        ? own.slice(0, condition) + ' '.repeat(m.end - m.start) + own.slice(condition + m.end - m.start)
        : own;
      if (FREIGHT.test(withoutPrice)) continue;
      const from = Math.max(figure, clause.valueStart);
      hits.push({ start: from, end: conditionEnd(text, m.end) });
    }
    for (const m of findAll(EQUIVALENT, text))
      if (
        THREAD_LABEL.test(text) ||
        /\p{L}/u.test(m.text.replace(/equiv\p{L}*|équivalent|äquivalent|entspricht|相当于?|同等/giu, ''))
      )
        hits.push(m);
    const first = hits.sort((a, b) => a.start - b.start)[0];
    if (!first) return [];
    const range = tidyRange(text, first.start, first.end);
    const seen = text.slice(range.start, range.end);
    return [
      vagueFinding(attributeOf(clause), clause, {
        ...range,
        why: msg('spec.why.figureNotBinding'),
        fix: msg('spec.fix.figureNotBinding', { seen }),
      }),
    ];
  },
};

/**
 * "Runtime: 8 h typical, up to 12 h", "Helligkeit: 250 cd/m² typisch, bis zu 300 cd/m²": one typical figure and a
 * ceiling of the same unit after it, the pair a datasheet writes as typ./max. The ceiling must close its own
 * piece: in "up to 30 days standby, 10 days typical use" the ceiling is of another mode (standby), and a typical
 * span ("typical 15-20 m") is no figure the goods are held to.
 */
function typicalBesideCeiling(figureText: string, after: string): boolean {
  const fig = /^(\d[\d.,]*)\s?([\p{L}°/²]{1,8})\s{0,2}$/u.exec(figureText.trim() + ' ');
  if (!fig?.[2]) return false;
  const unit = fig[2].replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(
    String.raw`^[\s,，;；]{0,3}(?:up to|upto|bis zu|jusqu[’']à|hasta|até|fino a|最长|最大|最高)\s{0,2}\d[\d.,]*\s{0,2}${unit}(?=\s{0,2}(?:$|[,;，；)）.]))`,
    'iu',
  ).test(after);
}

/** The rest of the bracket a disclaimer opens, up to its close (or a bounded reach when none is written). */
function bracketRest(text: string, end: number): string {
  const rest = text.slice(end, end + 80);
  const close = rest.search(/[)）]/u);
  return close < 0 ? rest : rest.slice(0, close);
}

/** Where the condition ends: its bracket's close, or (unbracketed) the next separator: "1,2 mm je nach Charge". */
function conditionEnd(text: string, end: number): number {
  const closed = closeBracket(text, end);
  if (closed > end) return closed;
  const rest = /^[^,;，；。)）]{0,40}/u.exec(text.slice(end))?.[0] ?? '';
  return end + rest.trimEnd().length;
}

function closeBracket(text: string, end: number): number {
  const rest = regex('^[^)）]{0,40}[)）]', 'u').exec(text.slice(end));
  return rest ? end + rest[0].length : end;
}

/** Under a labelled attribute the finding is that attribute's; otherwise a performance figure. */
function attributeOf(clause: Clause) {
  return clause.attribute && clause.attribute !== 'shipDate' ? clause.attribute : 'performance';
}
