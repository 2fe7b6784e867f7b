/**
 * A tolerance or allowance named by a word instead of a figure: "small tolerance", "normal machining
 * tolerance", "Tolerance: small", "公差：正常". The dimensions may be exact, yet nothing says how far a part
 * may stray from them, so no part can be shown to be out. Silent when a figure, a fit (H7) or a tolerance
 * standard (ISO 2768-m, DIN 16742, GB/T 1804) stands in the same clause.
 */

import { OPEN_ALLOWANCE } from './open-allowance';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';

const ADJECTIVE =
  '(?:small|tight|close|normal|standard|usual|customary|habitual|reasonable|acceptable|minimal|minimum|little|slight|common|general|allowable|permitted|good)';
/**
 * "factory standard", "standard usine", "estándar de fábrica", "Werksnorm", "厂标": the maker's own unwritten habit
 * named as the standard. No document, number or figure backs it, so it is the factory's word against the buyer's.
 */
const HOUSE_STANDARD = anyOf(
  latinWords([
    "(?:(?:the |our )?(?:(?:normal|usual|general|common) )?(?:factory|manufacturer[’']?s?|supplier[’']?s?|company|in-house|internal|house|our|industry|usual)(?:[- ](?:usual|normal|general))?[- ]standards?)",
    "standards? (?:d[’'])?(?:de l[’'])?(?:usine|fabricant|fabrique|maison|interne)",
    '(?:norme|standard) (?:de l[’\x27])?usine',
    '(?:estándar|norma|normas|estándares) (?:de|de la|del) (?:fábrica|fabricante)',
    '(?:padrão|padrões|norma) (?:de|da|do) (?:fábrica|fabricante)',
    '(?:Werks|Fabrik|Haus|Hersteller)(?:standard|norm)',
    'standard (?:di fabbrica|aziendale|del produttore|della fabbrica)',
    '(?:standard|norma) (?:fabryczny|fabryczna|zakładow[ya]|producenta)',
    'fabrika standard[ıi]',
    'tiêu chuẩn (?:nhà máy|xưởng)',
    'standar (?:pabrik|pabrikan)',
    // The trade's habit named as the standard: "secondo standard del settore", "estándar de la industria",
    // "Branchenstandard", "standard branżowy", "sektör standardı", "tiêu chuẩn ngành", "standar industri".
    '(?:standard|norma|normativa) (?:del|di) settore',
    '(?:estándar|norma)(?:es)? (?:de la |del )?(?:industria|sector)',
    '(?:padrão|norma) (?:da |do )?(?:indústria|setor)',
    "(?:standard|norme)s? (?:de l[’'])?(?:industrie|profession)",
    '(?:Industrie|Branchen)(?:standard|norm)',
    'standard branżow[ya]',
    'sektör standard[ıi]',
    'tiêu chuẩn ngành',
    'standar industri',
    // Hungarian, Romanian, Czech, Swedish, Malay: "gyári szabvány szerint", "conform standardului fabricii", "dle
    // normy výrobce", "enligt fabriksstandard", "ikut standard kilang".
    '(?:gyári|üzemi|belső) (?:szabvány|előírás)\\p{L}{0,4}',
    'standard(?:ul|ului|ele|elor)? (?:fabricii|de fabrică|intern|producătorului)',
    '(?:norm[ayěu]|standard[uy]?) (?:výrobce|závodu|firmy)',
    '(?:podnikov|továrn|firemn)\\p{L}{1,3} (?:norm|standard)\\p{L}{0,3}',
    '(?:fabriks|tillverkar|företags)(?:standard|norm)(?:en)?',
    'tillverkarens (?:standard|norm)',
    '(?:standard|piawaian) (?:kilang|pengilang)',
  ]),
  scriptWords([
    'заводско(?:й|му) стандарт(?:у)?',
    'отраслево(?:й|му) стандарт(?:у)?',
    'стандарт(?:у)? (?:завода|производителя)',
    'معيار المصنع',
    'حسب معايير المصنع',
    // Ukrainian, Greek, Hebrew, Persian, Urdu, Bengali: "за стандартом заводу", "σύμφωνα με το πρότυπο του
    // εργοστασίου", "תקן המפעל", "استاندارد کارخانه", "فیکٹری کا معیار", "কারখানার মান".
    'стандарт(?:ом|у|и)? (?:заводу|виробника|підприємства)',
    '(?:заводськ|внутрішн)\\p{L}{1,3} стандарт\\p{L}{0,3}',
    '(?:πρότυπ|προδιαγραφ)\\p{L}{1,3} (?:του )?(?:εργοστασίου|κατασκευαστή)',
    'εργοστασιακ\\p{L}{1,3} (?:πρότυπ|προδιαγραφ)\\p{L}{1,3}',
    'תקן (?:ה)?(?:מפעל|יצרן)',
    'استاندارد(?:های)? (?:کارخانه|تول[یي]د\\s?کننده)',
    '(?:ف[یي]کٹری|کارخانے) (?:کا|کے) (?:معیار|اسٹینڈرڈ)',
    '(?:কারখানার|ফ্যাক্টরির) (?:মান|স্ট্যান্ডার্ড)',
  ]),
  cjk([
    '厂标',
    '(?:工厂|厂家|出厂|厂内|行业)标准',
    '工場基準',
    '社内基準',
    '業界基準',
    '공장 기준',
    '업계 기준',
  ]),
);
const TOLERANCE_LABEL =
  '(?:tűrés(?:e|ek)?|toleranț(?:a|ă|e|ele)|toleranc(?:e|í)|toleransen|ανοχ(?:ή|ές)|ανοχών|סבילות|סבולת|تلورانس|ٹالرنس|টলারেন্স|had terima|tolerances?|deviations?|allowances?|tolérances?|écarts?|tolerancias?|desviaciones|tolerâncias?|desvios?|Toleranz(?:en)?|Abweichung(?:en)?|tolleranz[ae]|tolerancj[ae]|tolerans|dung sai|toleransi|допуск(?:и)?|公差|误差|許容差|公差範囲|공차|التفاوت|السماحية)';

/** The characteristics a drawing's GD&T frame bounds: flatness, concentricity, runout, position… */
const GEOMETRIC =
  '(?:flatness|straightness|roundness|circularity|cylindricity|concentricity|coaxiality|parallelism|perpendicularity|squareness|angularity|symmetry|(?:total |circular )?run-?out|true position|position(?:al)? tolerance|profile)';

const TOLERANCE_WORD = anyOf(
  // "slight deviation allowed", "geringe Abweichungen zulässig", "允许少许误差": an allowance with no figure.
  OPEN_ALLOWANCE,
  // "Tolerance: factory standard", "Tolérance : standard usine", "公差：厂标": the tolerance left to the factory's habit.
  `(?<![\\p{L}])${TOLERANCE_LABEL}(?![\\p{L}])\\s{0,2}[:：]?\\s{0,3}(?:(?:as per|per|according to|selon|según|conforme|nach|gemäß|secondo|conform|dle|podle|enligt|ikut|mengikut|за|згідно з|відповідно до|σύμφωνα με|κατά|לפי|مطابق|طبق|بر اساس|按|按照)\\s{0,2}(?:(?:the|το|τη|την|του|τις|τα|τους)\\s{1,2})?)?(?:${HOUSE_STANDARD})`,
  `(?:${HOUSE_STANDARD})\\s{0,2}(?:${TOLERANCE_LABEL})`,
  // "Tűrés: gyári szabvány szerint": Hungarian puts its "according to" after the standard.
  `(?<![\\p{L}])(?:tűrés(?:e|ek)?)\\s{0,2}[:：]?\\s{0,3}(?:${HOUSE_STANDARD})(?:\\s{1,2}szerint)?`,
  latinWords([
    // "normal industry tolerance", "standard factory tolerance": whose habit it is does not make it a figure.
    `${ADJECTIVE}(?: (?:machining|manufacturing|production|dimensional|moulding|molding))? tolerances?`,
    `(?:${ADJECTIVE} )?(?:industry|trade|commercial|factory|market|industrial)(?:[- ]standard)?(?: (?:machining|manufacturing|production|dimensional|moulding|molding))? tolerances?`,
    `(?:tolerances?|deviations?)\\s{0,2}[:：]?\\s{0,3}(?:very )?(?:small|tight|normal|standard|as usual|reasonable|acceptable|minimal|little|slight|low|ok)(?![- ]\\p{L})`,
    // "Tolerances: standard for this type of product", "Tolerancje: standardowe dla tego typu produktu": the usual
    // band of a kind of goods, which no document fixes; a figure or standard in the same piece still clears it.
    `${TOLERANCE_LABEL}\\s{0,2}[:：]?\\s{0,3}(?:(?:are|is|są|jest|sont|est|son|es|sind) )?(?:the )?(?:standard(?:owe|owa|owy|s)?|normal(?:ne|na|ny|es)?|usual|typical|typow[eay]|zwykł[eay]|customary|estándar(?:es)?|habituales?|usuelles?|übliche?n?|Standard) (?:for|dla|para|pour|für|per|w|in) (?:this|these|the|such|that|tego|takich|tych|este|estos|ce|ces|cette|diese[nrs]?|questo|questi|esse)(?: \\p{L}+){0,3}`,
    // "flatness within good range", "parallelism kept in an acceptable band": a geometric tolerance (GD&T) bounded
    // by a word where its zone's width goes. Only after a geometric characteristic, or a tolerance word itself.
    `(?:${GEOMETRIC}|${TOLERANCE_LABEL})(?:\\s{0,2}[:：]\\s{0,3}| )(?:(?:is |are |kept |held |controlled |must be |should be |will be )?(?:within|in) )(?:an? |the )?(?:very )?${ADJECTIVE} (?:range|limits?|band|zone|level)`,
    '(?:planitud|planicidad|concentricidad|paralelismo|perpendicularidad|redondez|rectitud|planeidade|concentricidade)(?:\\s{0,2}[:：]\\s{0,3}| )(?:dentro de(?:l)?|en) (?:un )?(?:rango|margen|límite)s? (?:razonable|aceptable|normal|bueno|adecuado)s?',
    '(?:planéité|concentricité|parallélisme|perpendicularité|circularité|rectitude)(?:\\s{0,2}[:：]\\s{0,3}| )dans (?:une |la )?(?:plage|limite|zone)s? (?:raisonnable|acceptable|normale|correcte)s?',
    '(?:Ebenheit|Konzentrizität|Parallelität|Rechtwinkligkeit|Rundheit|Geradheit|Rundlauf)(?:\\s{0,2}[:：]\\s{0,3}| )im (?:akzeptablen|normalen|guten|üblichen|vernünftigen) (?:Bereich|Rahmen)',
    // "Tolerance: +/- reasonable range": the sign of a figure with a word where the figure goes.
    `(?:±|\\+/-|\\+-)\\s{0,2}(?:a )?(?:small|normal|standard|reasonable|acceptable|minimal|slight|usual)(?: range| amount| deviation)?`,
    '(?:tolerancia|desviación) (?:normal|pequeña|estándar|mínima|aceptable)',
    // "Tolerancia: la normal de fábrica", "Tolerância: a habitual": the usual one, named by its article.
    '(?:tolerancias?|tolerâncias?)\\s{0,2}[:：]?\\s{0,3}(?:la |las |a |as )?(?:normal|normales|habitual|habituais|habituales|usual|usuales|de siempre)(?: de (?:la )?(?:fábrica|fabrica))?',
    '(?:petite|faible) tolérance|tolérance (?:normale|standard|faible)',
    // "handelsübliche Toleranzen", "tolérances d'usage", "tolerancias comerciales": the trade's custom is no figure.
    '(?:handels|markt|branchen|fertigungs|werkstatt|fabrik)?übliche[nr]? (?:Toleranz(?:en)?|Abweichung(?:en)?)',
    'Toleranz(?:en)?\\s{0,2}[:：]?\\s{0,3}(?:handels|markt|branchen)?üblich',
    "tolérances? (?:d[’']usage|commerciales?|usuelles?|habituelles?|courantes?)",
    'tolerancias? (?:comerciales?|habituales?|usuales?|de uso)',
    'tolerâncias? (?:comerciais|comercial|usuais|habituais|de uso)',
    "tolleranz[ae] (?:commercial[ei]|d[’']uso|abituali|usuali)",
    '(?:trade|industry)[- ](?:usual|customary|standard) tolerances?',
    // "tolerance as tight as possible": a wish with no figure; the supplier decides what was possible.
    '(?:tolerances?|deviations?)(?: should be| must be| is| to be)? (?:as (?:tight|small|close|precise|low|little) as possible)',
    '(?:as (?:tight|small|close) as possible) tolerances?',
    'tolerancias? (?:lo )?más (?:ajustadas?|pequeñas?|estrechas?) posibles?',
    'tolérances? (?:la |les )?plus (?:serrées?|faibles?|petites?) possibles?',
    'tolerâncias? (?:o )?mais (?:apertadas?|pequenas?|justas?) possíve(?:l|is)',
    'Toleranz(?:en)? so (?:eng|gering|klein) wie möglich',
  ]),
  cjk([
    '(?:公差|误差)\\s{0,2}[:：]?\\s{0,2}(?:很|较)?(?:小|正常|标准|合理|不大)',
    '(?:正常|合理|标准|行业|常规)(?:的)?(?:公差|误差)',
    '(?:公差|误差)(?:要)?尽(?:量|可能)(?:的)?小',
    // "平面度在合理范围内": a geometric tolerance kept "in a reasonable range".
    '(?:平面度|直线度|圆度|圆柱度|同轴度|同心度|平行度|垂直度|位置度|跳动|公差|误差)(?:控制)?在(?:合理|正常|允许|可接受|良好)(?:的)?范围(?:内|之内)?',
  ]),
);
/** A figure, a fit or a tolerance standard: the tolerance is stated after all. */
const TOLERANCE_GIVEN = anyOf(
  String.raw`(?:±|\+\/-|\+-)\s{0,2}\d`,
  String.raw`\b[A-Za-z]{1,2}\d{1,2}\b(?=[\s,;)]|$)`,
  String.raw`\b(?:ISO|DIN|GB\/T|JIS|ASME|ANSI|KS(?:\s?[A-Z])?)\s{0,2}\d`,
  // National standards by their number: "MSZ EN 22768-1", "SR EN ISO 2768", "ČSN 01 4240", "SS-EN 22768", "ДСТУ 2500".
  String.raw`(?<![\p{L}])(?:MSZ|SR|STAS|ČSN|SS|EN|ΕΛΟΤ|ДСТУ|SI|MS|ISIRI)(?:[\s-]{1,2}(?:EN|ISO))*[\s-]{0,2}\d`,
  // A Russian standard by its number: "ГОСТ 25347", "ГОСТ Р 53442".
  String.raw`(?<![\p{L}])ГОСТ(?:\s{1,2}Р)?\s{0,2}\d`,
  String.raw`\d\s{0,2}(?:mm|µm|um|%|°)`,
);

export function toleranceWords(text: string): { start: number; end: number }[] {
  const found = findAll(TOLERANCE_WORD, text);
  if (found.length === 0) return [];
  // The figure must come in the same piece as the word: "120 x 80 x 45 mm, small tolerance" gives sizes, no tolerance.
  return found.filter((m) => {
    // …before or after it: "GB/T 1804-m general tolerance" names the class first.
    const piece = text.slice(previousBreak(text, m.start), nextBreak(text, m.end));
    return !test(TOLERANCE_GIVEN, piece);
  });
}

function previousBreak(text: string, to: number): number {
  const before = text.slice(0, to);
  return (
    Math.max(
      before.lastIndexOf(','),
      before.lastIndexOf(';'),
      before.lastIndexOf('，'),
      before.lastIndexOf('；'),
    ) + 1
  );
}

function nextBreak(text: string, from: number): number {
  const rest = text.slice(from).search(/[,;，；]/u);
  return rest < 0 ? text.length : from + rest;
}
